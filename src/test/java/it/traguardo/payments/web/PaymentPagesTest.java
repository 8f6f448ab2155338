package it.traguardo.payments.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
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
import it.traguardo.payments.PaymentMetric;
import it.traguardo.payments.PaymentMetrics;
import it.traguardo.payments.store.IndicatorBindings;
import it.traguardo.payments.store.PaymentFixtures;
import it.traguardo.payments.store.PaymentRegister;
import it.traguardo.plan.Adoption;
import it.traguardo.plan.PlanState;
import it.traguardo.support.Seed;
import it.traguardo.support.TraguardoIntegrationTest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/** The payments pages: upload, report, indicators and drill-down, binding, and who may see and do what. */
@TraguardoIntegrationTest
class PaymentPagesTest {

  @Autowired MockMvc mvc;
  @Autowired PlanImportService plans;
  @Autowired Entities entities;
  @Autowired it.traguardo.plan.Plans storedPlans;
  @Autowired Actuals actuals;
  @Autowired it.traguardo.audit.AuditTrail trail;
  @Autowired Users accounts;
  @Autowired UserDetailsService users;
  @Autowired PaymentRegister register;
  @Autowired IndicatorBindings bindings;
  @Autowired PaymentMetrics metrics;

  /** An ente with the sample plan, and a user with {@code role} in it. */
  private long enteWith(String code, String username, Role role) {
    ImportResult seed = new PlanTextImporter(BudgetCatalog.standard()).read(Seed.bytes());
    plans.store(
        seed.planOrNull(), code, null, false, "p.txt", "test", seed.diagnostics(), PlanState.IN_MONITORAGGIO,
        new Adoption("Delibera n. 1", LocalDate.of(2024, 1, 30), false));
    long entityId = entities.byCode(code).orElseThrow().id();
    accounts.grant(accounts.create(username, "una-password-lunga", false), entityId, role);
    return entityId;
  }

  private UserDetails login(String username) {
    return users.loadUserByUsername(username);
  }

