package it.traguardo.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import it.traguardo.audit.AuditEntry;
import it.traguardo.audit.AuditTrail;
import it.traguardo.evaluation.store.Evaluations;
import it.traguardo.evaluation.store.Outcome;
import it.traguardo.evaluation.store.PaymentObjectives;
import it.traguardo.evaluation.store.Reviews;
import it.traguardo.evaluation.store.SmvpStore;
import it.traguardo.evaluation.store.YearValidation;
import it.traguardo.organization.Entities;
import it.traguardo.organization.Organization;
import it.traguardo.organization.Role;
import it.traguardo.organization.Users;
import it.traguardo.plan.PlanLifecycle;
import it.traguardo.support.SampleEnte;
import it.traguardo.support.TraguardoIntegrationTest;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The NdV's workspace, the evaluation pages and the SMVP page in the browser's place: rights, reasons, conflicts. */
@TraguardoIntegrationTest
class EvaluationPagesTest {

  @Autowired ApplicationContext context;
  @Autowired MockMvc mvc;
  @Autowired UserDetailsService users;
  @Autowired Users accounts;
  @Autowired Entities entities;
  @Autowired Reviews reviews;
  @Autowired Evaluations evaluations;
  @Autowired PlanLifecycle lifecycle;
  @Autowired YearValidation validation;
  @Autowired AuditTrail audit;
  @Autowired SmvpStore smvps;
  @Autowired Organization organization;
  @Autowired JdbcClient jdbc;
  @Autowired PaymentObjectives paymentObjectives;

  private UserDetails as(String username) {
    return users.loadUserByUsername(username);
  }

  private static MockHttpServletRequestBuilder form(String url) {
    return post(url).with(csrf()).contentType(MediaType.APPLICATION_FORM_URLENCODED);
  }

