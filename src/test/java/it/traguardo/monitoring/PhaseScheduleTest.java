package it.traguardo.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import it.traguardo.plan.PhaseProgress;
import it.traguardo.plan.PhaseStatus;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The status a phase shows in a year: its own record, a completion carried forward, lateness after its horizon. */
class PhaseScheduleTest {

  private static final OffsetDateTime AT = OffsetDateTime.of(2024, 7, 1, 9, 0, 0, 0, ZoneOffset.UTC);
  private static final List<Integer> HORIZON_2024_2025 = List.of(2024, 2025);

  private static PhaseSchedule.Recorded record(int year, PhaseStatus status, LocalDate completed, int version) {
    return new PhaseSchedule.Recorded(year, status, LocalDate.of(2024, 2, 1), completed, "n" + year, "eq", AT, version);
  }

  @Test
  void nothingRecordedShowsToStartAndIsNotLateWithinTheHorizon() {
    PhaseProgress shown = PhaseSchedule.progress(HORIZON_2024_2025, List.of(), 2024, LocalDate.of(2025, 6, 1));
    assertThat(shown).isEqualTo(new PhaseProgress(null, null, false, LocalDate.of(2025, 12, 31), null, null, null, null, null, 0));
    assertThat(shown.shown()).isEqualTo(PhaseStatus.DA_AVVIARE);
    assertThat(shown.recorded()).isFalse();
  }

  @Test
  void theYearsOwnRecordWinsWithItsVersion() {
    PhaseProgress shown =
        PhaseSchedule.progress(
            HORIZON_2024_2025, List.of(record(2024, PhaseStatus.IN_CORSO, null, 3), record(2025, PhaseStatus.IN_RITARDO, null, 1)),
            2024, LocalDate.of(2025, 6, 1));
    assertThat(shown.status()).isEqualTo(PhaseStatus.IN_CORSO);
    assertThat(shown.statusYear()).isEqualTo(2024);
    assertThat(shown.note()).isEqualTo("n2024");
    assertThat(shown.version()).isEqualTo(3);
    assertThat(shown.overdue()).isFalse();
  }

  @Test
  void lateOnceTheLastYearOfTheHorizonHasEndedWithoutCompletion() {
    List<PhaseSchedule.Recorded> records = List.of(record(2025, PhaseStatus.IN_CORSO, null, 2));
    // on 31 December the horizon is not over yet
    assertThat(PhaseSchedule.progress(HORIZON_2024_2025, records, 2025, LocalDate.of(2025, 12, 31)).overdue()).isFalse();
    PhaseProgress late = PhaseSchedule.progress(HORIZON_2024_2025, records, 2025, LocalDate.of(2026, 1, 1));
    assertThat(late.overdue()).isTrue();
    assertThat(late.status()).isEqualTo(PhaseStatus.IN_CORSO);
    assertThat(late.shown()).isEqualTo(PhaseStatus.IN_RITARDO);
    // an earlier year of the horizon is not late for having ended in progress
    assertThat(PhaseSchedule.progress(HORIZON_2024_2025, records, 2024, LocalDate.of(2026, 1, 1)).overdue()).isFalse();
    // a year after the horizon, with nothing recorded for it, is late too
    PhaseProgress after = PhaseSchedule.progress(HORIZON_2024_2025, records, 2026, LocalDate.of(2026, 1, 1));
    assertThat(after.overdue()).isTrue();
    assertThat(after.status()).isNull();
    assertThat(after.version()).isZero();
  }

  @Test
  void aCompletionCarriesForwardAndIsNeverLate() {
    List<PhaseSchedule.Recorded> records =
        List.of(record(2024, PhaseStatus.COMPLETATA, LocalDate.of(2024, 11, 30), 4), record(2023, PhaseStatus.IN_CORSO, null, 1));
    PhaseProgress carried = PhaseSchedule.progress(HORIZON_2024_2025, records, 2026, LocalDate.of(2027, 1, 1));
    assertThat(carried.status()).isEqualTo(PhaseStatus.COMPLETATA);
    assertThat(carried.statusYear()).isEqualTo(2024);
    assertThat(carried.completedOn()).isEqualTo(LocalDate.of(2024, 11, 30));
    assertThat(carried.overdue()).isFalse();
    assertThat(carried.version()).as("the shown year has no record of its own").isZero();
    // a completion recorded later does not reach back
    assertThat(PhaseSchedule.progress(HORIZON_2024_2025, records, 2023, LocalDate.of(2027, 1, 1)).status()).isEqualTo(PhaseStatus.IN_CORSO);
  }

  @Test
  void aHorizonWithoutYearsIsNeverLateByItself() {
    PhaseProgress shown = PhaseSchedule.progress(List.of(), List.of(), 2030, LocalDate.of(2031, 1, 1));
    assertThat(shown.overdue()).isFalse();
    assertThat(shown.horizonEnd()).isNull();
  }
}
