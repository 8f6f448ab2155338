package it.traguardo.nextyear;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import it.traguardo.audit.AuditTrail;
import it.traguardo.evaluation.store.PaymentObjectives;
import it.traguardo.payments.PaymentMetric;
import it.traguardo.payments.store.IndicatorBindings;
import it.traguardo.plan.Indicator;
import it.traguardo.plan.Objective;
import it.traguardo.support.SampleEnte;
import it.traguardo.catalog.BudgetCatalog;
import it.traguardo.importer.ImportResult;
import it.traguardo.importer.PlanImportService;
import it.traguardo.importer.PlanTextImporter;
import it.traguardo.organization.Entities;
import it.traguardo.organization.Role;
import it.traguardo.organization.Users;
import it.traguardo.plan.Adoption;
import it.traguardo.plan.PlanState;
import it.traguardo.plan.PlanSummary;
import it.traguardo.plan.Plans;
import it.traguardo.plan.StoredPlan;
import it.traguardo.support.Seed;
import it.traguardo.support.TraguardoIntegrationTest;
import java.time.LocalDate;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** Next year's plan on PostgreSQL: created once from a plan past BOZZA, linked both ways, reviewed, audited, refused twice. */
@TraguardoIntegrationTest
class NextYearPlansTest {

  @Autowired MockMvc mvc;
  @Autowired PlanImportService imports;
  @Autowired Entities entities;
  @Autowired Plans plans;
  @Autowired Users users;
  @Autowired UserDetailsService accounts;
  @Autowired NextYearPlans nextYear;
  @Autowired AuditTrail audit;
  @Autowired ApplicationContext context;
  @Autowired PaymentObjectives paymentObjectives;
  @Autowired IndicatorBindings bindings;

  private long store(String code, PlanState state) {
    ImportResult seed = new PlanTextImporter(BudgetCatalog.standard()).read(Seed.bytes());
    return imports.store(seed.planOrNull(), code, null, false, "p.txt", "test", seed.diagnostics(), state,
            state == PlanState.BOZZA ? null : new Adoption("Delibera di Giunta n. 4", LocalDate.of(2024, 1, 25), false))
        .planId();
  }

  @Test
  void theDraftKeepsThePaymentObjectiveMarkAndTheRegisterBindingOfItsIndicator() {
    SampleEnte.Created ente = new SampleEnte(context).create("prova-anno-pagamenti");
    Indicator delay = ente.indicator("7", 0);
    Indicator other = ente.indicator("6", 0);
    assertThat(bindings.bind(ente.entityId(), delay.id(), PaymentMetric.ANNUAL_DELAY, "ragioneria")).isTrue();
    assertThat(bindings.bind(ente.entityId(), other.id(), PaymentMetric.ITP, "ragioneria")).isTrue();

    NextYearPlans.Outcome outcome = nextYear.create(ente.entityId(), ente.planId(), "segretario");
    long draftId = ((NextYearPlans.Outcome.Created) outcome).plan().id();
    StoredPlan draft = plans.find(ente.entityId(), draftId).orElseThrow();
    Objective seven = draft.plan().objectives().stream().filter(o -> o.number().equals("7")).findFirst().orElseThrow();
    Objective six = draft.plan().objectives().stream().filter(o -> o.number().equals("6")).findFirst().orElseThrow();

    // the sample marks objective 7 of the source: the draft's objective 7, and only it, is marked too
    assertThat(paymentObjectives.marked(ente.entityId())).containsExactlyInAnyOrder(ente.objective("7").id(), seven.id());
    assertThat(paymentObjectives.of(ente.entityId(), draft.plan())).containsExactly(seven.id());
    assertThat(bindings.metric(ente.entityId(), seven.indicators().get(0).id())).contains(PaymentMetric.ANNUAL_DELAY);
    assertThat(bindings.metric(ente.entityId(), six.indicators().get(0).id())).contains(PaymentMetric.ITP);
    assertThat(bindings.bindings(ente.entityId())).hasSize(4);
    // the draft is now the ente's latest plan: the register's binding page lists its indicators, bound
    assertThat(bindings.candidates(ente.entityId()))
        .filteredOn(c -> c.metric() != null)
        .extracting(IndicatorBindings.Candidate::indicatorId)
        .containsExactly(six.indicators().get(0).id(), seven.indicators().get(0).id());
    assertThat(audit.of(ente.entityId())).anySatisfy(entry -> {
      assertThat(entry.action()).isEqualTo("OBIETTIVO_TEMPESTIVITA_PAGAMENTI");
      assertThat(entry.planId()).isEqualTo(draftId);
      assertThat(entry.objectiveId()).isEqualTo(seven.id());
      assertThat(entry.afterValue()).isEqualTo("indicato, come nel piano 2024-2026");
    });
  }

