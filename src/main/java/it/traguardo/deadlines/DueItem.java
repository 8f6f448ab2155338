package it.traguardo.deadlines;

/**
 * One thing not yet filled in for a checkpoint.
 *
 * @param indicatorId the indicator of an {@link ItemType#ACTUAL}, else null
 * @param phaseId the phase of a {@link ItemType#PHASE_STATUS}, else null
 * @param subject the indicator's name, or "Fase n: description", or null for a narrative
 * @param overdue the checkpoint's date has passed
 */
public record DueItem(
    ItemType type, long objectiveId, String objectiveNumber, String objectiveTitle, Long indicatorId, Long phaseId,
    String subject, boolean overdue) {

  /** What to do, in Italian: "Valore raggiunto: N. variazioni di bilancio". */
  public String description() {
    return switch (type) {
      case ACTUAL -> "Valore raggiunto: " + subject;
      case PHASE_STATUS -> "Stato di avanzamento della " + subject;
      case NARRATIVE -> "Stato di attuazione dell'obiettivo";
    };
  }
}
