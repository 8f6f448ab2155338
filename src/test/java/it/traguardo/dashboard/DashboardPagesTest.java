package it.traguardo.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import it.traguardo.catalog.BudgetCatalog;
import it.traguardo.importer.ImportResult;
import it.traguardo.importer.PlanImportService;
import it.traguardo.importer.PlanTextImporter;
import it.traguardo.monitoring.Actuals;
import it.traguardo.monitoring.Checkpoint;
import it.traguardo.organization.Entities;
import it.traguardo.organization.Organization;
import it.traguardo.organization.Person;
import it.traguardo.organization.Role;
import it.traguardo.organization.Users;
import it.traguardo.plan.Adoption;
import it.traguardo.plan.PlanState;
import it.traguardo.plan.Plans;
import it.traguardo.payments.store.PaymentFixtures;
import it.traguardo.plan.StoredPlan;
import it.traguardo.support.Seed;
import it.traguardo.support.TraguardoIntegrationTest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The dashboards on PostgreSQL: values entered at each checkpoint, a phase reported late and one completed, the first
 * screen of each role after login.
 */
@TraguardoIntegrationTest
class DashboardPagesTest {

  private static final String CODE = "prova-cruscotto";
  private static final String SERVICE_2 = "Servizio 2 – Edilizia Privata, Urbanistica, Sue";

  @Autowired MockMvc mvc;
  @Autowired PlanImportService imports;
  @Autowired Entities entities;
  @Autowired Plans plans;
  @Autowired Actuals actuals;
  @Autowired Organization organization;
  @Autowired Users users;
  @Autowired UserDetailsService accounts;
  @Autowired JdbcClient jdbc;

  private long entityId;
  private StoredPlan plan;

  @BeforeEach
  void data() {
    if (entities.byCode(CODE).isEmpty()) {
      ImportResult seed = new PlanTextImporter(BudgetCatalog.standard()).read(Seed.bytes());
      imports.store(seed.planOrNull(), CODE, null, false, "p.txt", "test", seed.diagnostics(), PlanState.IN_MONITORAGGIO,
          new Adoption("Delibera di Giunta n. 2", LocalDate.of(2024, 1, 15), false));
      long id = entities.byCode(CODE).orElseThrow().id();
      StoredPlan stored = plans.find(id, plans.summaries(id).get(0).id()).orElseThrow();
      // objective 15 (risk ALTO, service 2): 90 % of "100%" at 30 June, 100 % at 31 December; objective 16: 3 < 5
      record(id, stored, 14, 1, Checkpoint.MID, "45%");
      record(id, stored, 14, 1, Checkpoint.FINAL, "100%");
      record(id, stored, 15, 0, Checkpoint.FINAL, "3");
      long reported = stored.plan().objectives().get(5).phases().get(0).id(); // objective 6, 2024-2026
      long completed = stored.plan().objectives().get(1).phases().get(0).id(); // objective 2, 2024 only
      jdbc.sql("insert into phase_progress (entity_id, phase_id, year, status, recorded_by) values (?, ?, 2024, 'IN_RITARDO', 'test'), (?, ?, 2024, 'COMPLETATA', 'test')")
          .params(id, reported, id, completed)
          .update();
      long servizio2 = organization.ensureUnit(id, SERVICE_2).id();
      long person = organization.addPerson(id, "Geom. Rossi", "Responsabile di servizio (EQ)", false, List.of(servizio2)).id();
      long eq = users.create("eq-cruscotto", "una-password-lunga", false);
      users.grant(eq, id, Role.RESPONSABILE);
      users.linkPerson(eq, id, person);
      users.grant(users.create("segretario-cruscotto", "una-password-lunga", false), id, Role.SEGRETARIO);
      users.grant(users.create("ragioneria-cruscotto", "una-password-lunga", false), id, Role.RAGIONERIA);
    }
    entityId = entities.byCode(CODE).orElseThrow().id();
    plan = plans.find(entityId, plans.summaries(entityId).get(0).id()).orElseThrow();
  }

