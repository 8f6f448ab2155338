package it.traguardo.deadlines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.traguardo.monitoring.Checkpoint;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DeadlineTest {

  @Test
  void checkpointsFallOnThirtiethOfJuneAndThirtyFirstOfDecember() {
    assertThat(new Deadline(2024, Checkpoint.MID).date()).isEqualTo(LocalDate.of(2024, 6, 30));
    assertThat(new Deadline(2024, Checkpoint.FINAL).date()).isEqualTo(LocalDate.of(2024, 12, 31));
    assertThat(new Deadline(2024, Checkpoint.MID).italianDate()).isEqualTo("30/06/2024");
    assertThat(new Deadline(2024, Checkpoint.FINAL).label()).isEqualTo("rilevazione finale 2024");
  }

  @Test
  void itemsAreOverdueFromTheDayAfterTheDate() {
    Deadline mid = new Deadline(2024, Checkpoint.MID);
    assertThat(mid.isPast(LocalDate.of(2024, 6, 30))).isFalse();
    assertThat(mid.isPast(LocalDate.of(2024, 7, 1))).isTrue();
  }

  @ParameterizedTest(name = "{0} with {1} days: {2}")
  @CsvSource({
    "2024-05-31, 30, 2024-mid",   // opens 31 May
    "2024-05-30, 30, 2023-final", // the final checkpoint of 2023 is still current
    "2024-01-10, 30, 2023-final",
    "2024-07-15, 30, 2024-mid",   // overdue, still current
    "2024-11-30, 30, 2024-mid",
    "2024-12-01, 30, 2024-final",
    "2024-12-31, 0, 2024-final",
    "2024-12-30, 0, 2024-mid",
    "2024-06-30, 0, 2024-mid",
    "2024-06-29, 0, 2023-final",
    "2024-04-01, 90, 2024-mid",
    "2024-03-31, 90, 2023-final",
  })
  void theCurrentCheckpointIsTheLatestWhoseItemsAreDue(LocalDate today, int daysBefore, String expected) {
    assertThat(Deadline.current(today, daysBefore).code()).isEqualTo(expected);
  }

  @Test
  void outOfRangeLeadTimesAreRefused() {
    assertThatThrownBy(() -> Deadline.current(LocalDate.of(2024, 1, 1), 91)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Deadline.current(LocalDate.of(2024, 1, 1), -1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void codesReadBackAndNothingElseReads() {
    assertThat(Deadline.parse("2025-final")).contains(new Deadline(2025, Checkpoint.FINAL));
    assertThat(Deadline.parse(" 2024-mid ")).contains(new Deadline(2024, Checkpoint.MID));
    assertThat(Deadline.parse("2024-MID")).isEmpty();
    assertThat(Deadline.parse("24-mid")).isEmpty();
    assertThat(Deadline.parse(null)).isEmpty();
    assertThat(new Deadline(2024, Checkpoint.FINAL).next()).isEqualTo(new Deadline(2025, Checkpoint.MID));
    assertThat(new Deadline(2024, Checkpoint.MID).previous()).isEqualTo(new Deadline(2023, Checkpoint.FINAL));
  }
}