  @Test
  void theSegretarioCreatesTheDraftOnceAndSeesWhatToReview() throws Exception {
    long source = store("prova-anno-pagine", PlanState.IN_MONITORAGGIO);
    long entityId = entities.byCode("prova-anno-pagine").orElseThrow().id();
    var admin = user(accounts.loadUserByUsername("admin"));
    String planPage = mvc.perform(get("/enti/prova-anno-pagine/piani/{id}", source).with(admin))
        .andReturn().getResponse().getContentAsString();
    assertThat(planPage).contains("Crea il piano 2025–2027");

    String location = mvc.perform(post("/enti/prova-anno-pagine/piani/{id}/anno-successivo", source).with(admin).with(csrf()))
        .andExpect(status().is3xxRedirection())
        .andExpect(flash().attribute("message", "Creata la bozza del piano 2025–2027: 69 elementi da rivedere prima dell'adozione."))
        .andReturn().getResponse().getRedirectedUrl();
    PlanSummary draft = plans.byPeriod(entityId, 2025, 2027).orElseThrow();
    assertThat(location).isEqualTo("/enti/prova-anno-pagine/piani/" + draft.id() + "/da-rivedere");
    assertThat(draft.state()).isEqualTo(PlanState.BOZZA);
    assertThat(draft.objectiveCount()).isEqualTo(19);
    StoredPlan stored = plans.find(entityId, draft.id()).orElseThrow();
    assertThat(stored.plan().title()).isEqualTo("Piano Integrato di Attività ed Organizzazione 2025-2027");
    assertThat(stored.plan().objectives().get(5).phases().get(0).years()).containsExactly(2025, 2026, 2027);
    assertThat(plans.lineage(entityId, draft.id()).source()).map(PlanSummary::id).contains(source);
    assertThat(plans.lineage(entityId, source).successors()).extracting(PlanSummary::id).containsExactly(draft.id());

    assertThat(nextYear.review(entityId, draft.id())).hasSize(69).first()
        .satisfies(item -> {
          assertThat(item.reason()).isEqualTo(ReviewReason.PREMESSA);
          assertThat(item.objectiveId()).isNull();
        });
    assertThat(nextYear.review(entityId, draft.id()))
        .filteredOn(item -> item.reason() == ReviewReason.OBIETTIVO_CONCLUSO)
        .extracting(StoredReviewItem::objectiveId)
        .containsExactly(
            stored.plan().objectives().get(1).id(), stored.plan().objectives().get(2).id(),
            stored.plan().objectives().get(3).id(), stored.plan().objectives().get(10).id());
    assertThat(audit.of(entityId)).first().satisfies(entry -> {
      assertThat(entry.action()).isEqualTo("PIANO_ANNO_SUCCESSIVO");
      assertThat(entry.subject()).isEqualTo("Piano 2025-2027 creato dal piano 2024-2026 (id " + source + ")");
      assertThat(entry.afterValue()).isEqualTo("bozza; 69 elementi da rivedere");
    });

    String review = mvc.perform(get(location).with(admin)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    assertThat(review).contains("Da rivedere nel piano 2025–2027").contains("69 elementi")
        .contains("La premessa è ripresa dal piano 2024–2026: aggiornarla per il 2025–2027.")
        .contains("Obiettivo concluso").contains("Il nome cita il 2024");
    String draftPage = mvc.perform(get("/enti/prova-anno-pagine/piani/{id}", draft.id()).with(admin))
        .andReturn().getResponse().getContentAsString();
    assertThat(draftPage).contains("Creato dal piano").contains("PIAO 2024–2026").contains("elementi da rivedere")
        .doesNotContain("Crea il piano 2026–2028");
    planPage = mvc.perform(get("/enti/prova-anno-pagine/piani/{id}", source).with(admin)).andReturn().getResponse().getContentAsString();
    assertThat(planPage).contains("Piano dell'anno successivo").contains("PIAO 2025–2027").doesNotContain("Crea il piano 2025–2027");
    // the draft is not public: a visitor sees no link to it
    String publicPage = mvc.perform(get("/enti/prova-anno-pagine/piani/{id}", source)).andReturn().getResponse().getContentAsString();
    assertThat(publicPage).doesNotContain("Piano dell'anno successivo").doesNotContain("Piani collegati");
    // the history pages link the two plans as well, the draft still only for members
    assertThat(mvc.perform(get("/enti/prova-anno-pagine/piani/{id}/storia", source).with(admin)).andReturn().getResponse().getContentAsString())
        .contains("Piani collegati").contains("Piano dell'anno successivo").contains("PIAO 2025–2027");
    assertThat(mvc.perform(get("/enti/prova-anno-pagine/piani/{id}/storia", draft.id()).with(admin)).andReturn().getResponse().getContentAsString())
        .contains("Creato dal piano").contains("PIAO 2024–2026").doesNotContain("elementi da rivedere");
    assertThat(mvc.perform(get("/enti/prova-anno-pagine/piani/{id}/storia", source)).andReturn().getResponse().getContentAsString())
        .doesNotContain("Piani collegati");

    // a second request for the same period is refused with a clear message, and nothing more is created
    mvc.perform(post("/enti/prova-anno-pagine/piani/{id}/anno-successivo", source).with(admin).with(csrf()))
        .andExpect(redirectedUrl("/enti/prova-anno-pagine/piani/" + source))
        .andExpect(flash().attribute("problem", "Il piano 2025–2027 esiste già (bozza): non se ne crea un secondo per lo stesso periodo."));
    assertThat(plans.summaries(entityId)).hasSize(2);
  }

  @Test
  void theApiAnswers201WithTheDraftAndRefusesWhatItMustNot() throws Exception {
    long source = store("prova-anno-api", PlanState.ADOTTATO);
    long entityId = entities.byCode("prova-anno-api").orElseThrow().id();
    users.grant(users.create("giunta-anno-api", "una-password-lunga", false), entityId, Role.GIUNTA);
    long stranger = entities.create("prova-anno-estraneo", "Comune estraneo").id();
    users.grant(users.create("segretario-anno-estraneo", "una-password-lunga", false), stranger, Role.SEGRETARIO);

    mvc.perform(post("/api/v1/plans/{id}/next-year", source)).andExpect(status().isUnauthorized());
    mvc.perform(post("/api/v1/plans/{id}/next-year", source).with(httpBasic("segretario-anno-estraneo", "una-password-lunga")))
        .andExpect(status().isNotFound());
    mvc.perform(post("/api/v1/plans/{id}/next-year", source).with(httpBasic("giunta-anno-api", "una-password-lunga")))
        .andExpect(status().isForbidden());

    String body = mvc.perform(post("/api/v1/plans/{id}/next-year", source).with(httpBasic("admin", "test-admin-password")))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.firstYear").value(2025))
        .andExpect(jsonPath("$.lastYear").value(2027))
        .andExpect(jsonPath("$.state").value("BOZZA"))
        .andExpect(jsonPath("$.sourcePlanId").value(source))
        .andExpect(header().string("Location", Matchers.matchesPattern("/api/v1/plans/\\d+")))
        .andReturn().getResponse().getContentAsString();
    long draft = plans.byPeriod(entityId, 2025, 2027).orElseThrow().id();
    assertThat(body).startsWith("{\"id\":" + draft + ",\"firstYear\":2025,\"lastYear\":2027,\"state\":\"BOZZA\"");

    mvc.perform(post("/api/v1/plans/{id}/next-year", source).with(httpBasic("admin", "test-admin-password")))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.existingId").value(draft))
        .andExpect(jsonPath("$.message").value("Il piano 2025–2027 esiste già (bozza): non se ne crea un secondo per lo stesso periodo."));
    mvc.perform(post("/api/v1/plans/{id}/next-year", draft).with(httpBasic("admin", "test-admin-password")))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.message").value(
            "Il piano 2025–2027 è ancora una bozza: il piano dell'anno successivo si crea da un piano adottato."));
    assertThat(plans.summaries(entityId)).hasSize(2);
  }
}
