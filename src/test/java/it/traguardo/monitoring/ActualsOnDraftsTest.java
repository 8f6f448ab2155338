package it.traguardo.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import it.traguardo.catalog.BudgetCatalog;
import it.traguardo.importer.ImportResult;
import it.traguardo.importer.PlanImportService;
import it.traguardo.importer.PlanTextImporter;
import it.traguardo.organization.Entities;
import it.traguardo.plan.PlanState;
import it.traguardo.plan.Plans;
import it.traguardo.support.Seed;
import it.traguardo.support.TraguardoIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Achieved values are recorded from adoption on, and only for the plan's own years. */
@TraguardoIntegrationTest
class ActualsOnDraftsTest {

  @Autowired PlanImportService imports;
  @Autowired Entities entities;
  @Autowired Plans plans;
  @Autowired Actuals actuals;

  @Test
  void aDraftTakesNoValue() {
    ImportResult seed = new PlanTextImporter(BudgetCatalog.standard()).read(Seed.bytes());
    long planId =
        imports.store(seed.planOrNull(), "valori-bozza", null, false, "p.txt", "test", seed.diagnostics(), PlanState.BOZZA, null)
            .planId();
    long entityId = entities.byCode("valori-bozza").orElseThrow().id();
    long indicator = plans.find(entityId, planId).orElseThrow().plan().objectives().get(5).indicators().get(0).id();
    int version = actuals.indicator(entityId, indicator).orElseThrow().version();

    assertThat(actuals.record(entityId, indicator, 2024, Checkpoint.FINAL, "SI", null, "test", version))
        .isEqualTo(new Actuals.Outcome.Invalid("Il piano è ancora una bozza: i valori raggiunti si inseriscono dall'adozione in poi."));
    assertThat(actuals.of(entityId, indicator)).isEmpty();
  }
}
