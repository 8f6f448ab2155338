package it.traguardo.deadlines;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * Which automatic reminder is due on a day, under an ente's settings. Plain Java.
 *
 * <p>For the current checkpoint ({@link Deadline#current}): from {@code remindDaysBefore} days before its date up to
 * the date, the "in scadenza" reminder; after the date, every {@code overdueEveryDays} days an "in ritardo" one. A
 * reminder is owed to a person who has not had one of that kind for that checkpoint since its day ({@link Due#since}):
 * so a job that did not run on the day (a restart, a stop) sends it on its next run, and a person gets at most one
 * "in scadenza" reminder per checkpoint and one "in ritardo" reminder per interval.
 */
public final class ReminderSchedule {

  private ReminderSchedule() {}

  /**
   * A reminder due for a checkpoint.
   *
   * @param since the day it was due from: one already sent on or after it counts
   */
  public record Due(Deadline deadline, ReminderKind kind, LocalDate since) {}

  public static Optional<Due> on(LocalDate today, ReminderSettings settings) {
    if (!settings.enabled()) {
      return Optional.empty();
    }
    Deadline deadline = Deadline.current(today, settings.dueDaysBefore());
    LocalDate date = deadline.date();
    if (!deadline.isPast(today)) {
      LocalDate from = date.minusDays(settings.remindDaysBefore());
      return today.isBefore(from) ? Optional.empty() : Optional.of(new Due(deadline, ReminderKind.SCADENZA, from));
    }
    int every = settings.overdueEveryDays();
    if (every == 0) {
      return Optional.empty();
    }
    long intervals = ChronoUnit.DAYS.between(date, today) / every;
    return intervals == 0
        ? Optional.empty()
        : Optional.of(new Due(deadline, ReminderKind.RITARDO, date.plusDays(intervals * every)));
  }
}
