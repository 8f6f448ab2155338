package it.traguardo.importer;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import it.traguardo.catalog.BudgetCatalog;

/**
 * Whatever bytes arrive, the importer answers with a plan or located diagnostics: it never throws, and an error
 * never comes with a plan. Runs the stored inputs as a regression test; {@code JAZZER_FUZZ=1} explores further.
 */
class PlanTextImporterFuzzTest {

  private static final PlanTextImporter IMPORTER = new PlanTextImporter(BudgetCatalog.standard());

  @FuzzTest(maxDuration = "30s")
  void neverThrows(FuzzedDataProvider data) {
    ImportResult result = IMPORTER.read(data.consumeRemainingAsBytes());
    assertThat(result.hasErrors() && result.planOrNull() != null).isFalse();
    assertThat(result.planOrNull() == null && !result.hasErrors()).isFalse();
    result.diagnostics().forEach(d -> assertThat(d.message()).isNotBlank());
  }
}
