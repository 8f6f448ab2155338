package it.traguardo.deadlines;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which automatic reminder is due on a day: defaults are due 30 days before, reminder 10 before, overdue every 7. */
class ReminderScheduleTest {

  private static ReminderSettings settings(boolean enabled, int due, int remind, int every) {
    ReminderSettings d = ReminderSettings.defaults();
    return new ReminderSettings(enabled, due, remind, every, d.subjectDue(), d.bodyDue(), d.subjectOverdue(), d.bodyOverdue(), 0);
  }

  @ParameterizedTest(name = "{0} ({1}/{2}/{3}): {4}")
  @CsvSource(
      nullValues = "-",
      value = {
        "2024-06-19, 30, 10, 7, -",
        "2024-06-20, 30, 10, 7, 2024-mid SCADENZA 2024-06-20",
        "2024-06-30, 30, 10, 7, 2024-mid SCADENZA 2024-06-20",
        "2024-07-06, 30, 10, 7, -",
        "2024-07-07, 30, 10, 7, 2024-mid RITARDO 2024-07-07",
        "2024-07-13, 30, 10, 7, 2024-mid RITARDO 2024-07-07",
        "2024-07-14, 30, 10, 7, 2024-mid RITARDO 2024-07-14",
        "2024-11-30, 30, 10, 7, 2024-mid RITARDO 2024-11-24",
        "2024-12-01, 30, 10, 7, -",
        "2024-12-21, 30, 10, 7, 2024-final SCADENZA 2024-12-21",
        "2025-01-07, 30, 10, 7, 2024-final RITARDO 2025-01-07",
        "2025-05-30, 30, 10, 7, 2024-final RITARDO 2025-05-27",
        "2024-07-20, 30, 10, 0, -",
        "2024-06-30, 0, 0, 1, 2024-mid SCADENZA 2024-06-30",
        "2024-07-01, 0, 0, 1, 2024-mid RITARDO 2024-07-01",
        "2024-06-25, 30, 10, 7, 2024-mid SCADENZA 2024-06-20",
      })
  void reminderOfTheDay(LocalDate today, int due, int remind, int every, String expected) {
    Optional<ReminderSchedule.Due> found = ReminderSchedule.on(today, settings(true, due, remind, every));
    assertThat(found.map(d -> d.deadline().code() + " " + d.kind() + " " + d.since()).orElse(null)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({"2024-06-25", "2024-07-07"})
  void noAutomaticReminderWhileTheEnteHasThemOff(LocalDate today) {
    assertThat(ReminderSchedule.on(today, settings(false, 30, 10, 7))).isEmpty();
  }
}
