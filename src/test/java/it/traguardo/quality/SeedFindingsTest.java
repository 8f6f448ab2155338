package it.traguardo.quality;

import static org.assertj.core.api.Assertions.assertThat;

import it.traguardo.catalog.BudgetCatalog;
import it.traguardo.importer.PlanTextImporter;
import it.traguardo.plan.Plan;
import it.traguardo.support.Seed;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The Cedrasco plan's findings, all of them: each was checked by hand against the document
 * (docs/quality/seed-findings.md), so a new false alarm, or a lost finding, fails here.
 */
class SeedFindingsTest {

  private static final BudgetCatalog CATALOG = BudgetCatalog.standard();
  private static final Plan SEED = new PlanTextImporter(CATALOG).read(Seed.bytes()).planOrNull();

  private final List<Finding> findings = new PlanChecker(CATALOG).check(PlanUnderCheck.of(SEED));

  @Test
  void theSeedsFullListOfFindings() throws IOException {
    assertThat(findings)
        .extracting(f -> f.severity() + " " + f.rule() + " " + (f.objective() == null ? "-" : f.objective()))
        .containsExactlyElementsOf(expected());
    assertThat(PlanChecker.blocksAdoption(findings)).isFalse();
  }

  @Test
  void theWrongCitationOfArticle4Bis() {
    assertThat(findings)
        .filteredOn(f -> f.rule().equals("NORME_CITAZIONE_ERRATA") && "7".equals(f.objective()))
        .singleElement()
        .satisfies(f -> {
          assertThat(f.message()).contains("«D.L. n. 13/2024», «legge n. 41/2024»");
          assertThat(f.fix()).contains("DL 24 febbraio 2023 n. 13, convertito dalla L. 21 aprile 2023 n. 41");
        });
    assertThat(findings)
        .filteredOn(f -> f.rule().equals("NORME_CITAZIONE_ERRATA") && "18".equals(f.objective()))
        .singleElement()
        .satisfies(f -> assertThat(f.message()).contains("d.lgs. 36/2024", "d.lgs. 31 marzo 2023 n. 36"));
  }

  @Test
  void indicatorsPointingAtPhasesThatDoNotExist() {
    assertThat(findings)
        .filteredOn(f -> f.rule().equals("STRUTTURA_INDICATORE_FASE_INESISTENTE"))
        .extracting(f -> f.objective() + "/" + f.phase() + "/" + f.line())
        .containsExactly("4/5/240", "16/4/545", "18/5/594");
  }

  @Test
  void contentsThatDoNotMatchTheSheets() {
    assertThat(findings)
        .filteredOn(f -> f.rule().startsWith("DOCUMENTO_"))
        .extracting(f -> f.rule() + " " + f.line())
        .containsExactlyInAnyOrder(
            "DOCUMENTO_VOCE_SENZA_SCHEDA 36", "DOCUMENTO_VOCE_SENZA_SCHEDA 37",
            "DOCUMENTO_VOCE_NUMERO_DIVERSO 39", "DOCUMENTO_VOCE_NUMERO_DIVERSO 40", "DOCUMENTO_VOCE_NUMERO_DIVERSO 41",
            "DOCUMENTO_VOCE_NUMERO_DIVERSO 43", "DOCUMENTO_VOCE_NUMERO_DIVERSO 44",
            "DOCUMENTO_SEGNALIBRO_ROTTO 36", "DOCUMENTO_SEGNALIBRO_ROTTO 37");
  }

  @Test
  void theDuplicatedIndicatorOfObjective15() {
    assertThat(findings)
        .filteredOn(f -> f.rule().equals("STRUTTURA_INDICATORE_DUPLICATO"))
        .singleElement()
        .satisfies(f -> {
          assertThat(f.objective()).isEqualTo("15");
          assertThat(f.indicator()).isEqualTo("N. pratiche edilizia istruite/n. pratiche pervenute");
        });
  }

  @Test
  void theEnergySavingObjectiveAnnouncedButNeverWritten() {
    assertThat(findings)
        .filteredOn(f -> f.rule().equals("CONTENUTI_OBIETTIVO_ANNUNCIATO_MANCANTE"))
        .singleElement()
        .satisfies(f -> assertThat(f.message()).contains("obiettivo specifico finalizzato al contenimento energetico"));
  }

  @Test
  void storedWithItsPayingUnitsTheSeedGainsNoFinding() {
    List<String> units = SEED.objectives().stream().map(o -> o.unit()).filter(u -> u != null).distinct().toList();
    assertThat(units).hasSize(3);
    var stored = new PlanUnderCheck(SEED, units, Weights.NONE, Tags.NONE);
    assertThat(new PlanChecker(CATALOG).check(stored)).isEqualTo(findings);
  }

  private static List<String> expected() throws IOException {
    try (InputStream in = SeedFindingsTest.class.getResourceAsStream("seed-findings.txt")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.startsWith("#") && !l.isBlank()).toList();
    }
  }
}
