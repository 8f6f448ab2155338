package it.traguardo.measure;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A target ("Valore atteso") as written and as understood.
 *
 * @param text the text exactly as written in the plan
 * @param kind what the target asks for
 * @param comparator the comparison written in the text, or null ("100%" has none, "< 5" has LT)
 * @param value the number of QUANTITY, PERCENT and RATE targets; for BOOLEAN 1 means "SI" and 0 "NO"; null
 *     otherwise
 * @param unit the unit as written for QUANTITY ("anni", "euro"), the period for RATE ("anno", "mese"), "%" for
 *     PERCENT; null otherwise
 * @param deadline the deadline rule of DEADLINE targets, null otherwise
 */
public record Target(
    String text,
    TargetKind kind,
    TargetComparator comparator,
    BigDecimal value,
    String unit,
    DeadlineRule deadline) {

  public Target {
    text = text == null ? "" : text;
    if (kind == null) {
      throw new IllegalArgumentException("kind is required");
    }
  }

  /** Reads an Italian target text. Never fails: what cannot be read is QUALITATIVE. */
  public static Target parse(String text) {
    return TargetParser.parse(text);
  }

  /** A short Italian sentence for the measured {@code year}, such as "almeno l'80%" or "entro il 31/10/2024". */
  public String sentence(int year) {
    return TargetSentence.of(this, year);
  }

  /** The deadline for the measured {@code year}, if this is a DEADLINE target whose date is known. */
  public Optional<LocalDate> deadlineFor(int year, NamedDates calendar) {
    return deadline == null ? Optional.empty() : deadline.dateFor(year, calendar);
  }

  /** True for targets that only the evaluator can judge. */
  public boolean isQualitative() {
    return kind == TargetKind.QUALITATIVE;
  }

  /** True for QUANTITY, PERCENT and RATE targets. */
  public boolean isNumeric() {
    return kind == TargetKind.QUANTITY || kind == TargetKind.PERCENT || kind == TargetKind.RATE;
  }
}
