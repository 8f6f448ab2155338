package it.traguardo.plan;

import static org.assertj.core.api.Assertions.assertThat;

import it.traguardo.audit.AuditTrail;
import it.traguardo.catalog.BudgetCatalog;
import it.traguardo.importer.ImportResult;
import it.traguardo.importer.PlanImportService;
import it.traguardo.importer.PlanTextImporter;
import it.traguardo.organization.Entities;
import it.traguardo.plan.PlanLifecycle.StepOutcome;
import it.traguardo.support.Seed;
import it.traguardo.support.TraguardoIntegrationTest;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The steps after adoption: monitoring, report, validation, the next year, and variazioni with their versions. */
@TraguardoIntegrationTest
class LifecycleTest {

  @Autowired PlanImportService imports;
  @Autowired Entities entities;
  @Autowired Plans plans;
  @Autowired PlanLifecycle lifecycle;
  @Autowired PlanVersions versions;
  @Autowired AuditTrail audit;

  private long entityId;

  private long adoptedPlan(String code) {
    ImportResult seed = new PlanTextImporter(BudgetCatalog.standard()).read(Seed.bytes());
    long planId =
        imports.store(seed.planOrNull(), code, null, false, "p.txt", "test", seed.diagnostics(), PlanState.BOZZA, null)
            .planId();
    entityId = entities.byCode(code).orElseThrow().id();
    assertThat(lifecycle.adopt(entityId, planId, "Delibera di Giunta n. 12", LocalDate.of(2024, 1, 30), "prova", "segretario"))
        .isInstanceOf(PlanLifecycle.AdoptionOutcome.Adopted.class);
    return planId;
  }

  private PlanState state(long planId) {
    return plans.summary(entityId, planId).orElseThrow().state();
  }

