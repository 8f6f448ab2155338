package it.traguardo.monitoring;

import it.traguardo.plan.PhaseProgress;
import it.traguardo.plan.PhaseStatus;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * The status a phase shows in a year. The year's own record wins; without one, a completion recorded for an earlier
 * year carries forward (a completed phase stays completed). A phase is late once its horizon is over — 31 December
 * of the horizon's last year has passed — without completion, from that last year on, whatever was recorded: the
 * page says so beside the recorded status. Before its last year a phase is late only if someone records it so.
 */
final class PhaseSchedule {

  private PhaseSchedule() {}

  /** A phase's record for one year. */
  record Recorded(
      int year, PhaseStatus status, LocalDate startedOn, LocalDate completedOn, String note, String recordedBy,
      OffsetDateTime recordedAt, int version) {}

  static PhaseProgress progress(List<Integer> horizon, Collection<Recorded> records, int year, LocalDate today) {
    Recorded own = records.stream().filter(r -> r.year() == year).findFirst().orElse(null);
    Recorded shown =
        own != null
            ? own
            : records.stream()
                .filter(r -> r.year() < year && r.status() == PhaseStatus.COMPLETATA)
                .max(Comparator.comparingInt(Recorded::year))
                .orElse(null);
    LocalDate horizonEnd = horizon.isEmpty() ? null : LocalDate.of(horizon.stream().max(Integer::compare).orElseThrow(), 12, 31);
    boolean completed = shown != null && shown.status() == PhaseStatus.COMPLETATA;
    boolean overdue = !completed && horizonEnd != null && year >= horizonEnd.getYear() && today.isAfter(horizonEnd);
    int version = own == null ? 0 : own.version();
    if (shown == null) {
      return new PhaseProgress(null, null, overdue, horizonEnd, null, null, null, null, null, version);
    }
    return new PhaseProgress(
        shown.status(), shown.year(), overdue, horizonEnd, shown.startedOn(), shown.completedOn(), shown.note(),
        shown.recordedBy(), shown.recordedAt(), version);
  }
}
