package it.traguardo.quality;

import static it.traguardo.quality.PlanBuilder.objective;
import static it.traguardo.quality.PlanBuilder.plan;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DocumentChecksTest {

  private static PlanBuilder sheets() {
    return plan().with(objective("1", "Privacy e trattamento dei dati"), objective("2", "Edilizia e Urbanistica"));
  }

  @Test
  void entriesWithoutSheetWithAnotherNumberAndBrokenBookmarks() {
    var plan = sheets()
        .contents(null, "Premessa metodologica", "2")
        .contents("1", "Privacy e trattamento", "6")
        .contents("3", "Scuola infanzia", "Errore. Il segnalibro non è definito.")
        .contents("4", "EDILIZIA e urbanistica", "19");
    assertThat(Checks.run("DOCUMENTO_VOCE_SENZA_SCHEDA", plan))
        .singleElement()
        .satisfies(f -> {
          assertThat(f.message()).contains("«3. Scuola infanzia»");
          assertThat(f.line()).isEqualTo(12);
        });
    assertThat(Checks.run("DOCUMENTO_VOCE_NUMERO_DIVERSO", plan))
        .singleElement()
        .satisfies(f -> {
          assertThat(f.objective()).isEqualTo("2");
          assertThat(f.message()).contains("«4. EDILIZIA e urbanistica»");
        });
    assertThat(Checks.run("DOCUMENTO_SEGNALIBRO_ROTTO", plan)).singleElement().satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.INFO));
    assertThat(Checks.run("DOCUMENTO_SCHEDA_FUORI_SOMMARIO", plan)).isEmpty();
  }

  @Test
  void sheetMissingFromTheContents() {
    var plan = sheets().contents("1", "Privacy e trattamento dei dati", "6");
    assertThat(Checks.run("DOCUMENTO_SCHEDA_FUORI_SOMMARIO", plan)).extracting(Finding::objective).containsExactly("2");
  }

  @Test
  void aPlanWithoutContentsGetsNoDocumentFinding() {
    for (String rule : new String[] {"DOCUMENTO_VOCE_SENZA_SCHEDA", "DOCUMENTO_VOCE_NUMERO_DIVERSO", "DOCUMENTO_SCHEDA_FUORI_SOMMARIO", "DOCUMENTO_SEGNALIBRO_ROTTO"}) {
      assertThat(Checks.run(rule, sheets())).as(rule).isEmpty();
    }
  }
}
