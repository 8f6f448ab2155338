package it.traguardo.deadlines;

/**
 * Where each item is filled in, as a path of the application: the objective's values page of the checkpoint's year,
 * at the indicator, the phase or the "stato di attuazione" of the checkpoint. The e-mails put the public URL in front.
 */
public final class DueLinks {

  private DueLinks() {}

  public static String path(String entityCode, long planId, Deadline deadline, DueItem item) {
    String values =
        "/enti/" + entityCode + "/piani/" + planId + "/obiettivi/" + item.objectiveId() + "/valori?anno=" + deadline.year();
    return values
        + switch (item.type()) {
          case ACTUAL -> "#indicatore-" + item.indicatorId();
          case PHASE_STATUS -> "#fase-" + item.phaseId();
          case NARRATIVE -> "#attuazione-" + deadline.checkpoint().code();
        };
  }

  /** A person's own list. */
  public static String mine(String entityCode) {
    return "/enti/" + entityCode + "/scadenze";
  }
}
