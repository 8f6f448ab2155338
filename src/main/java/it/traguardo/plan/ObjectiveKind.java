package it.traguardo.plan;

/** Obiettivo gestionale trasversale (shared by all units) or settoriale (owned by one unit). */
public enum ObjectiveKind {
  TRANSVERSAL("Trasversale"),
  SECTORAL("Settoriale");

  private final String label;

  ObjectiveKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
