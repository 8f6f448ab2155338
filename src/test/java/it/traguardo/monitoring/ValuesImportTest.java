package it.traguardo.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import it.traguardo.audit.AuditTrail;
import it.traguardo.catalog.BudgetCatalog;
import it.traguardo.evaluation.store.YearValidation;
import it.traguardo.importer.ImportResult;
import it.traguardo.importer.PlanImportService;
import it.traguardo.importer.PlanTextImporter;
import it.traguardo.organization.Entities;
import it.traguardo.organization.Organization;
import it.traguardo.organization.Role;
import it.traguardo.organization.Users;
import it.traguardo.plan.Adoption;
import it.traguardo.plan.PlanLifecycle;
import it.traguardo.plan.PlanState;
import it.traguardo.plan.Plans;
import it.traguardo.plan.StoredPlan;
import it.traguardo.support.Seed;
import it.traguardo.support.TraguardoIntegrationTest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** Importing achieved values on PostgreSQL: all or nothing, audited value by value, each responsabile to their rows. */
@TraguardoIntegrationTest
class ValuesImportTest {

  private static final String CODE = "prova-import-valori";
  private static final String HEADER = "ID indicatore;Obiettivo;Indicatore;Valore atteso;Valore attuale;Anno;Rilevazione;Valore;Nota\r\n";

  @Autowired MockMvc mvc;
  @Autowired PlanImportService imports;
  @Autowired Entities entities;
  @Autowired Plans plans;
  @Autowired Actuals actuals;
  @Autowired Organization organization;
  @Autowired Users users;
  @Autowired UserDetailsService accounts;
  @Autowired AuditTrail audit;
  @Autowired PlanLifecycle lifecycle;
  @Autowired YearValidation validation;

  private StoredPlan plan;
  private long entityId;

  @BeforeEach
  void plan() {
    if (entities.byCode(CODE).isEmpty()) {
      ImportResult seed = new PlanTextImporter(BudgetCatalog.standard()).read(Seed.bytes());
      imports.store(seed.planOrNull(), CODE, null, false, "p.txt", "test", seed.diagnostics(), PlanState.IN_MONITORAGGIO,
          new Adoption("Delibera di Giunta n. 3", LocalDate.of(2024, 1, 20), false));
      long id = entities.byCode(CODE).orElseThrow().id();
      long servizio2 = organization.ensureUnit(id, "Servizio 2 – Edilizia Privata, Urbanistica, Sue").id();
      long person = organization.addPerson(id, "EQ Servizio 2", "Responsabile di servizio (EQ)", false, List.of(servizio2)).id();
      long eq = users.create("eq-import-valori", "una-password-lunga", false);
      users.grant(eq, id, Role.RESPONSABILE);
      users.linkPerson(eq, id, person);
    }
    entityId = entities.byCode(CODE).orElseThrow().id();
    plan = plans.find(entityId, plans.summaries(entityId).get(0).id()).orElseThrow();
  }

  private long indicator(int objective, int index) {
    return plan.plan().objectives().get(objective).indicators().get(index).id();
  }

  private String url() {
    return "/enti/" + CODE + "/piani/" + plan.summary().id() + "/valori/importa";
  }

