package it.traguardo.plan;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A phase's progress as shown for one year.
 *
 * @param status the status recorded for the year, the completion of an earlier year carried forward, or null when
 *     nothing was recorded
 * @param statusYear the year the status was recorded for (earlier than the year shown when a completion is carried
 *     forward), or null
 * @param overdue whether the phase's horizon ended (31 December of its last year has passed) without completion
 * @param horizonEnd the last day of the horizon, or null when the horizon names no year
 * @param version the version of the year's record, 0 when there is none: the next write must name it
 */
public record PhaseProgress(
    PhaseStatus status,
    Integer statusYear,
    boolean overdue,
    LocalDate horizonEnd,
    LocalDate startedOn,
    LocalDate completedOn,
    String note,
    String recordedBy,
    OffsetDateTime recordedAt,
    int version) {

  /** Nothing recorded and nothing overdue. */
  public static PhaseProgress none() {
    return new PhaseProgress(null, null, false, null, null, null, null, null, null, 0);
  }

  /** The status the pages show: late once the horizon has ended without completion, "da avviare" when nothing was recorded. */
  public PhaseStatus shown() {
    if (overdue) {
      return PhaseStatus.IN_RITARDO;
    }
    return status == null ? PhaseStatus.DA_AVVIARE : status;
  }

  public boolean recorded() {
    return status != null;
  }
}
