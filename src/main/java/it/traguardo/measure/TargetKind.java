package it.traguardo.measure;

/** What a target asks for, which decides how an achieved value is read and scored. */
public enum TargetKind {
  /** "SI" / "NO": done or not done. */
  BOOLEAN,
  /** A number, possibly with a unit kept as written ("anni", "euro", "giorni"). */
  QUANTITY,
  /** A percentage ("90%", "Almeno 80%"). */
  PERCENT,
  /** A number per period ("2/annuo", "1 al mese"); the unit is the period. */
  RATE,
  /** A date by which something must be done ("Entro 31.10"). */
  DEADLINE,
  /** "Tutti" / "Tutte": every item of the population. */
  ALL,
  /** Anything else: judged by the evaluator, never scored automatically. */
  QUALITATIVE
}
