package it.traguardo.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import it.traguardo.plan.PhaseStatus;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What a responsabile may report about a phase, and where the report is wrong. */
class PhaseReportTest {

  private static final LocalDate TODAY = LocalDate.of(2025, 3, 10);

  @Test
  void aCompletedPhaseWithItsDatesInEitherForm() {
    PhaseReport.Reading reading = PhaseReport.read("completata", "1/2/2024", "2024-06-30", "  verbale n. 3 ", TODAY);
    assertThat(reading)
        .isEqualTo(
            new PhaseReport.Reading.Valid(
                new PhaseReport(PhaseStatus.COMPLETATA, LocalDate.of(2024, 2, 1), LocalDate.of(2024, 6, 30), "verbale n. 3")));
    assertThat(((PhaseReport.Reading.Valid) reading).report().describe())
        .isEqualTo("completata; iniziata il 01/02/2024; completata il 30/06/2024; nota: verbale n. 3");
  }

  @Test
  void statusesByNameOrByTheirItalianWords() {
    assertThat(PhaseStatus.of("IN_CORSO")).contains(PhaseStatus.IN_CORSO);
    assertThat(PhaseStatus.of(" In ritardo ")).contains(PhaseStatus.IN_RITARDO);
    assertThat(PhaseStatus.of("da_avviare")).contains(PhaseStatus.DA_AVVIARE);
    assertThat(PhaseStatus.of("chiusa")).isEmpty();
    assertThat(valid("in corso", "", "", "")).isEqualTo(new PhaseReport(PhaseStatus.IN_CORSO, null, null, null));
    assertThat(valid("da avviare", "01/04/2025", "", "").describe()).isEqualTo("da avviare; inizio previsto il 01/04/2025");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "''          | ''         | ''         | status      | Indicare lo stato della fase: da avviare, in corso, completata o in ritardo.",
        "chiusa      | ''         | ''         | status      | Stato «chiusa» sconosciuto: attesi da avviare, in corso, completata o in ritardo.",
        "in corso    | 31/02/2024 | ''         | startedOn   | Data di inizio «31/02/2024» non valida: scrivere per esempio 15/03/2024.",
        "completata  | ''         | ieri       | completedOn | Data di completamento «ieri» non valida: scrivere per esempio 30/11/2024.",
        "completata  | 01/02/2024 | ''         | completedOn | Una fase completata richiede la data di completamento.",
        "in corso    | 01/02/2024 | 30/06/2024 | completedOn | La data di completamento si indica solo per una fase completata (stato indicato: in corso).",
        "completata  | 01/07/2024 | 30/06/2024 | completedOn | La data di completamento (30/06/2024) precede la data di inizio (01/07/2024).",
        "completata  | ''         | 11/03/2025 | completedOn | La data di completamento (11/03/2025) è nel futuro.",
        "in ritardo  | 11/03/2025 | ''         | startedOn   | Una fase in ritardo non può iniziare nel futuro (11/03/2025).",
        "da avviare  | 10/03/2025 | ''         | startedOn   | Una fase da avviare non può essere già iniziata (10/03/2025): indicare lo stato «in corso».",
      })
  void eachMistakeNamesItsField(String status, String started, String completed, String field, String message) {
    assertThat(PhaseReport.read(status, started, completed, null, TODAY)).isEqualTo(new PhaseReport.Reading.Invalid(field, message));
  }

  @Test
  void completionOnTheStartDayAndTodayIsFine() {
    assertThat(valid("completata", "10/03/2025", "10/03/2025", "").completedOn()).isEqualTo(TODAY);
  }

  @Test
  void aNoteHasALimit() {
    assertThat(PhaseReport.read("in corso", "", "", "x".repeat(2001), TODAY))
        .isEqualTo(new PhaseReport.Reading.Invalid("note", "La nota supera i 2000 caratteri (ne ha 2001)."));
    assertThat(valid("in corso", "", "", "x".repeat(2000)).note()).hasSize(2000);
  }

  private static PhaseReport valid(String status, String started, String completed, String note) {
    return ((PhaseReport.Reading.Valid) PhaseReport.read(status, started, completed, note, TODAY)).report();
  }
}
