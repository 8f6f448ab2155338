package it.traguardo.nextyear;

/** Why an element of a rolled-forward draft needs review. */
public enum ReviewReason {
  /** The premise was written for the previous plan. */
  PREMESSA("Premessa da aggiornare"),
  /** Every phase of the objective ended before the new plan starts. */
  OBIETTIVO_CONCLUSO("Obiettivo concluso"),
  /** The phase's horizon ended before the new plan starts. */
  FASE_CONCLUSA("Fase conclusa"),
  /** The target of the new last year is carried from the previous last year. */
  VALORE_ATTESO_NUOVO_ANNO("Valore atteso del nuovo ultimo anno"),
  /** A deadline of the target falls before the new plan starts. */
  SCADENZA_PASSATA("Scadenza passata"),
  /** The indicator names a year before the new plan starts. */
  ANNO_PASSATO("Anno passato nel testo");

  private final String label;

  ReviewReason(String label) {
    this.label = label;
  }

  /** Italian label for pages. */
  public String label() {
    return label;
  }
}
