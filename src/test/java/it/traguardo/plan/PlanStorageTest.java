package it.traguardo.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.traguardo.catalog.BudgetCatalog;
import it.traguardo.importer.ImportResult;
import it.traguardo.importer.PlanImportService;
import it.traguardo.importer.PlanImportService.Status;
import it.traguardo.importer.PlanTextImporter;
import it.traguardo.organization.Entities;
import it.traguardo.organization.Entity;
import it.traguardo.organization.Organization;
import it.traguardo.organization.Person;
import it.traguardo.support.PlanListing;
import it.traguardo.support.Seed;
import it.traguardo.support.TraguardoIntegrationTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Plans stored in and read back from the embedded PostgreSQL. */
@TraguardoIntegrationTest
class PlanStorageTest {

  @Autowired Entities entities;
  @Autowired Organization organization;
  @Autowired Plans plans;
  @Autowired PlanImportService imports;
  @Autowired JdbcClient jdbc;

  private final ImportResult seed = new PlanTextImporter(BudgetCatalog.standard()).read(Seed.bytes());

  @Test
  void theSampleEnteIsLoadedOnFirstStartAsAnAdoptedPlanInMonitoring() {
    Entity cedrasco = entities.byCode("cedrasco").orElseThrow();
    assertThat(cedrasco.name()).isEqualTo("Comune di Cedrasco");
    List<PlanSummary> summaries = plans.summaries(cedrasco.id());
    assertThat(summaries).hasSize(1);
    PlanSummary summary = summaries.get(0);
    assertThat(summary.state()).isEqualTo(PlanState.IN_MONITORAGGIO);
    assertThat(summary.adoptionSample()).isTrue();
    assertThat(summary.objectiveCount()).isEqualTo(19);

    StoredPlan stored = plans.find(cedrasco.id(), summary.id()).orElseThrow();
    assertThat(PlanListing.of(stored.plan())).isEqualTo(PlanListing.of(seed.planOrNull()));
    assertThat(stored.plan().contents()).isEqualTo(seed.planOrNull().contents());
    assertThat(stored.plan().premise()).isEqualTo(seed.planOrNull().premise());
    assertThat(stored.plan().objectives()).allSatisfy(o -> assertThat(o.id()).isNotNull());
    assertThat(stored.importDiagnostics()).hasSize(seed.diagnostics().size());

    assertThat(organization.units(cedrasco.id()))
        .extracting(u -> u.name())
        .containsExactly(
            "Servizio 1 – Finanziario - Amministrativo",
            "Servizio 2 – Edilizia Privata, Urbanistica, Sue",
            "Servizio 3 – Lavori Pubblici, Territorio, Manutenzioni");
    List<Person> people = organization.people(cedrasco.id());
    assertThat(people).extracting(Person::fullName)
        .containsExactly(
            "Segretario comunale",
            "Responsabile Servizio 1 – Finanziario - Amministrativo",
            "Responsabile Servizio 2 – Edilizia Privata, Urbanistica, Sue",
            "Responsabile Servizio 3 – Lavori Pubblici, Territorio, Manutenzioni");
    assertThat(people).filteredOn(Person::paysInvoices).hasSize(3).allSatisfy(p -> assertThat(p.unitIds()).hasSize(1));
  }

  @Test
  void aPlanOfTheSamePeriodIsReplacedOnlyWhenAsked() {
    PlanImportService.Outcome first = store("prova-sostituzione", false);
    assertThat(first.status()).isEqualTo(Status.CREATED);
    long entityId = entities.byCode("prova-sostituzione").orElseThrow().id();

    PlanImportService.Outcome refused = store("prova-sostituzione", false);
    assertThat(refused.status()).isEqualTo(Status.EXISTS);
    assertThat(refused.message()).contains("--replace");
    assertThat(plans.summaries(entityId)).extracting(PlanSummary::id).containsExactly(first.planId());

    PlanImportService.Outcome replaced = store("prova-sostituzione", true);
    assertThat(replaced.status()).isEqualTo(Status.REPLACED);
    assertThat(plans.summaries(entityId)).extracting(PlanSummary::id).containsExactly(replaced.planId());
    assertThat(plans.find(entityId, first.planId())).isEmpty();
    assertThat(plans.summary(entityId, replaced.planId()).orElseThrow().state()).isEqualTo(PlanState.BOZZA);
  }

  @Test
  void anotherEntesIdFindsNothing() {
    long planId = store("prova-ente-a", false).planId();
    long other = entities.create("prova-ente-b", "Comune B").id();
    assertThat(plans.find(other, planId)).isEmpty();
    assertThat(plans.summary(other, planId)).isEmpty();
    plans.delete(other, planId);
    assertThat(plans.find(entities.byCode("prova-ente-a").orElseThrow().id(), planId)).isPresent();
  }

  @Test
  void theDatabaseRefusesALinkBetweenTwoEntesData() {
    long planId = store("prova-chiavi-a", false).planId();
    long other = entities.create("prova-chiavi-b", "Comune B").id();
    assertThatThrownBy(
            () ->
                jdbc.sql("insert into objective (entity_id, plan_id, position, number, kind, title) values (?, ?, 99, '99', 'SECTORAL', 'x')")
                    .params(other, planId)
                    .update())
        .isInstanceOf(DataAccessException.class);
  }

  @Test
  void aFailedStoreLeavesNothingBehind() {
    Plan plan = seed.planOrNull();
    Objective broken = plan.objectives().get(0);
    Objective bad =
        new Objective(
            null, broken.number(), broken.kind(), broken.title(), broken.unit(), broken.description(), broken.assignment(),
            broken.phases(), List.of(new BudgetLink("123", "01", null, null, null)), broken.indicators(),
            broken.characteristics(), broken.narrative(), broken.line());
    Plan invalid =
        new Plan(null, plan.entityName(), plan.province(), plan.title(), plan.firstYear(), plan.lastYear(), plan.premise(),
            plan.contents(), List.of(plan.objectives().get(1), bad));
    assertThatThrownBy(
            () -> imports.store(invalid, "prova-atomica", null, false, "x.txt", "test", List.of(), PlanState.BOZZA, null))
        .isInstanceOf(DataAccessException.class);
    assertThat(entities.byCode("prova-atomica")).isEmpty();
  }

  private PlanImportService.Outcome store(String code, boolean replace) {
    return imports.store(seed.planOrNull(), code, null, replace, "piano.txt", "test", seed.diagnostics(), PlanState.BOZZA, null);
  }
}
