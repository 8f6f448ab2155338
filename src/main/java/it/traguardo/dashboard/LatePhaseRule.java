package it.traguardo.dashboard;

import it.traguardo.monitoring.PhaseStatus;
import it.traguardo.monitoring.RecordedPhaseStatus;
import it.traguardo.plan.Phase;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * Late phases. A phase is late, for the year observed and at the observation date, when
 *
 * <ul>
 *   <li>its responsabile recorded it {@link PhaseStatus#IN_RITARDO} for that year, or
 *   <li>its horizon has ended (31 December of its last year is on or before the observation date) and it was not
 *       recorded {@link PhaseStatus#COMPLETATA} in any year up to the one observed.
 * </ul>
 *
 * A phase whose horizon could not be read has no end, and is late only when recorded so. Plain Java.
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
    boolean reported = statuses.stream().anyMatch(s -> s.year() == year && s.status() == PhaseStatus.IN_RITARDO);
    if (reported) {
      return Optional.of("segnalata in ritardo per il " + year);
    }
    if (phase.years().isEmpty()) {
      return Optional.empty();
    }
    LocalDate end = LocalDate.of(Collections.max(phase.years()), 12, 31);
    boolean completed = statuses.stream().anyMatch(s -> s.year() <= year && s.status() == PhaseStatus.COMPLETATA);
    if (!end.isAfter(observed) && !completed) {
      return Optional.of("orizzonte concluso il " + ITALIAN_DATE.format(end) + " e fase non completata");
    }
    return Optional.empty();
  }
}
