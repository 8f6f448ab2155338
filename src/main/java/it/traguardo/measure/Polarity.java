package it.traguardo.measure;

/** Which direction of the achieved value is good for an indicator. */
public enum Polarity {
  HIGHER_IS_BETTER("più alto è meglio"),
  LOWER_IS_BETTER("più basso è meglio"),
  EXACT("il valore deve essere esatto");

  private final String label;

  Polarity(String label) {
    this.label = label;
  }

  /** Italian label for pages and messages. */
  public String label() {
    return label;
  }
}
