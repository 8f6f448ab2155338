package it.traguardo.plan;

/** The lifecycle of a plan. Every state past BOZZA is a published act (d.lgs. 33/2013 art. 10 c.8). */
public enum PlanState {
  BOZZA("Bozza"),
  ADOTTATO("Adottato"),
  IN_MONITORAGGIO("In monitoraggio"),
  RENDICONTATO("Rendicontato"),
  VALIDATO("Validato");

  private final String label;

  PlanState(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public boolean isPublic() {
    return this != BOZZA;
  }
}
