package it.traguardo.quality;

/** How much a finding matters, in the order findings are shown. */
public enum Severity {
  /** The plan cannot be measured, assigned or evaluated as written: blocks adoption unless overridden. */
  ERRORE("Errore"),
  /** Probably wrong, or missing something a norm asks for: to fix before adoption, but not blocking. */
  AVVISO("Avviso"),
  /** Worth knowing; the plan can stay as it is. */
  INFO("Nota");

  private final String label;

  Severity(String label) {
    this.label = label;
  }

  /** Italian label for pages and the command line. */
  public String label() {
    return label;
  }
}
