package it.traguardo.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HorizonTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "2024/25/26 | 2024 2025 2026",
        "2024/26 | 2024 2025 2026",
        "2024-2026 | 2024 2025 2026",
        "2024-2025 | 2024 2025",
        "2024 | 2024",
        "2024/25 | 2024 2025",
        "2024 – 2026 | 2024 2025 2026",
        "2024, 2026 | 2024 2026",
        "2024 e 2025 | 2024 2025",
        "2099/00 | ''",
        "2026-2024 | ''",
        "entro l'anno | ''",
        "2024-2999 | ''",
      })
  void readsTheHorizonsPlansWrite(String written, String years) {
    List<Integer> expected = years.isBlank() ? List.of() : java.util.Arrays.stream(years.split(" ")).map(Integer::valueOf).toList();
    assertThat(Horizon.years(written)).isEqualTo(expected);
  }
}