  @Test
  void theNdvSetsAnObjectivesAchievementOnlyWithAReasonAndTheComputedOneStaysVisible() throws Exception {
    SampleEnte sample = new SampleEnte(context);
    SampleEnte.Created ente = sample.create("nucleo-pagine");
    sample.record(ente, ente.indicator("6", 1), 2024, "2");
    String base = "/enti/nucleo-pagine/piani/" + ente.planId() + "/nucleo/obiettivi/" + ente.objective("6").id();
    UserDetails ndv = as("nucleo-pagine-ndv");

    mvc.perform(form(base + "/grado").with(user(ndv)).param("year", "2024").param("version", "-1").param("percentage", "90").param("reason", ""))
        .andExpect(redirectedUrl(base + "?anno=2024"))
        .andExpect(flash().attribute("problem", "Indicare la motivazione: il grado stabilito dal Nucleo la richiede sempre."));
    mvc.perform(form(base + "/grado").with(user(ndv)).param("year", "2024").param("version", "-1").param("percentage", "novanta").param("reason", "x"))
        .andExpect(flash().attribute("problem", Matchers.startsWith("Grado «novanta» non valido")));
    mvc.perform(form(base + "/grado").with(user(ndv)).param("year", "2024").param("version", "-1").param("percentage", "92,5")
            .param("reason", "Variazioni non necessarie nell'anno"))
        .andExpect(redirectedUrl(base + "?anno=2024"))
        .andExpect(flash().attribute("message", "Grado dell'obiettivo stabilito dal Nucleo."));

    String page = mvc.perform(get(base).param("anno", "2024").with(user(ndv))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    // computed: 2 of 3 variations → 66,67, the only evaluable indicator; the NdV's 92,50 counts
    assertThat(page).contains("66,67 %").contains("92,50 %").contains("Motivazione: Variazioni non necessarie nell&#39;anno");
    String workspace =
        mvc.perform(get("/enti/nucleo-pagine/piani/" + ente.planId() + "/nucleo").param("anno", "2024").with(user(ndv)))
            .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    assertThat(workspace).contains("1 obiettivi esaminati su 19").contains("grado stabilito dal Nucleo");
    assertThat(audit.ofObjective(ente.entityId(), ente.objective("6").id()))
        .anySatisfy(e -> assertThat(e.action()).isEqualTo("NDV_GRADO_RIDETERMINATO"));

    // a second NdV member who read the page before the change: the conflict page shows both and loses nothing
    String conflict =
        mvc.perform(form(base + "/grado").with(user(ndv)).param("year", "2024").param("version", "-1").param("percentage", "80")
                .param("reason", "Letto prima"))
            .andExpect(status().isOk())
            .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    assertThat(conflict).contains("Il dato è stato modificato nel frattempo")
        .contains("grado stabilito dal Nucleo: 92,50 % – Variazioni non necessarie nell&#39;anno").contains("80 % – Letto prima")
        .contains("name=\"reason\" value=\"Letto prima\"").contains("name=\"version\" value=\"0\"");

    // an indicator: the qualitative target of objective 19, judged by the NdV, then back to the computed value
    String nineteen = "/enti/nucleo-pagine/piani/" + ente.planId() + "/nucleo/obiettivi/" + ente.objective("19").id();
    String indicator = nineteen + "/indicatori/" + ente.indicator("19", 1).id();
    mvc.perform(form(indicator).with(user(ndv)).param("year", "2024").param("version", "-1").param("percentage", "100")
            .param("reason", "Tutti gli immobili con documentazione"))
        .andExpect(flash().attribute("message", Matchers.startsWith("Grado di «n. immobili/edifici affrancati» stabilito")));
    assertThat(reviews.indicators(ente.entityId(), ente.planId(), 2024)).hasSize(1);
    mvc.perform(form(indicator).with(user(ndv)).param("year", "2024").param("version", "0").param("action", "rimuovi"))
        .andExpect(flash().attribute("message", Matchers.endsWith("conta di nuovo il grado calcolato.")));
    assertThat(reviews.indicators(ente.entityId(), ente.planId(), 2024)).isEmpty();
  }

  @Test
  void onlyTheNdvWritesTheEnteReadsAndOthersGetNothing() throws Exception {
    SampleEnte.Created ente = new SampleEnte(context).create("nucleo-diritti");
    String workspace = "/enti/nucleo-diritti/piani/" + ente.planId() + "/nucleo";
    String accept = workspace + "/obiettivi/" + ente.objective("1").id() + "/accetta";
    mvc.perform(get(workspace).accept(MediaType.TEXT_HTML)).andExpect(redirectedUrl("/login"));
    mvc.perform(get(workspace).with(user(as("nucleo-diritti-giunta")))).andExpect(status().isOk());
    mvc.perform(form(accept).with(user(as("nucleo-diritti-giunta"))).param("year", "2024").param("version", "-1"))
        .andExpect(status().isForbidden());
    mvc.perform(form(accept).with(user(as("nucleo-diritti-segretario"))).param("year", "2024").param("version", "-1"))
        .andExpect(status().isForbidden());
    long other = entities.create("nucleo-estraneo", "Comune estraneo").id();
    accounts.grant(accounts.create("nucleo-estraneo-ndv", SampleEnte.PASSWORD, false), other, Role.NDV);
    mvc.perform(get(workspace).with(user(as("nucleo-estraneo-ndv")))).andExpect(status().isNotFound());
    mvc.perform(form(accept).with(user(as("nucleo-estraneo-ndv"))).param("year", "2024").param("version", "-1"))
        .andExpect(status().isNotFound());
    mvc.perform(form(accept).with(user(as("nucleo-diritti-ndv"))).param("year", "2024").param("version", "-1"))
        .andExpect(flash().attribute("message", "Grado calcolato accettato."));

    String evaluations = "/enti/nucleo-diritti/piani/" + ente.planId() + "/valutazioni";
    mvc.perform(get(evaluations).with(user(as("nucleo-diritti-segretario")))).andExpect(status().isOk());
    mvc.perform(get(evaluations).with(user(as("nucleo-diritti-eq1")))).andExpect(status().isForbidden());
    // an EQ sees their own evaluation and sheet, nobody else's
    mvc.perform(get(evaluations + "/" + ente.eqs().get(0)).with(user(as("nucleo-diritti-eq1")))).andExpect(status().isOk());
    mvc.perform(get(evaluations + "/" + ente.eqs().get(1)).with(user(as("nucleo-diritti-eq1")))).andExpect(status().isForbidden());
    mvc.perform(get(evaluations + "/" + ente.eqs().get(1) + "/scheda.pdf").with(user(as("nucleo-diritti-eq1"))))
        .andExpect(status().isForbidden());
    mvc.perform(get(evaluations + "/" + ente.eqs().get(0)).with(user(as("nucleo-estraneo-ndv")))).andExpect(status().isNotFound());
    mvc.perform(get("/enti/nucleo-diritti/smvp").with(user(as("nucleo-estraneo-ndv")))).andExpect(status().isNotFound());
  }

  @Test
  void criterionWeightsShowTheirDecimals() throws Exception {
    SampleEnte.Created ente = new SampleEnte(context).create("valutazione-criteri");
    Smvp standard = Smvp.standard();
    java.util.List<Smvp.Criterion> criteria = new java.util.ArrayList<>(standard.criteria());
    Smvp.Criterion first = criteria.get(0);
    Smvp.Criterion second = criteria.get(1);
    criteria.set(0, new Smvp.Criterion(first.name(), first.description(), first.weight().subtract(new BigDecimal("7.5"))));
    criteria.set(1, new Smvp.Criterion(second.name(), second.description(), second.weight().add(new BigDecimal("7.5"))));
    Smvp smvp = new Smvp(standard.resultsWeight(), standard.behaviourWeight(), criteria, standard.scale(), standard.bands(), standard.budget());
    assertThat(smvps.save(ente.entityId(), 2024, smvp, 0, "test")).isEqualTo(Outcome.SAVED);
    String page =
        mvc.perform(get("/enti/valutazione-criteri/piani/" + ente.planId() + "/valutazioni/" + ente.eqs().get(0))
                .param("anno", "2024").with(user(as("valutazione-criteri-ndv"))))
            .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    String shown = first.weight().subtract(new BigDecimal("7.5")).stripTrailingZeros().toPlainString().replace('.', ',');
    assertThat(shown).contains(",5");
    assertThat(page).contains(first.name() + " (peso " + shown + ")");
  }

  @Test
  void anEqsPageWeighsScoresAndAcknowledges() throws Exception {
    SampleEnte sample = new SampleEnte(context);
    SampleEnte.Created ente = sample.create("valutazione-pagine");
    long eq1 = ente.eqs().get(0);
    String page = "/enti/valutazione-pagine/piani/" + ente.planId() + "/valutazioni/" + eq1;
    UserDetails segretario = as("valutazione-pagine-segretario");

    // weights: objective 7 at 42,85 is refused citing the norm; 43 with the rest shared is saved
    MockHttpServletRequestBuilder weights = form(page + "/pesi").with(user(segretario)).param("year", "2024").param("version", "0");
    MockHttpServletRequestBuilder under = form(page + "/pesi").with(user(segretario)).param("year", "2024").param("version", "0");
    for (String number : new String[] {"1", "2", "3", "4", "5", "6", "8", "9", "10", "11", "12", "13", "14"}) {
      weights.param("peso-" + number, "4,35");
      under.param("peso-" + number, "4,35");
    }
    under.param("peso-7", "42,85");
    mvc.perform(under).andExpect(flash().attribute("problem", Matchers.containsString("art. 4-bis c. 2 DL 24 febbraio 2023 n. 13")));
    // 13 × 4,35 = 56,55; + 43,45 = 100
    mvc.perform(weights.param("peso-7", "43,45")).andExpect(flash().attribute("message", "Pesi degli obiettivi salvati."));
    assertThat(evaluations.of(ente.entityId(), ente.plan(), 2024).manager(eq1).orElseThrow().customWeights()).isTrue();

    // the EQ cannot acknowledge an incomplete sheet; the NdV scores behaviour, a value makes the results known
    UserDetails eq = as("valutazione-pagine-eq1");
    // the EQ finds their evaluation from the NdV's workspace, and only theirs
    assertThat(mvc.perform(get("/enti/valutazione-pagine/piani/" + ente.planId() + "/nucleo").param("anno", "2024").with(user(eq)))
            .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
        .contains("La mia valutazione").contains("/valutazioni/" + eq1 + "?anno=2024").doesNotContain("Valutazioni individuali");
    mvc.perform(get(page).with(user(eq))).andExpect(status().isOk());
    mvc.perform(form(page + "/presa-visione").with(user(eq)).param("year", "2024").param("version", "1").param("date", "10/06/2025"))
        .andExpect(flash().attribute("problem", Matchers.startsWith("La scheda non è ancora completa")));
    sample.record(ente, ente.indicator("7", 0), 2024, "-1");
    MockHttpServletRequestBuilder behaviour =
        form(page + "/comportamenti").with(user(as("valutazione-pagine-ndv"))).param("year", "2024").param("version", "1")
            .param("note", "Buona collaborazione");
    for (int i = 0; i < 5; i++) {
      behaviour.param("livello-" + i, "4");
    }
    mvc.perform(behaviour).andExpect(flash().attribute("message", "Valutazione dei comportamenti salvata."));
    mvc.perform(form(page + "/comportamenti").with(user(eq)).param("year", "2024").param("version", "2").param("livello-0", "5"))
        .andExpect(status().isForbidden());
    // results: only 7 evaluable → 100; behaviour all 4 → 80; total 70 + 24 = 94 → 100 % of € 2.000
    String shown = mvc.perform(get(page).param("anno", "2024").with(user(eq))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    assertThat(shown).contains("94,00").contains("€ 2.000,00").contains("Prendo visione della scheda");
    mvc.perform(form(page + "/presa-visione").with(user(eq)).param("year", "2024").param("version", "2").param("date", "10/06/2025")
            .param("comment", "Nessuna osservazione"))
        .andExpect(flash().attribute("message", "Presa visione registrata."));
    assertThat(evaluations.of(ente.entityId(), ente.plan(), 2024).manager(eq1).orElseThrow().stored().acknowledgedOn())
        .isEqualTo(LocalDate.of(2025, 6, 10));

    byte[] pdf = mvc.perform(get(page + "/scheda.pdf").param("anno", "2024").with(user(eq)))
        .andExpect(status().isOk())
        .andReturn().getResponse().getContentAsByteArray();
    assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
  }

  @Test
  void aLevelThatIsNotANumberAndAPersonWhoIsNotAnEqAreAnsweredWithAPageNotAnError() throws Exception {
    SampleEnte.Created ente = new SampleEnte(context).create("valutazione-input");
    String base = "/enti/valutazione-input/piani/" + ente.planId() + "/valutazioni/";
    String behaviour = base + ente.eqs().get(0) + "/comportamenti";
    String refused =
        mvc.perform(form(behaviour).with(user(as("valutazione-input-ndv"))).param("year", "2024").param("version", "-1")
                .param("livello-0", "4").param("livello-1", "molto"))
            .andExpect(status().isUnprocessableContent())
            .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    String second = Smvp.standard().criteria().get(1).name();
    assertThat(refused).contains("La modifica non è stata salvata")
        .contains("Livello del criterio «" + second + "»: «molto» non è un livello della scala, atteso un numero intero.")
        .contains("href=\"" + base + ente.eqs().get(0) + "?anno=2024\"");
    assertThat(evaluations.of(ente.entityId(), ente.plan(), 2024).manager(ente.eqs().get(0)).orElseThrow().stored().behaviour()).isEmpty();

    long segretario =
        organization.people(ente.entityId()).stream().filter(p -> p.unitIds().isEmpty()).findFirst().orElseThrow().id();
    for (long person : new long[] {segretario, 999_999}) {
      mvc.perform(form(base + person + "/pesi").with(user(as("valutazione-input-segretario"))).param("year", "2024")
              .param("version", "-1").param("peso-1", "100"))
          .andExpect(status().isNotFound());
      mvc.perform(form(base + person + "/retribuzione").with(user(as("valutazione-input-segretario"))).param("year", "2024")
              .param("version", "-1").param("allowance", "1000"))
          .andExpect(status().isNotFound());
      mvc.perform(form(base + person + "/comportamenti").with(user(as("valutazione-input-ndv"))).param("year", "2024")
              .param("version", "-1").param("livello-0", "4"))
          .andExpect(status().isNotFound());
    }
  }

  @Test
  void whoPaysInvoicesAndThePaymentObjectiveAreAuditedAndFrozenWithTheValidatedYear() throws Exception {
    SampleEnte.Created ente = new SampleEnte(context).create("pagamenti-registro");
    String base = "/enti/pagamenti-registro/piani/" + ente.planId() + "/valutazioni";
    UserDetails segretario = as("pagamenti-registro-segretario");
    long eq2 = ente.eqs().get(1);
    String name = "Responsabile " + SampleEnte.SERVIZIO_2;

    mvc.perform(form(base + "/" + eq2 + "/pagamenti").with(user(segretario)).param("year", "2024").param("paysInvoices", "false"))
        .andExpect(redirectedUrl(base + "?anno=2024"));
    AuditEntry flag = audit.of(ente.entityId()).get(0);
    assertThat(flag.action()).isEqualTo("RESPONSABILE_PAGAMENTO_FATTURE");
    assertThat(flag.actor()).isEqualTo("pagamenti-registro-segretario");
    assertThat(flag.planId()).isEqualTo(ente.planId());
    assertThat(flag.subject()).isEqualTo(name + ": responsabile del pagamento delle fatture commerciali (art. 4-bis c. 2 DL 13/2023)");
    assertThat(flag.beforeValue()).isEqualTo("sì");
    assertThat(flag.afterValue()).isEqualTo("no");
    // the same value again changes nothing and records nothing
    int entries = audit.of(ente.entityId()).size();
    mvc.perform(form(base + "/" + eq2 + "/pagamenti").with(user(segretario)).param("year", "2024").param("paysInvoices", "false"))
        .andExpect(redirectedUrl(base + "?anno=2024"));
    assertThat(audit.of(ente.entityId())).hasSize(entries);

    long twelve = ente.objective("12").id();
    mvc.perform(form(base + "/obiettivi-pagamenti").with(user(segretario)).param("year", "2024").param("objectiveId", String.valueOf(twelve))
            .param("marked", "true"))
        .andExpect(redirectedUrl(base + "?anno=2024"));
    AuditEntry mark = audit.of(ente.entityId()).get(0);
    assertThat(mark.action()).isEqualTo("OBIETTIVO_TEMPESTIVITA_PAGAMENTI");
    assertThat(mark.objectiveId()).isEqualTo(twelve);
    assertThat(mark.beforeValue()).isEqualTo("non indicato");
    assertThat(mark.afterValue()).isEqualTo("indicato");

    lifecycle.report(ente.entityId(), ente.planId(), 2024, "segretario");
    assertThat(validation.validate(ente.entityId(), ente.plan(), 2024, "Verbale n. 5", LocalDate.of(2025, 6, 12), null, "ndv"))
        .isEqualTo(Outcome.SAVED);
    entries = audit.of(ente.entityId()).size();
    String flagRefused =
        mvc.perform(form(base + "/" + eq2 + "/pagamenti").with(user(segretario)).param("year", "2024").param("paysInvoices", "true"))
            .andExpect(status().isConflict())
            .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    assertThat(flagRefused).contains(
        "I risultati del 2024 sono stati validati dal Nucleo di Valutazione: chi è responsabile del pagamento delle fatture non si"
            + " cambia più, perché cambia gli obiettivi su cui il responsabile è valutato.");
    String markRefused =
        mvc.perform(form(base + "/obiettivi-pagamenti").with(user(segretario)).param("year", "2024")
                .param("objectiveId", String.valueOf(twelve)).param("marked", "false"))
            .andExpect(status().isConflict())
            .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    assertThat(markRefused).contains(
        "I risultati del 2024 sono stati validati dal Nucleo di Valutazione: l&#39;obiettivo sulla tempestività dei pagamenti non si"
            + " cambia più, perché cambia gli obiettivi su cui sono valutati i responsabili.");
    assertThat(organization.people(ente.entityId()).stream().filter(p -> p.id() == eq2).findFirst().orElseThrow().paysInvoices()).isFalse();
    assertThat(paymentObjectives.marked(ente.entityId())).contains(twelve);
    assertThat(audit.of(ente.entityId())).hasSize(entries);
    // the validated year's list offers neither change any more
    assertThat(mvc.perform(get(base).param("anno", "2024").with(user(segretario))).andReturn().getResponse()
            .getContentAsString(StandardCharsets.UTF_8))
        .doesNotContain("/pagamenti\"").doesNotContain("Indica come obiettivo sulla tempestività");
  }

  @Test
  void theSmvpIsTheSegretariosAndRefusesWhatBreaksTheRules() throws Exception {
    SampleEnte.Created ente = new SampleEnte(context).create("smvp-pagine");
    String url = "/enti/smvp-pagine/smvp";
    String shown = mvc.perform(get(url).param("anno", "2025").with(user(as("smvp-pagine-ndv")))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    assertThat(shown).contains("il sistema stabilito per il 2024").contains("Valutazione dei collaboratori").contains("value=\"5000,00\"");
    String refused =
        mvc.perform(smvp(url, "25", "75")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    assertThat(refused).contains("Il sistema di valutazione non è stato salvato").contains("il peso dei risultati deve essere almeno 30")
        .contains("value=\"Con tutti, anche con gli organi\"");
    mvc.perform(form(url).with(user(as("smvp-pagine-ndv"))).param("year", "2025").param("version", "-1"))
        .andExpect(status().isForbidden());
    mvc.perform(smvp(url, "60", "40")).andExpect(redirectedUrl(url + "?anno=2025"));
    assertThat(smvps.of(ente.entityId(), 2026).smvp().criteria()).extracting(Smvp.Criterion::name).containsExactly("Collaborazione");
  }

  @Test
  void theSmvpOfAValidatedYearAndTheOneItInheritsNoLongerChange() throws Exception {
    SampleEnte.Created ente = new SampleEnte(context).create("smvp-validato");
    String url = "/enti/smvp-validato/smvp";
    assertThat(smvps.save(ente.entityId(), 2023, Smvp.standard(), -1, "segretario")).isEqualTo(Outcome.SAVED);
    // the ente's 2024 inherits the 2023 configuration
    jdbc.sql("delete from smvp where entity_id = ? and year = 2024").param(ente.entityId()).update();
    lifecycle.report(ente.entityId(), ente.planId(), 2024, "segretario");
    assertThat(validation.validate(ente.entityId(), ente.plan(), 2024, "Verbale n. 4", LocalDate.of(2025, 6, 12), null, "ndv"))
        .isEqualTo(Outcome.SAVED);

    String own =
        mvc.perform(smvp(url, "smvp-validato-segretario", 2024, smvps.of(ente.entityId(), 2024).version(), "60", "40"))
            .andExpect(status().isConflict())
            .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    assertThat(own).contains("Il sistema di valutazione non è stato salvato")
        .contains("Il sistema di valutazione del 2024 non si modifica più: i risultati del 2024 sono stati validati dal Nucleo di Valutazione.")
        .contains("value=\"Con tutti, anche con gli organi\"");
    String inherited =
        mvc.perform(smvp(url, "smvp-validato-segretario", 2023, smvps.of(ente.entityId(), 2023).version(), "60", "40"))
            .andExpect(status().isConflict())
            .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    assertThat(inherited).contains(
        "Il sistema di valutazione del 2023 non si modifica più: vale anche per il 2024, i cui risultati sono stati validati dal Nucleo di Valutazione.");
    assertThat(smvps.of(ente.entityId(), 2024).smvp().resultsWeight()).isEqualByComparingTo("70");
    assertThat(smvps.of(ente.entityId(), 2024).fromYear()).isEqualTo(2023);
    // the page says so, without a save button
    assertThat(mvc.perform(get(url).param("anno", "2024").with(user(as("smvp-validato-segretario")))).andReturn().getResponse()
            .getContentAsString(StandardCharsets.UTF_8))
        .contains("i risultati del 2024 sono stati validati").doesNotContain("Salva il sistema di valutazione del 2024");

    // 2025 is still open: its own configuration is saved and 2024 keeps the one it was validated with
    mvc.perform(smvp(url, "smvp-validato-segretario", 2025, -1, "60", "40")).andExpect(redirectedUrl(url + "?anno=2025"));
    assertThat(smvps.of(ente.entityId(), 2025).smvp().resultsWeight()).isEqualByComparingTo("60");
    assertThat(smvps.of(ente.entityId(), 2024).smvp().resultsWeight()).isEqualByComparingTo("70");
  }

  private MockHttpServletRequestBuilder smvp(String url, String results, String behaviour) {
    return smvp(url, "smvp-pagine-segretario", 2025, -1, results, behaviour);
  }

  private MockHttpServletRequestBuilder smvp(String url, String username, int year, int version, String results, String behaviour) {
    return form(url).with(user(as(username))).param("year", String.valueOf(year)).param("version", String.valueOf(version))
        .param("resultsWeight", results).param("behaviourWeight", behaviour).param("budget", "6.000")
        .param("criterionName", "Collaborazione", "").param("criterionDescription", "Con tutti, anche con gli organi", "")
        .param("criterionWeight", "100", "").param("levelValue", "1", "2", "").param("levelLabel", "basso", "alto", "")
        .param("bandFrom", "0", "60", "").param("bandPercent", "0", "100", "");
  }

  @Test
  void aValidatedYearPublishesItsResultPayOnTheTransparencyPage() throws Exception {
    SampleEnte sample = new SampleEnte(context);
    SampleEnte.Created ente = sample.create("premi-pubblici");
    sample.record(ente, ente.indicator("7", 0), 2024, "-1");
    Map<String, Integer> levels = new HashMap<>();
    Smvp.standard().criteria().forEach(c -> levels.put(c.name(), 3));
    for (long eq : ente.eqs()) {
      evaluations.saveBehaviour(ente.entityId(), ente.plan(), 2024, eq, levels, null, null, "ndv");
    }
    String url = "/trasparenza/premi-pubblici/performance/2024";
    assertThat(mvc.perform(get(url)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
        .contains("I dati sono pubblicati quando il Nucleo di Valutazione ha validato");
    mvc.perform(get(url + "/premi.csv")).andExpect(status().isNotFound());

    lifecycle.report(ente.entityId(), ente.planId(), 2024, "segretario");
    assertThat(validation.validate(ente.entityId(), ente.plan(), 2024, "Verbale n. 2", LocalDate.of(2025, 6, 12), null, "ndv"))
        .isEqualTo(Outcome.SAVED);
    // each EQ: results 100 (only objective 7), behaviour 60 → total 70 + 18 = 88 → 80 % of € 2.000 = € 1.600;
    // 3 × 1600 = 4800 within the budget of 5000
    String page = mvc.perform(get(url)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    assertThat(page).contains("Verbale n. 2 del 12/06/2025").contains("€ 5.000,00").contains("€ 4.800,00")
        .contains("da 80 a meno di 90").contains("100,00 %");
    String csv = mvc.perform(get(url + "/premi.csv")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    assertThat(csv).isEqualTo(
        "ente,anno,stanziato,erogato,valutati,punteggio_minimo,punteggio_massimo,punteggio_medio,percentuale_erogata_minima,percentuale_erogata_massima\r\n"
            + "premi-pubblici,2024,5000.00,4800.00,3,88.00,88.00,88.00,80.00,80.00\r\n");
    assertThat(mvc.perform(get(url + "/premi-fasce.csv")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
        .contains("premi-pubblici,2024,da 80 a meno di 90,80,3,100.00,4800.00\r\n");
    assertThat(mvc.perform(get(url + "/premi.json")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
        .contains("\"paid\"").contains("4800.00");
    assertThat(evaluations.of(ente.entityId(), ente.plan(), 2024).managers())
        .allSatisfy(m -> assertThat(m.payAmount()).contains(new BigDecimal("1600.00")));
  }
}
