package it.traguardo.dashboard;

import it.traguardo.plan.PhaseStatus;
import it.traguardo.monitoring.RecordedPhaseStatus;
import it.traguardo.plan.Phase;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Late phases, seen at a checkpoint. A phase is late, for the year observed and at the observation date, when
 *
 * <ul>
 *   <li>the status it shows for that year is {@link PhaseStatus#IN_RITARDO}, or
 *   <li>its horizon has ended (31 December of its last year is on or before the observation date) and it is not
 *       completed.
 * </ul>
 *
 * The status a phase shows in a year is, as on the phase pages, the one recorded for that year or, without one, a
 * completion recorded for an earlier year (a completed phase stays completed). The phase pages judge the horizon
 * against today; a dashboard judges it at the checkpoint, so that on 31 December the year's phases are due. A phase
 * whose horizon could not be read has no end, and is late only when recorded so. Plain Java.
 */
public final class LatePhaseRule {

  private static final DateTimeFormatter ITALIAN_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private LatePhaseRule() {}

  /**
   * Why the phase is late, in Italian; empty when it is not.
   *
   * @param statuses the statuses recorded for this phase, in any year
   */
  public static Optional<String> late(Phase phase, List<RecordedPhaseStatus> statuses, int year, LocalDate observed) {
    Optional<RecordedPhaseStatus> shown =
        statuses.stream()
            .filter(s -> s.year() == year)
            .findFirst()
            .or(() ->
                statuses.stream()
                    .filter(s -> s.year() < year && s.status() == PhaseStatus.COMPLETATA)
                    .max(Comparator.comparingInt(RecordedPhaseStatus::year)));
    if (shown.filter(s -> s.status() == PhaseStatus.IN_RITARDO).isPresent()) {
      return Optional.of("segnalata in ritardo per il " + year);
    }
    if (phase.years().isEmpty()) {
      return Optional.empty();
    }
    LocalDate end = LocalDate.of(Collections.max(phase.years()), 12, 31);
    boolean completed = shown.filter(s -> s.status() == PhaseStatus.COMPLETATA).isPresent();
    if (!end.isAfter(observed) && !completed) {
      return Optional.of("orizzonte concluso il " + ITALIAN_DATE.format(end) + " e fase non completata");
    }
    return Optional.empty();
  }
}