  private static MockMultipartHttpServletRequestBuilder upload(String code, String events) {
    MockMultipartHttpServletRequestBuilder request = multipart("/enti/{code}/pagamenti", code);
    request.file(new MockMultipartFile("fatture", "fatture.xml", "text/xml", bytes(PaymentFixtures.INVOICES)));
    request.file(new MockMultipartFile("eventi", "C:\\Documenti\\eventi.csv", "text/csv", bytes(events)));
    request.file(new MockMultipartFile("registri", "registro.csv", "text/csv", bytes(PaymentFixtures.REGISTER)));
    return request;
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void theRagioneriaUploadsAndSeesIndicatorsComputedByHand() throws Exception {
    enteWith("pagine-pagamenti", "ragioneria-pagine", Role.RAGIONERIA);

    mvc.perform(upload("pagine-pagamenti", PaymentFixtures.EVENTS).with(user(login("ragioneria-pagine"))).with(csrf()))
        .andExpect(status().is3xxRedirection())
        .andExpect(redirectedUrlPattern("/enti/pagine-pagamenti/pagamenti/importazioni/*"));

    mvc.perform(get("/enti/pagine-pagamenti/pagamenti").param("anno", "2024").with(user(login("ragioneria-pagine"))))
        .andExpect(status().isOk())
        .andExpect(content().string(allOf(
            matchesPattern("(?s).*id=\"itp-anno\"[^>]*><span>" + PaymentFixtures.ITP_2024 + "</span>.*"),
            matchesPattern("(?s).*id=\"itp-t1\"[^>]*><span>" + PaymentFixtures.ITP_Q1_2024 + "</span>.*"),
            matchesPattern("(?s).*id=\"ritardo\"[^>]*><span>" + PaymentFixtures.ANNUAL_DELAY_2024 + "</span>.*"),
            matchesPattern("(?s).*id=\"debito-scaduto\"[^>]*><span>800,00</span>.*"),
            containsString("DPCM 22 settembre 2014, art. 9"),
            containsString("L. 30 dicembre 2018 n. 145, art. 1 c. 859 lett. b e c. 861"),
            containsString("non valutabile"),
            containsString("<svg"),
            containsString("eventi.csv, registro.csv"))));

    mvc.perform(get("/enti/pagine-pagamenti/pagamenti/dettaglio")
            .param("anno", "2024").param("indicatore", "itp").param("trimestre", "1")
            .with(user(login("ragioneria-pagine"))))
        .andExpect(status().isOk())
        .andExpect(content().string(allOf(
            containsString("ITP 1° trimestre 2024"),
            containsString("fatture.xml:16"),
            containsString("fatture.xml:28"),
            containsString("-1.500,00"),
            containsString("8.500,00"),
            matchesPattern("(?s).*id=\"valore\"><span>" + PaymentFixtures.ITP_Q1_2024 + "</span>.*"))));

    mvc.perform(get("/enti/pagine-pagamenti/pagamenti/dettaglio")
            .param("anno", "2024").param("indicatore", "ritardo").param("al", "31/12/2024")
            .with(user(login("ragioneria-pagine"))))
        .andExpect(status().isOk())
        .andExpect(content().string(allOf(
            containsString("registro.csv:3"),
            containsString("73.583,12"),
            matchesPattern("(?s).*id=\"valore\"><span>" + PaymentFixtures.ANNUAL_DELAY_2024 + "</span>.*"))));
    // the same date written as in a CSV
    mvc.perform(get("/enti/pagine-pagamenti/pagamenti/dettaglio")
            .param("anno", "2024").param("indicatore", "ritardo").param("al", "2024-09-30")
            .with(user(login("ragioneria-pagine"))))
        .andExpect(status().isOk())
        .andExpect(content().string(allOf(containsString("al 30/09/2024"), not(containsString("non valida")))));
  }

  @Test
  void theImportReportShowsCountsAndWarnings() throws Exception {
    enteWith("pagine-resoconto", "ragioneria-resoconto", Role.RAGIONERIA);
    String noDueDate = PaymentFixtures.REGISTER.replace("15/06/2024;15/07/2024;", "15/06/2024;;");

    String report = mvc.perform(multipart("/enti/{code}/pagamenti", "pagine-resoconto")
                .file(new MockMultipartFile("registri", "registro.csv", "text/csv", bytes(noDueDate)))
                .with(user(login("ragioneria-resoconto"))).with(csrf()))
        .andExpect(status().is3xxRedirection())
        .andReturn().getResponse().getRedirectedUrl();

    mvc.perform(get(report).with(user(login("ragioneria-resoconto"))))
        .andExpect(status().isOk())
        .andExpect(content().string(allOf(
            matchesPattern("(?s).*id=\"letti\"[^>]*>2<.*"),
            matchesPattern("(?s).*id=\"considerate\"[^>]*>2<.*"),
            matchesPattern("(?s).*id=\"escluse\"[^>]*>0<.*"),
            containsString("registro.csv:2: avviso: fattura R-1: scadenza mancante"))));
  }

  @Test
  void aLocatedErrorStoresNothing() throws Exception {
    long entityId = enteWith("pagine-errore", "ragioneria-errore", Role.RAGIONERIA);

    mvc.perform(upload("pagine-errore", PaymentFixtures.EVENTS_WITH_UNKNOWN_INVOICE)
            .with(user(login("ragioneria-errore"))).with(csrf()))
        .andExpect(status().isUnprocessableContent())
        .andExpect(content().string(allOf(
            containsString("nulla è stato salvato"),
            containsString("eventi.csv:5: fattura non trovata"))));

    assertThat(register.instalments(entityId)).isEmpty();
    assertThat(register.imports(entityId)).isEmpty();
  }

  @Test
  void otherMembersReadButDoNotImport() throws Exception {
    enteWith("pagine-lettura", "ndv-pagamenti", Role.NDV);

    mvc.perform(get("/enti/pagine-lettura/pagamenti").with(user(login("ndv-pagamenti"))))
        .andExpect(status().isOk())
        .andExpect(content().string(not(containsString("name=\"fatture\""))));
    mvc.perform(upload("pagine-lettura", PaymentFixtures.EVENTS).with(user(login("ndv-pagamenti"))).with(csrf()))
        .andExpect(status().isForbidden());
  }

  @Test
  void anotherEntesUserFindsNothing() throws Exception {
    enteWith("pagine-proprio", "ragioneria-propria", Role.RAGIONERIA);
    enteWith("pagine-estraneo", "ragioneria-estranea", Role.RAGIONERIA);

    mvc.perform(get("/enti/pagine-proprio/pagamenti").with(user(login("ragioneria-estranea"))))
        .andExpect(status().isNotFound());
    mvc.perform(upload("pagine-proprio", PaymentFixtures.EVENTS).with(user(login("ragioneria-estranea"))).with(csrf()))
        .andExpect(status().isNotFound());
    mvc.perform(get("/enti/pagine-proprio/pagamenti/dettaglio").param("anno", "2024").param("indicatore", "itp")
            .with(user(login("ragioneria-estranea"))))
        .andExpect(status().isNotFound());
  }

  @Test
  void anonymousVisitorsAreSentToLogin() throws Exception {
    mvc.perform(get("/enti/cedrasco/pagamenti"))
        .andExpect(status().is3xxRedirection())
        .andExpect(redirectedUrl("/login"));
  }

  @Test
  void anUploadWithoutCsrfTokenIsRefused() throws Exception {
    long entityId = enteWith("pagine-csrf", "ragioneria-csrf", Role.RAGIONERIA);

    mvc.perform(upload("pagine-csrf", PaymentFixtures.EVENTS).with(user(login("ragioneria-csrf"))))
        .andExpect(status().isForbidden());

    assertThat(register.imports(entityId)).isEmpty();
  }

  @Test
  void theRagioneriaBindsTheAnnualDelayIndicatorOfThePlan() throws Exception {
    long entityId = enteWith("pagine-collegamento", "ragioneria-collegamento", Role.RAGIONERIA);
    register.importFiles(
        entityId, PaymentFixtures.invoices(), PaymentFixtures.events(), PaymentFixtures.register(), "test");
    // the sample plan starts unbound
    assertThat(bindings.bindings(entityId)).isEmpty();
    assertThat(bindings.candidates(entityId)).allSatisfy(c -> assertThat(c.metric()).isNull());
    long delayIndicator = bindings.candidates(entityId).stream()
        .filter(c -> c.name().toLowerCase().contains("ritardo"))
        .findFirst()
        .orElseThrow()
        .indicatorId();

    mvc.perform(post("/enti/pagine-collegamento/pagamenti/collegamenti")
            .param("indicatore", String.valueOf(delayIndicator)).param("metrica", "ANNUAL_DELAY")
            .with(user(login("ragioneria-collegamento"))).with(csrf()))
        .andExpect(status().is3xxRedirection());

    assertThat(bindings.bindings(entityId)).containsExactlyEntriesOf(
        java.util.Map.of(delayIndicator, PaymentMetric.ANNUAL_DELAY));
    assertThat(trail.of(entityId).get(0)).satisfies(e -> {
      assertThat(e.action()).isEqualTo("INDICATORE_COLLEGATO");
      assertThat(e.actor()).isEqualTo("ragioneria-collegamento");
      assertThat(e.objectiveId()).isNotNull();
      assertThat(e.beforeValue()).isEqualTo("inserito a mano");
      assertThat(e.afterValue()).isEqualTo(PaymentMetric.ANNUAL_DELAY.label());
    });
    assertThat(metrics.boundValue(entityId, delayIndicator, 2024))
        .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("20.19"));
    mvc.perform(get("/enti/pagine-collegamento/pagamenti").with(user(login("ragioneria-collegamento"))))
        .andExpect(content().string(containsString("Indicatori collegati")));
    // objective 7's indicator now fills itself: 20,19 days of delay against a target "< 0" is not reached
    var stored = storedPlans.find(entityId, storedPlans.summaries(entityId).get(0).id()).orElseThrow();
    long objective7 = stored.plan().objectives().get(6).id();
    mvc.perform(get("/enti/pagine-collegamento/piani/{p}/obiettivi/{o}", stored.summary().id(), objective7)
            .param("anno", "2024").with(user(login("ragioneria-collegamento"))))
        .andExpect(content().string(containsString("<span>20,19</span>")))
        .andExpect(content().string(containsString("Non raggiunto")));
    // a new import is in the audit trail, naming the indicator it feeds
    register.importFiles(entityId, PaymentFixtures.invoices(), PaymentFixtures.events(), PaymentFixtures.register(), "ragioneria-collegamento");
    assertThat(trail.of(entityId).get(0))
        .satisfies(e -> {
          assertThat(e.action()).isEqualTo("PAGAMENTI_IMPORTATI");
          assertThat(e.afterValue()).contains("indicatore annuale di ritardo");
        });
    // once the register has the figure, a value by hand needs a reason, and then wins as a justified correction
    int version = actuals.indicator(entityId, delayIndicator).orElseThrow().version();
    assertThat(actuals.record(entityId, delayIndicator, 2024, Checkpoint.FINAL, "-2", null, "ragioneria-collegamento", version))
        .isInstanceOf(Actuals.Outcome.Invalid.class);
    assertThat(actuals.record(entityId, delayIndicator, 2024, Checkpoint.FINAL, "-2", "dato PCC al 31/1: fatture di un fornitore mancanti nel registro", "ragioneria-collegamento", version))
        .isInstanceOf(Actuals.Outcome.Recorded.class);
    mvc.perform(get("/enti/pagine-collegamento/piani/{p}/obiettivi/{o}", stored.summary().id(), objective7)
            .param("anno", "2024").with(user(login("ragioneria-collegamento"))))
        .andExpect(content().string(containsString("<span>-2</span>")))
        .andExpect(content().string(containsString("Raggiunto")));
    // new data: the computed figure counts again, until a new correction is given with its reason
    register.importFiles(entityId, PaymentFixtures.invoices(), PaymentFixtures.events(), PaymentFixtures.register(), "ragioneria-collegamento");
    mvc.perform(get("/enti/pagine-collegamento/piani/{p}/obiettivi/{o}", stored.summary().id(), objective7)
            .param("anno", "2024").with(user(login("ragioneria-collegamento"))))
        .andExpect(content().string(containsString("<span>20,19</span>")));

    mvc.perform(post("/enti/pagine-collegamento/pagamenti/collegamenti")
            .param("indicatore", String.valueOf(delayIndicator)).param("metrica", "")
            .with(user(login("ragioneria-collegamento"))).with(csrf()))
        .andExpect(status().is3xxRedirection());
    assertThat(bindings.bindings(entityId)).isEmpty();
    assertThat(trail.of(entityId).get(0)).satisfies(e -> {
      assertThat(e.action()).isEqualTo("INDICATORE_SCOLLEGATO");
      assertThat(e.afterValue()).isEqualTo("inserito a mano");
    });
    assertThat(metrics.boundValue(entityId, delayIndicator, 2024)).isEmpty();
  }

  @Test
  void anIndicatorOfAnotherEnteCannotBeBound() throws Exception {
    enteWith("pagine-vincolo", "ragioneria-vincolo", Role.RAGIONERIA);
    long otherEnte = entities.byCode("cedrasco").orElseThrow().id();
    long foreignIndicator = bindings.candidates(otherEnte).get(0).indicatorId();

    mvc.perform(post("/enti/pagine-vincolo/pagamenti/collegamenti")
            .param("indicatore", String.valueOf(foreignIndicator)).param("metrica", "ANNUAL_DELAY")
            .with(user(login("ragioneria-vincolo"))).with(csrf()))
        .andExpect(status().isNotFound());
  }
}
