package it.traguardo.deadlines;

/** Why a reminder went out. */
public enum ReminderKind {
  /** Automatic, some days before the checkpoint's date. */
  SCADENZA("in scadenza"),
  /** Automatic, at regular intervals after the date while items are missing. */
  RITARDO("in ritardo"),
  /** Sent by the segretario from the completion page. */
  SOLLECITO("sollecito del segretario");

  private final String label;

  ReminderKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