  @Test
  void aYearIsReportedThenValidatedAndMonitoringMovesToTheNextYear() {
    long planId = adoptedPlan("ciclo-anni");
    assertThat(lifecycle.report(entityId, planId, 2024, "segretario")).isInstanceOf(StepOutcome.Refused.class);

    assertThat(lifecycle.startMonitoring(entityId, planId, "segretario")).isInstanceOf(StepOutcome.Done.class);
    assertThat(state(planId)).isEqualTo(PlanState.IN_MONITORAGGIO);
    assertThat(lifecycle.report(entityId, planId, 2027, "segretario"))
        .isEqualTo(new StepOutcome.Refused("Il 2027 non è un anno del piano 2024-2026."));
    assertThat(lifecycle.report(entityId, planId, 2024, "segretario")).isInstanceOf(StepOutcome.Done.class);
    assertThat(state(planId)).isEqualTo(PlanState.RENDICONTATO);

    assertThat(lifecycle.validate(entityId, planId, 2025, "Verbale n. 3", LocalDate.of(2025, 5, 20), "ndv"))
        .isEqualTo(new StepOutcome.Refused("L'anno rendicontato è il 2024, non il 2025."));
    assertThat(lifecycle.validate(entityId, planId, 2024, " ", LocalDate.of(2025, 5, 20), "ndv"))
        .isInstanceOf(StepOutcome.Refused.class);
    assertThat(lifecycle.validate(entityId, planId, 2024, "Verbale n. 3", LocalDate.of(2025, 5, 20), "ndv"))
        .isInstanceOf(StepOutcome.Done.class);
    assertThat(state(planId)).isEqualTo(PlanState.VALIDATO);
    assertThat(lifecycle.validatedYears(entityId, planId)).containsExactly(2024);

    assertThat(lifecycle.startMonitoring(entityId, planId, "segretario")).isInstanceOf(StepOutcome.Done.class);
    assertThat(lifecycle.report(entityId, planId, 2024, "segretario"))
        .isEqualTo(new StepOutcome.Refused("Il 2024 è già stato validato dal Nucleo di Valutazione."));
    assertThat(lifecycle.events(entityId, planId))
        .extracting(PlanLifecycle.PlanEvent::kind, PlanLifecycle.PlanEvent::year)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("ADOZIONE", null),
            org.assertj.core.groups.Tuple.tuple("MONITORAGGIO", null),
            org.assertj.core.groups.Tuple.tuple("RENDICONTAZIONE", 2024),
            org.assertj.core.groups.Tuple.tuple("VALIDAZIONE", 2024),
            org.assertj.core.groups.Tuple.tuple("MONITORAGGIO", 2025));
    assertThat(audit.of(entityId)).extracting(e -> e.action()).contains("PIANO_VALIDAZIONE", "PIANO_RENDICONTAZIONE");
  }

  @Test
  void theLastYearValidatedLeavesThePlanValidated() {
    long planId = adoptedPlan("ciclo-ultimo-anno");
    lifecycle.startMonitoring(entityId, planId, "s");
    for (int year = 2024; year <= 2026; year++) {
      assertThat(lifecycle.report(entityId, planId, year, "s")).isInstanceOf(StepOutcome.Done.class);
      assertThat(lifecycle.validate(entityId, planId, year, "Verbale " + year, LocalDate.of(year + 1, 5, 1), "n"))
          .isInstanceOf(StepOutcome.Done.class);
      if (year < 2026) {
        assertThat(lifecycle.startMonitoring(entityId, planId, "s")).isInstanceOf(StepOutcome.Done.class);
      }
    }
    assertThat(lifecycle.startMonitoring(entityId, planId, "s")).isInstanceOf(StepOutcome.Refused.class);
    assertThat(state(planId)).isEqualTo(PlanState.VALIDATO);
  }

  @Test
  void adoptionFreezesVersionOneAndAVariazioneFreezesTheNext() {
    long planId = adoptedPlan("ciclo-variazione");
    assertThat(versions.list(entityId, planId)).extracting(PlanVersions.PlanVersion::number).containsExactly(1);
    assertThat(lifecycle.isEditable(entityId, planId)).isFalse();
    assertThat(lifecycle.closeVariation(entityId, planId, "s")).isEqualTo(new StepOutcome.Refused("Non c'è una variazione aperta."));
    assertThat(lifecycle.openVariation(entityId, planId, "", "Delibera n. 40", LocalDate.of(2024, 6, 3), "s"))
        .isEqualTo(new StepOutcome.Refused("Indicare il motivo della variazione."));
    assertThat(lifecycle.openVariation(entityId, planId, "Nuovo obiettivo PNRR", "Delibera n. 40", LocalDate.of(2024, 6, 3), "s"))
        .isInstanceOf(StepOutcome.Done.class);
    assertThat(lifecycle.isEditable(entityId, planId)).isTrue();
    assertThat(lifecycle.openVariation(entityId, planId, "Altro", "Delibera n. 41", LocalDate.of(2024, 6, 4), "s"))
        .isInstanceOf(StepOutcome.Refused.class);
    assertThat(lifecycle.closeVariation(entityId, planId, "s")).isInstanceOf(StepOutcome.Done.class);
    assertThat(lifecycle.isEditable(entityId, planId)).isFalse();
    assertThat(versions.list(entityId, planId))
        .extracting(PlanVersions.PlanVersion::number, PlanVersions.PlanVersion::kind, PlanVersions.PlanVersion::act)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(1, "ADOZIONE", "Delibera di Giunta n. 12"),
            org.assertj.core.groups.Tuple.tuple(2, "VARIAZIONE", "Delibera n. 40"));
    Plan frozen = versions.version(entityId, planId, 1).orElseThrow();
    Plan live = plans.find(entityId, planId).orElseThrow().plan();
    assertThat(frozen.objectives()).hasSize(19);
    assertThat(frozen).usingRecursiveComparison().isEqualTo(live);
  }

  @Test
  void aPlanStoredAlreadyAdoptedStartsItsHistoryWithVersionOne() {
    long cedrasco = entities.byCode("cedrasco").orElseThrow().id();
    long planId = plans.summaries(cedrasco).get(0).id();
    assertThat(versions.list(cedrasco, planId)).extracting(PlanVersions.PlanVersion::number).containsExactly(1);
  }
}