  private void record(long id, StoredPlan stored, int objective, int indicator, Checkpoint checkpoint, String value) {
    long indicatorId = stored.plan().objectives().get(objective).indicators().get(indicator).id();
    int version = actuals.indicator(id, indicatorId).orElseThrow().version();
    assertThat(actuals.record(id, indicatorId, 2024, checkpoint, value, null, "test", version)).isInstanceOf(Actuals.Outcome.Recorded.class);
  }

  private String page(String path, String... params) throws Exception {
    var request = get(path).with(user(accounts.loadUserByUsername("segretario-cruscotto")));
    for (int i = 0; i < params.length; i += 2) {
      request.param(params[i], params[i + 1]);
    }
    return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
  }

  @Test
  void theEntesDashboardAtTheFinalCheckpoint() throws Exception {
    String page = page("/enti/" + CODE + "/cruscotto", "anno", "2024", "rilevazione", "final");
    assertThat(page).contains("Cruscotto dell&#39;ente").contains("situazione al <strong>31/12/2024</strong>")
        .contains("id=\"grafico-ripartizione\"").contains("data-chart-table=\"tabella-ripartizione\"")
        .contains("id=\"grafico-stati\"").contains("/dist/chart.umd.min.js").contains("/js/cruscotto.js")
        // objective 15 at 100 %, 16 at 100 %: service 2 at 100 % over its two evaluable objectives
        .contains("19 obiettivi: 2 raggiunti, 0 parzialmente raggiunti, 0 non raggiunti, 17 non valutabili; 4 a rischio; 16 fasi in ritardo.")
        .contains("data-value=\"100.00\"")
        .contains("segnalata in ritardo per il 2024")
        .contains("Geom. Rossi");
    // objective 2's first phase was completed: of its five phases, four are late
    assertThat(page.split("orizzonte concluso il 31/12/2024 e fase non completata", -1)).hasSize(16);
    assertThat(page).doesNotContain("Tempestività dei pagamenti 2024");
  }

  @Test
  void atMidYearOnlyTheIntermediateValuesCount() throws Exception {
    String page = page("/enti/" + CODE + "/cruscotto", "anno", "2024", "rilevazione", "mid");
    assertThat(page).contains("situazione al <strong>30/06/2024</strong>")
        .contains("19 obiettivi: 0 raggiunti, 0 parzialmente raggiunti, 1 non raggiunto, 18 non valutabili; 5 a rischio; 1 fase in ritardo.")
        .contains("rischio alto e grado di raggiungimento 45,00 % alla rilevazione intermedia (30 giugno), sotto il 50 %");
  }

  @Test
  void theNdVsFinalReviewShowsAtTheFinalCheckpointOnlyNotAtMidYear() throws Exception {
    String code = "prova-cruscotto-ndv";
    ImportResult seed = new PlanTextImporter(BudgetCatalog.standard()).read(Seed.bytes());
    imports.store(seed.planOrNull(), code, null, false, "p.txt", "test", seed.diagnostics(), PlanState.IN_MONITORAGGIO,
        new Adoption("Delibera di Giunta n. 3", LocalDate.of(2024, 1, 15), false));
    long id = entities.byCode(code).orElseThrow().id();
    StoredPlan stored = plans.find(id, plans.summaries(id).get(0).id()).orElseThrow();
    // the NdV set objective 1's achievement of 2024 at 80 %; no value was entered anywhere
    jdbc.sql(
            """
            insert into objective_review (entity_id, objective_id, year, decision, percentage, reason, reviewed_by)
            values (?, ?, 2024, 'RIDETERMINATO', 80, 'Attività svolta in gran parte', 'ndv')""")
        .params(id, stored.plan().objectives().get(0).id())
        .update();

    var admin = user(accounts.loadUserByUsername("admin"));
    String end = mvc.perform(get("/enti/" + code + "/cruscotto").param("anno", "2024").param("rilevazione", "final").with(admin))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    String mid = mvc.perform(get("/enti/" + code + "/cruscotto").param("anno", "2024").param("rilevazione", "mid").with(admin))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

    assertThat(end).contains(">80,00 %</strong>")
        .contains("19 obiettivi: 0 raggiunti, 1 parzialmente raggiunto, 0 non raggiunti, 18 non valutabili;");
    assertThat(mid).contains(">non valutabile</strong>")
        .contains("19 obiettivi: 0 raggiunti, 0 parzialmente raggiunti, 0 non raggiunti, 19 non valutabili;")
        .doesNotContain("80,00 %");
  }

