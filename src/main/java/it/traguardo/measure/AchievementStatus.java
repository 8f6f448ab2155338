package it.traguardo.measure;

/** The outcome shown next to an achievement percentage. */
public enum AchievementStatus {
  RAGGIUNTO("raggiunto"),
  PARZIALMENTE_RAGGIUNTO("parzialmente raggiunto"),
  NON_RAGGIUNTO("non raggiunto"),
  NON_VALUTABILE("non valutabile");

  private final String label;

  AchievementStatus(String label) {
    this.label = label;
  }

  /** Italian label for pages and reports. */
  public String label() {
    return label;
  }
}
