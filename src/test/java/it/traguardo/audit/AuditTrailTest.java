package it.traguardo.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import it.traguardo.catalog.BudgetCatalog;
import it.traguardo.importer.ImportResult;
import it.traguardo.importer.PlanImportService;
import it.traguardo.importer.PlanTextImporter;
import it.traguardo.monitoring.Actuals;
import it.traguardo.monitoring.Checkpoint;
import it.traguardo.organization.Entities;
import it.traguardo.organization.Role;
import it.traguardo.organization.Users;
import it.traguardo.plan.Objective;
import it.traguardo.plan.PlanLifecycle;
import it.traguardo.plan.PlanState;
import it.traguardo.plan.Plans;
import it.traguardo.support.Seed;
import it.traguardo.support.TraguardoIntegrationTest;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** Every change leaves a line: import, adoption, achieved values with before and after; readable and exportable. */
@TraguardoIntegrationTest
class AuditTrailTest {

  @Autowired PlanImportService imports;
  @Autowired PlanLifecycle lifecycle;
  @Autowired Actuals actuals;
  @Autowired Entities entities;
  @Autowired Plans plans;
  @Autowired AuditTrail trail;
  @Autowired Users accounts;
  @Autowired UserDetailsService users;
  @Autowired MockMvc mvc;

  @Test
  void importAdoptionAndValuesAreRecordedWithBeforeAndAfter() throws Exception {
    ImportResult seed = new PlanTextImporter(BudgetCatalog.standard()).read(Seed.bytes());
    long planId =
        imports.store(seed.planOrNull(), "prova-registro", null, false, "piano.txt", "segretaria", seed.diagnostics(), PlanState.BOZZA, null)
            .planId();
    long entityId = entities.byCode("prova-registro").orElseThrow().id();
    lifecycle.adopt(entityId, planId, "Delibera n. 8", LocalDate.of(2024, 1, 31), null, "segretaria");
    Objective nineteen = plans.find(entityId, planId).orElseThrow().plan().objectives().get(18);
    long qualitative = nineteen.indicators().get(1).id();
    int version = actuals.indicator(entityId, qualitative).orElseThrow().version();
    actuals.record(entityId, qualitative, 2024, Checkpoint.FINAL, "3 immobili", null, "eq3", version);
    actuals.record(entityId, qualitative, 2024, Checkpoint.FINAL, "=HYPERLINK(\"http://x\")", null, "eq3", version + 1);

    List<AuditEntry> entries = trail.of(entityId);
    assertThat(entries).extracting(AuditEntry::action)
        .containsExactly("VALORE_RAGGIUNTO", "VALORE_RAGGIUNTO", "PIANO_ADOTTATO", "PIANO_IMPORTATO");
    assertThat(entries.get(0).beforeValue()).isEqualTo("3 immobili");
    assertThat(entries.get(0).objectiveId()).isEqualTo(nineteen.id());
    assertThat(entries.get(1).beforeValue()).isNull();
    assertThat(entries.get(2).afterValue()).isEqualTo("Delibera n. 8 del 31/01/2024");
    assertThat(trail.ofObjective(entityId, nineteen.id())).hasSize(2);

    String csv =
        mvc.perform(get("/enti/prova-registro/registro.csv").with(user(users.loadUserByUsername("admin"))))
            .andExpect(status().isOk())
            .andReturn().getResponse().getContentAsString();
    List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(csv)).getRecords();
    assertThat(rows).hasSize(4);
    assertThat(rows.get(0).get("dopo")).isEqualTo("'=HYPERLINK(\"http://x\")");
    assertThat(rows.get(0).get("quando")).matches("\\d{4}-\\d{2}-\\d{2}T.*Z");

    String page =
        mvc.perform(get("/enti/prova-registro/registro").with(user(users.loadUserByUsername("admin"))))
            .andExpect(status().isOk())
            .andReturn().getResponse().getContentAsString();
    assertThat(page).contains("Registro delle modifiche").contains("3 immobili").contains("eq3");
  }

  @Test
  void theTrailIsForTheEntesMembersOnly() throws Exception {
    long other = entities.create("prova-registro-estraneo", "Comune estraneo").id();
    accounts.grant(accounts.create("segretario-registro", "una-password-lunga", false), other, Role.SEGRETARIO);
    mvc.perform(get("/enti/cedrasco/registro").with(user(users.loadUserByUsername("segretario-registro"))))
        .andExpect(status().isNotFound());
    mvc.perform(get("/enti/cedrasco/registro.csv").with(user(users.loadUserByUsername("segretario-registro"))))
        .andExpect(status().isNotFound());
  }
}
