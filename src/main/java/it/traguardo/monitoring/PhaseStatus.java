package it.traguardo.monitoring;

/** The status of a phase in a year, as its responsabile records it. */
public enum PhaseStatus {
  DA_AVVIARE("da avviare"),
  IN_CORSO("in corso"),
  COMPLETATA("completata"),
  IN_RITARDO("in ritardo");

  private final String label;

  PhaseStatus(String label) {
    this.label = label;
  }

  /** Italian label for pages. */
  public String label() {
    return label;
  }
}