  private static MockMultipartFile csv(String content) {
    return new MockMultipartFile("file", "valori.csv", "text/csv", content.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void aValidatedYearTakesNoImportedValue() throws Exception {
    ImportResult seed = new PlanTextImporter(BudgetCatalog.standard()).read(Seed.bytes());
    long planId =
        imports.store(seed.planOrNull(), "prova-import-validato", null, false, "p.txt", "test", seed.diagnostics(),
                PlanState.IN_MONITORAGGIO, new Adoption("Delibera di Giunta n. 3", LocalDate.of(2024, 1, 20), false))
            .planId();
    long id = entities.byCode("prova-import-validato").orElseThrow().id();
    StoredPlan validated = plans.find(id, planId).orElseThrow();
    lifecycle.report(id, planId, 2024, "admin");
    validation.validate(id, validated, 2024, "Verbale del Nucleo n. 1", LocalDate.of(2025, 4, 30), null, "admin");
    long imu = validated.plan().objectives().get(8).indicators().get(0).id();

    String page =
        mvc.perform(multipart("/enti/prova-import-validato/piani/" + planId + "/valori/importa")
                .file(csv(HEADER + imu + ";9;IMU;Almeno 80%;;2024;finale;85,5%;\r\n"))
                .with(user(accounts.loadUserByUsername("admin"))).with(csrf()))
            .andExpect(status().isUnprocessableContent())
            .andReturn().getResponse().getContentAsString();
    assertThat(page).contains("I risultati del 2024 sono stati validati dal Nucleo di Valutazione");
    assertThat(actuals.of(id, imu)).isEmpty();
  }

  @Test
  void oneBadRowAndNothingIsWrittenThenTheGoodFileIsWrittenAndAudited() throws Exception {
    long imu = indicator(8, 0); // objective 9, "Almeno 80%"
    long pareggio = indicator(5, 7); // objective 6, "SI"
    long verde = indicator(15, 0); // objective 16, "< 5"
    var admin = user(accounts.loadUserByUsername("admin"));
    String rows = imu + ";9;IMU;Almeno 80%;;2024;finale;85,5%;da banca dati\r\n"
        + pareggio + ";6;Pareggio;SI;;2024;intermedia;SI;\r\n";
    String page = mvc.perform(multipart(url()).file(csv(HEADER + rows + verde + ";16;Verde;< 5;;2024;finale;pochi;\r\n")).with(admin).with(csrf()))
        .andExpect(status().isUnprocessableContent())
        .andReturn().getResponse().getContentAsString();
    assertThat(page).contains("Importazione non riuscita: nessun valore è stato salvato")
        .contains("<td>valori.csv</td>").contains("<td>4</td>").contains("<td>H «Valore»</td>");
    assertThat(actuals.of(entityId, imu)).isEmpty();
    assertThat(actuals.of(entityId, pareggio)).isEmpty();
    assertThat(audit.of(entityId)).noneMatch(e -> e.action().equals("VALORE_RAGGIUNTO"));

    mvc.perform(multipart(url()).file(csv(HEADER + rows + verde + ";16;Verde;< 5;;2024;finale;;\r\n")).with(admin).with(csrf()))
        .andExpect(redirectedUrl(url()))
        .andExpect(flash().attribute("message", "2 valori salvati; 1 righe senza valore lasciate com'erano."));
    assertThat(actuals.of(entityId, imu)).singleElement().satisfies(a -> {
      assertThat(a.value()).isEqualTo("85,5%");
      assertThat(a.note()).isEqualTo("da banca dati");
      assertThat(a.checkpoint()).isEqualTo(Checkpoint.FINAL);
      assertThat(a.recordedBy()).isEqualTo("admin");
    });
    assertThat(actuals.of(entityId, pareggio)).singleElement().satisfies(a -> assertThat(a.checkpoint()).isEqualTo(Checkpoint.MID));
    assertThat(audit.of(entityId)).filteredOn(e -> e.action().equals("VALORE_RAGGIUNTO"))
        .extracting(e -> e.subject() + " → " + e.afterValue())
        .containsExactlyInAnyOrder(
            "N. posizioni IMU bonificate rispetto a posizioni IMU totali — 2024, rilevazione finale (31 dicembre) → 85,5%",
            "Pareggio di Bilancio — 2024, rilevazione intermedia (30 giugno) → SI");
  }

  @Test
  void aResponsabileImportsOnlyTheRowsOfTheirObjectives() throws Exception {
    var eq = user(accounts.loadUserByUsername("eq-import-valori"));
    long verde = indicator(15, 1); // objective 16, service 2: theirs
    long mandati = indicator(5, 2); // objective 6, service 1: not theirs
    String page = mvc.perform(multipart(url()).file(csv(HEADER
                + verde + ";16;Verde;< 5;;2025;finale;2;\r\n"
                + mandati + ";6;Mandati;1000;;2025;finale;900;\r\n")).with(eq).with(csrf()))
        .andExpect(status().isUnprocessableContent())
        .andReturn().getResponse().getContentAsString();
    assertThat(page).contains("<td>3</td>").contains("<td>A «ID indicatore»</td>")
        .contains("l&#39;indicatore «N. mandati» (obiettivo 6) non è tra quelli di cui lei può inserire i valori");
    assertThat(actuals.of(entityId, verde)).isEmpty();

    String template = mvc.perform(get(url().replace("importa", "modello.csv")).param("anno", "2025").with(eq))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    List<String> lines = template.lines().toList();
    assertThat(lines.get(0)).isEqualTo("\uFEFF" + HEADER.strip());
    // the indicators of the transversal objectives and of service 2's
    long theirs = plan.plan().objectives().stream()
        .filter(o -> o.kind() == it.traguardo.plan.ObjectiveKind.TRANSVERSAL || "Servizio 2 – Edilizia Privata, Urbanistica, Sue".equals(o.unit()))
        .mapToLong(o -> o.indicators().size()).sum();
    assertThat(theirs).isGreaterThan(20);
    assertThat(lines).hasSize(1 + (int) theirs);
    assertThat(lines).anyMatch(l -> l.startsWith(verde + ";16;Criticità segnalate/riscontrate nella manutenzione del territorio;< 5;;2025;finale;;"));
    assertThat(lines).noneMatch(l -> l.startsWith(mandati + ";"));
    mvc.perform(get(url().replace("importa", "modello.xlsx")).with(eq)).andExpect(status().isOk());
  }

  @Test
  void onlyTheEntesSegretarioAndResponsabiliImport() throws Exception {
    long ndv = users.create("ndv-import-valori", "una-password-lunga", false);
    users.grant(ndv, entityId, Role.NDV);
    mvc.perform(get(url()).with(user(accounts.loadUserByUsername("ndv-import-valori")))).andExpect(status().isForbidden());
    long other = entities.create("prova-import-estraneo", "Comune estraneo").id();
    users.grant(users.create("segretario-import-estraneo", "una-password-lunga", false), other, Role.SEGRETARIO);
    mvc.perform(get(url()).with(user(accounts.loadUserByUsername("segretario-import-estraneo")))).andExpect(status().isNotFound());
    mvc.perform(get(url())).andExpect(redirectedUrl("/login"));
  }
}