  @Test
  void aServiceAndAManager() throws Exception {
    long unit = organization.units(entityId).stream().filter(u -> u.name().equals(SERVICE_2)).findFirst().orElseThrow().id();
    String service = page("/enti/" + CODE + "/cruscotto/servizi/" + unit, "anno", "2024");
    assertThat(service).contains("Cruscotto del servizio").contains(SERVICE_2)
        .contains("3 obiettivi: 2 raggiunti, 0 parzialmente raggiunti, 0 non raggiunti, 1 non valutabile; 0 a rischio; 0 fasi in ritardo.");
    Person rossi = organization.people(entityId).stream().filter(p -> p.fullName().equals("Geom. Rossi")).findFirst().orElseThrow();
    String manager = page("/enti/" + CODE + "/cruscotto/responsabili/" + rossi.id(), "anno", "2024");
    assertThat(manager).contains("Cruscotto del responsabile").contains("Geom. Rossi")
        .contains("8 obiettivi: 2 raggiunti, 0 parzialmente raggiunti, 0 non raggiunti, 6 non valutabili; 2 a rischio; 11 fasi in ritardo.");
    mvc.perform(get("/enti/" + CODE + "/cruscotto/servizi/999999").with(user(accounts.loadUserByUsername("segretario-cruscotto"))))
        .andExpect(status().isNotFound());
  }

  @Test
  void theEqSeesWhatTheyOweOnTheirOwnDashboardsOnly() throws Exception {
    Person rossi = organization.people(entityId).stream().filter(p -> p.fullName().equals("Geom. Rossi")).findFirst().orElseThrow();
    var eq = user(accounts.loadUserByUsername("eq-cruscotto"));
    String own = mvc.perform(get("/enti/" + CODE + "/cruscotto/responsabili/" + rossi.id()).with(eq))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    String ente = mvc.perform(get("/enti/" + CODE + "/cruscotto").with(eq))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    for (String page : List.of(own, ente)) {
      assertThat(page).contains("<h2 id=\"titolo-mie-scadenze\" class=\"h4\">Le mie scadenze</h2>")
          .contains("<a href=\"/enti/" + CODE + "/scadenze\" aria-describedby=\"sintesi-mie-scadenze\">Vai alle mie scadenze</a>")
          .containsPattern("id=\"sintesi-mie-scadenze\"[^>]*>(\\d+ voc[ei] da compilare|Nessuna voce da compilare) per la rilevazione (intermedia|finale) \\d{4} \\(scadenza \\d{2}/\\d{2}/\\d{4}\\)");
    }
    // the segretario has no person of their own; nobody sees the box on someone else's dashboard
    assertThat(page("/enti/" + CODE + "/cruscotto")).doesNotContain("Le mie scadenze");
    assertThat(page("/enti/" + CODE + "/cruscotto/responsabili/" + rossi.id())).doesNotContain("Le mie scadenze");
  }

  @Test
  void paymentTimelinessAppearsOnceTheRegisterHasIt() throws Exception {
    ImportResult seed = new PlanTextImporter(BudgetCatalog.standard()).read(Seed.bytes());
    imports.store(seed.planOrNull(), "prova-cruscotto-pagamenti", null, false, "p.txt", "test", seed.diagnostics(),
        PlanState.IN_MONITORAGGIO, new Adoption("Delibera di Giunta n. 5", LocalDate.of(2024, 1, 15), false));
    var admin = user(accounts.loadUserByUsername("admin"));
    mvc.perform(multipart("/enti/prova-cruscotto-pagamenti/pagamenti")
            .file(new MockMultipartFile("fatture", "fatture.xml", "text/xml", PaymentFixtures.INVOICES.getBytes(StandardCharsets.UTF_8)))
            .file(new MockMultipartFile("eventi", "eventi.csv", "text/csv", PaymentFixtures.EVENTS.getBytes(StandardCharsets.UTF_8)))
            .file(new MockMultipartFile("registri", "registro.csv", "text/csv", PaymentFixtures.REGISTER.getBytes(StandardCharsets.UTF_8)))
            .with(admin).with(csrf()))
        .andExpect(status().is3xxRedirection());
    String page = mvc.perform(get("/enti/prova-cruscotto-pagamenti/cruscotto").param("anno", "2024").with(admin))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    assertThat(page).contains("Tempestività dei pagamenti 2024")
        .contains(">" + PaymentFixtures.ANNUAL_DELAY_2024 + "<").contains(">" + PaymentFixtures.ITP_2024 + "<");
  }

  @Test
  void outsidersDoNotSeeItAndTheAnonymousAreSentToLogin() throws Exception {
    long other = entities.create("prova-cruscotto-estraneo", "Comune estraneo").id();
    users.grant(users.create("segretario-cruscotto-estraneo", "una-password-lunga", false), other, Role.SEGRETARIO);
    mvc.perform(get("/enti/" + CODE + "/cruscotto").with(user(accounts.loadUserByUsername("segretario-cruscotto-estraneo"))))
        .andExpect(status().isNotFound());
    mvc.perform(get("/enti/" + CODE + "/cruscotto")).andExpect(redirectedUrl("/login"));
  }

  @Test
  void afterLoginEachRoleReachesItsFirstScreen() throws Exception {
    mvc.perform(formLogin().user("segretario-cruscotto").password("una-password-lunga")).andExpect(redirectedUrl("/cruscotto"));
    mvc.perform(get("/cruscotto").with(user(accounts.loadUserByUsername("segretario-cruscotto"))))
        .andExpect(redirectedUrl("/enti/" + CODE + "/cruscotto"));
    Person rossi = organization.people(entityId).stream().filter(p -> p.fullName().equals("Geom. Rossi")).findFirst().orElseThrow();
    mvc.perform(get("/cruscotto").with(user(accounts.loadUserByUsername("eq-cruscotto"))))
        .andExpect(redirectedUrl("/enti/" + CODE + "/cruscotto/responsabili/" + rossi.id()));
    mvc.perform(get("/cruscotto").with(user(accounts.loadUserByUsername("ragioneria-cruscotto"))))
        .andExpect(redirectedUrl("/enti/" + CODE + "/pagamenti"));
    mvc.perform(get("/cruscotto").with(user(accounts.loadUserByUsername("admin")))).andExpect(redirectedUrl("/"));
    // a responsabile whose person has no unit yet has no dashboard of their own
    long unitless = organization.addPerson(entityId, "Dott. Bianchi", "Responsabile di servizio (EQ)", false, List.of()).id();
    long eq = users.create("eq-senza-servizio", "una-password-lunga", false);
    users.grant(eq, entityId, Role.RESPONSABILE);
    users.linkPerson(eq, entityId, unitless);
    mvc.perform(get("/cruscotto").with(user(accounts.loadUserByUsername("eq-senza-servizio"))))
        .andExpect(redirectedUrl("/enti/" + CODE + "/cruscotto"));
  }
}
