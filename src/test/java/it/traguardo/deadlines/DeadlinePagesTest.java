package it.traguardo.deadlines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import it.traguardo.audit.AuditTrail;
import it.traguardo.monitoring.Actuals;
import it.traguardo.monitoring.Checkpoint;
import it.traguardo.organization.Entities;
import it.traguardo.organization.Organization;
import it.traguardo.organization.Users;
import it.traguardo.plan.Plans;
import it.traguardo.support.TraguardoIntegrationTest;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The lists through the API and the pages, with the rights of each caller, the settings form, and a reminder sent
 * where no SMTP server is configured (the shared test context has none): logged, not lost.
 */
@TraguardoIntegrationTest
class DeadlinePagesTest {

  @Autowired MockMvc mvc;
  @Autowired Entities entities;
  @Autowired Plans plans;
  @Autowired Organization organization;
  @Autowired Users users;
  @Autowired JdbcClient jdbc;
  @Autowired Actuals actuals;
  @Autowired Reminders reminders;
  @Autowired Deadlines deadlines;
  @Autowired AuditTrail audit;
  @Autowired UserDetailsService details;

  private SmallEnte.Created ente(String code) {
    return new SmallEnte(entities, plans, organization, users, jdbc).create(code);
  }

  @Test
  void theApiGivesTheSegretarioEveryoneAndAResponsabileOnlyThemselves() throws Exception {
    SmallEnte.Created ente = ente("scadenze-api");
    String url = "/api/v1/entities/scadenze-api/due/2024/mid";

    mvc.perform(get(url).with(httpBasic(ente.segretarioLogin(), SmallEnte.PASSWORD)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[*].person.name").value(Matchers.contains("Anna Rossi", "Bruno Verdi", "Carla Neri")))
        .andExpect(jsonPath("$[*].assigned").value(Matchers.contains(9, 6, 3)))
        .andExpect(jsonPath("$[1].person.unit").value("Servizio Tecnico"))
        .andExpect(jsonPath("$[1].person.hasLogin").value(false))
        .andExpect(jsonPath("$[2].person.hasEmail").value(false))
        .andExpect(jsonPath("$[1].items[*].type")
            .value(Matchers.contains("ACTUAL", "PHASE_STATUS", "NARRATIVE", "ACTUAL", "PHASE_STATUS", "NARRATIVE")))
        .andExpect(jsonPath("$[1].items[*].objective").value(Matchers.contains("1", "1", "1", "3", "3", "3")))
        .andExpect(jsonPath("$[1].items[*].overdue").value(Matchers.everyItem(Matchers.is(true))));

    long variations = ente.objective("2").indicators().get(0).id();
    int version = actuals.indicator(ente.entity().id(), variations).orElseThrow().version();
    actuals.record(ente.entity().id(), variations, 2024, Checkpoint.MID, "SI", null, "test", version);

    mvc.perform(get(url).with(httpBasic(ente.annaLogin(), SmallEnte.PASSWORD)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.length()").value(1))
        .andExpect(jsonPath("$[0].person.id").value(ente.annaId()))
        .andExpect(jsonPath("$[0].assigned").value(9))
        .andExpect(jsonPath("$[0].items.length()").value(8))
        .andExpect(jsonPath("$[0].items[*].objective").value(Matchers.contains("1", "1", "1", "2", "2", "2", "4", "4")))
        .andExpect(jsonPath("$[0].items[3].indicatorId").value(ente.objective("2").indicators().get(1).id()))
        .andExpect(jsonPath("$[0].items[3].phaseId").value(Matchers.nullValue()))
        .andExpect(jsonPath("$[0].items[3].link")
            .value("/enti/scadenze-api/piani/" + ente.planId() + "/obiettivi/" + ente.objective("2").id()
                + "/valori?anno=2024#indicatore-" + ente.objective("2").indicators().get(1).id()));
  }

  @Test
  void recordedPhaseStatusesAndNarrativesAreNoLongerDue() {
    SmallEnte.Created ente = ente("scadenze-progressi");
    long entityId = ente.entity().id();
    long transversalPhase = ente.objective("1").phases().get(0).id();
    long budgetPhase = ente.objective("2").phases().get(0).id();
    jdbc.sql("insert into phase_progress (entity_id, phase_id, year, status, recorded_by) values (?, ?, 2024, 'IN_CORSO', 't')")
        .params(entityId, transversalPhase).update();
    jdbc.sql("insert into phase_progress (entity_id, phase_id, year, status, recorded_by) values (?, ?, 2024, 'COMPLETATA', 't')")
        .params(entityId, budgetPhase).update();
    jdbc.sql("insert into objective_progress (entity_id, objective_id, year, checkpoint, narrative, recorded_by) values (?, ?, 2024, 'mid', 'In corso.', 't')")
        .params(entityId, ente.objective("4").id()).update();
    // a cleared "stato di attuazione" stays as an empty record: still missing
    jdbc.sql("insert into objective_progress (entity_id, objective_id, year, checkpoint, narrative, recorded_by) values (?, ?, 2024, 'mid', '', 't')")
        .params(entityId, ente.objective("2").id()).update();

    PersonDue mid2024 = deadlines.report(entityId, Deadline.parse("2024-mid").orElseThrow()).orElseThrow().of(ente.annaId()).orElseThrow();
    assertThat(mid2024.items()).extracting(i -> i.type() + " " + i.objectiveNumber())
        .containsExactly("ACTUAL 1", "NARRATIVE 1", "ACTUAL 2", "ACTUAL 2", "NARRATIVE 2", "ACTUAL 4");
    // the phase status of 2024 counts for the whole year; a phase completed in 2024 stays completed in 2025
    PersonDue final2024 = deadlines.report(entityId, Deadline.parse("2024-final").orElseThrow()).orElseThrow().of(ente.annaId()).orElseThrow();
    assertThat(final2024.items()).extracting(i -> i.type() + " " + i.objectiveNumber())
        .containsExactly("ACTUAL 1", "NARRATIVE 1", "ACTUAL 2", "ACTUAL 2", "NARRATIVE 2", "ACTUAL 4", "NARRATIVE 4");
    PersonDue mid2025 = deadlines.report(entityId, Deadline.parse("2025-mid").orElseThrow()).orElseThrow().of(ente.annaId()).orElseThrow();
    assertThat(mid2025.items()).extracting(i -> i.type() + " " + i.objectiveNumber())
        .containsExactly("ACTUAL 1", "PHASE_STATUS 1", "NARRATIVE 1", "ACTUAL 2", "ACTUAL 2", "NARRATIVE 2", "ACTUAL 4", "NARRATIVE 4");
  }

  @Test
  void theApiRefusesOutsidersAndExplainsWrongAddresses() throws Exception {
    SmallEnte.Created ente = ente("scadenze-api-diritti");
    SmallEnte.Created other = ente("scadenze-api-altro");
    mvc.perform(get("/api/v1/entities/scadenze-api-diritti/due/2024/mid")).andExpect(status().isUnauthorized());
    mvc.perform(get("/api/v1/entities/scadenze-api-diritti/due/2024/mid").with(httpBasic(other.segretarioLogin(), SmallEnte.PASSWORD)))
        .andExpect(status().isNotFound());
    mvc.perform(get("/api/v1/entities/scadenze-api-diritti/due/2024/meta").with(httpBasic(ente.segretarioLogin(), SmallEnte.PASSWORD)))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.field").value("checkpoint"));
    mvc.perform(get("/api/v1/entities/scadenze-api-diritti/due/2030/final").with(httpBasic(ente.segretarioLogin(), SmallEnte.PASSWORD)))
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.message").value("Nessun piano adottato dell'ente copre il 2030."));
  }

  @Test
  void aResponsabileSeesTheirListAndNotTheSegretariosPages() throws Exception {
    SmallEnte.Created ente = ente("scadenze-pagine");
    var anna = user(details.loadUserByUsername(ente.annaLogin()));
    String page =
        mvc.perform(get("/enti/scadenze-pagine/scadenze").param("rilevazione", "2024-mid").with(anna))
            .andExpect(status().isOk())
            .andReturn().getResponse().getContentAsString();
    assertThat(page)
        .contains("Le mie scadenze", "La scadenza del <strong>30/06/2024</strong>", "<strong>9 voci</strong>")
        .contains("Obiettivo 1. Trasparenza", "Obiettivo 2. Bilancio", "Obiettivo 4. Cantiere scuola")
        .doesNotContain("Obiettivo 3. Manutenzioni")
        .contains("href=\"/enti/scadenze-pagine/piani/" + ente.planId() + "/obiettivi/" + ente.objective("2").id()
            + "/valori?anno=2024#indicatore-" + ente.objective("2").indicators().get(0).id() + "\"");
    assertThat(page.split("class=\"due-item\"", -1)).hasSize(10);
    mvc.perform(get("/enti/scadenze-pagine/scadenze/completamento").with(anna)).andExpect(status().isForbidden());
    mvc.perform(get("/enti/scadenze-pagine/scadenze/impostazioni").with(anna)).andExpect(status().isForbidden());
    mvc.perform(post("/enti/scadenze-pagine/scadenze/persone/" + ente.brunoId() + "/promemoria").with(anna).with(csrf())
            .param("rilevazione", "2024-mid"))
        .andExpect(status().isForbidden());
    mvc.perform(get("/enti/scadenze-pagine/scadenze").accept(MediaType.TEXT_HTML))
        .andExpect(status().is3xxRedirection())
        .andExpect(redirectedUrl("/login"));
    SmallEnte.Created other = ente("scadenze-pagine-altro");
    mvc.perform(get("/enti/scadenze-pagine/scadenze").with(user(details.loadUserByUsername(other.annaLogin()))))
        .andExpect(status().isNotFound());
  }

  @Test
  void theSegretarioSeesCompletionAndAReminderWithoutSmtpIsLogged() throws Exception {
    SmallEnte.Created ente = ente("scadenze-segretario");
    var segretario = user(details.loadUserByUsername(ente.segretarioLogin()));
    mvc.perform(get("/enti/scadenze-segretario/scadenze").param("rilevazione", "2024-mid").with(segretario))
        .andExpect(status().is3xxRedirection())
        .andExpect(redirectedUrl("/enti/scadenze-segretario/scadenze/completamento?rilevazione=2024-mid"));
    String page =
        mvc.perform(get("/enti/scadenze-segretario/scadenze/completamento").param("rilevazione", "2024-mid").with(segretario))
            .andExpect(status().isOk())
            .andReturn().getResponse().getContentAsString();
    assertThat(page)
        .contains("compilate <strong>0 su 12 voci (0%)</strong>")
        .contains("<th scope=\"row\">Servizio Finanziario</th>", "<th scope=\"row\">Obiettivi trasversali</th>")
        .contains("Invia promemoria a Bruno Verdi", ente.brunoEmail());

    mvc.perform(post("/enti/scadenze-segretario/scadenze/persone/" + ente.brunoId() + "/promemoria").with(segretario).with(csrf())
            .param("rilevazione", "2024-mid"))
        .andExpect(status().is3xxRedirection())
        .andExpect(redirectedUrl("/enti/scadenze-segretario/scadenze/completamento?rilevazione=2024-mid"))
        .andExpect(flash().attribute("problem",
            "Promemoria non inviato: il server di posta (SMTP) non è configurato. Annotato nel registro degli invii."));
    mvc.perform(post("/enti/scadenze-segretario/scadenze/persone/" + ente.carlaId() + "/promemoria").with(segretario).with(csrf())
            .param("rilevazione", "2024-mid"))
        .andExpect(flash().attribute("problem",
            "Carla Neri non ha un indirizzo e-mail: promemoria non inviato (annotato nel registro degli invii)."));
    assertThat(reminders.log(ente.entity().id(), 10))
        .extracting(e -> e.personName() + " " + e.kind() + " " + e.items() + " " + e.outcome() + " " + e.sentBy())
        .containsExactly(
            "Carla Neri SOLLECITO 3 SENZA_EMAIL " + ente.segretarioLogin(),
            "Bruno Verdi SOLLECITO 6 SMTP_NON_CONFIGURATO " + ente.segretarioLogin());
    assertThat(audit.of(ente.entity().id()))
        .extracting(e -> e.action() + " " + e.subject() + " → " + e.afterValue())
        .contains(
            "PROMEMORIA_INVIATO Sollecito a Bruno Verdi per la rilevazione intermedia 2024 (6 voci) → SMTP non configurato");
    String log =
        mvc.perform(get("/enti/scadenze-segretario/scadenze/invii").with(segretario))
            .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    assertThat(log).contains("<span>SMTP non configurato</span>").doesNotContain("<span>inviato</span>");

    // the same click again on the same day: refused, not logged twice
    mvc.perform(post("/enti/scadenze-segretario/scadenze/persone/" + ente.brunoId() + "/promemoria").with(segretario).with(csrf())
            .param("rilevazione", "2024-mid"))
        .andExpect(flash().attribute("problem", Matchers.startsWith("Oggi è già stato inviato un sollecito a Bruno Verdi")));
    assertThat(reminders.log(ente.entity().id(), 10)).hasSize(2);
  }

  @Test
  void settingsAreSavedAuditedAndACollisionLosesNothing() throws Exception {
    SmallEnte.Created ente = ente("scadenze-impostazioni");
    var segretario = user(details.loadUserByUsername(ente.segretarioLogin()));
    String url = "/enti/scadenze-impostazioni/scadenze/impostazioni";
    ReminderSettings d = ReminderSettings.defaults();

    mvc.perform(post(url).with(segretario).with(csrf()).param("enabled", "true").param("dueDaysBefore", "20")
            .param("remindDaysBefore", "5").param("overdueEveryDays", "14").param("subjectDue", "Scadenza {scadenza}")
            .param("bodyDue", "Gentile {nome},\r\nmancano {voci} voci.").param("subjectOverdue", d.subjectOverdue())
            .param("bodyOverdue", d.bodyOverdue()).param("version", "0"))
        .andExpect(status().is3xxRedirection())
        .andExpect(redirectedUrl(url));
    ReminderSettings saved = reminders.settings(ente.entity().id());
    assertThat(saved.dueDaysBefore()).isEqualTo(20);
    assertThat(saved.bodyDue()).isEqualTo("Gentile {nome},\nmancano {voci} voci.");
    assertThat(saved.version()).isEqualTo(1);
    assertThat(audit.of(ente.entity().id()))
        .filteredOn(e -> e.action().equals("PROMEMORIA_IMPOSTAZIONI"))
        .singleElement()
        .satisfies(e -> {
          assertThat(e.beforeValue()).startsWith("promemoria automatici attivi; voci dovute 30 giorni prima della scadenza");
          assertThat(e.afterValue()).startsWith("promemoria automatici attivi; voci dovute 20 giorni prima della scadenza; promemoria 5 giorni prima; in ritardo ogni 14 giorni");
        });

    // someone else's form, still at version 0: refused, both shown, theirs kept in the form
    String stale =
        mvc.perform(post(url).with(segretario).with(csrf()).param("dueDaysBefore", "45").param("remindDaysBefore", "10")
                .param("overdueEveryDays", "7").param("subjectDue", "Altro oggetto").param("bodyDue", d.bodyDue())
                .param("subjectOverdue", d.subjectOverdue()).param("bodyOverdue", d.bodyOverdue()).param("version", "0"))
            .andExpect(status().isOk())
            .andReturn().getResponse().getContentAsString();
    assertThat(stale)
        .contains("Le impostazioni sono state modificate nel frattempo")
        .contains("20 giorni prima della scadenza", "Scadenza {scadenza}")
        .contains("value=\"45\"", "value=\"Altro oggetto\"", "name=\"version\" value=\"1\"");
    assertThat(reminders.settings(ente.entity().id()).dueDaysBefore()).isEqualTo(20);

    String invalid =
        mvc.perform(post(url).with(segretario).with(csrf()).param("dueDaysBefore", "tre").param("remindDaysBefore", "10")
                .param("overdueEveryDays", "7").param("subjectDue", "Entro il {data}").param("bodyDue", d.bodyDue())
                .param("subjectOverdue", d.subjectOverdue()).param("bodyOverdue", d.bodyOverdue()).param("version", "1"))
            .andExpect(status().isOk())
            .andReturn().getResponse().getContentAsString();
    assertThat(invalid)
        .contains("«Voci dovute da quanti giorni prima della scadenza»: indicare un numero intero di giorni (scritto: «tre»).")
        .contains("value=\"tre\"", "aria-invalid=\"true\"");
    String unknown =
        mvc.perform(post(url).with(segretario).with(csrf()).param("dueDaysBefore", "30").param("remindDaysBefore", "10")
                .param("overdueEveryDays", "7").param("subjectDue", "Entro il {data}").param("bodyDue", d.bodyDue())
                .param("subjectOverdue", d.subjectOverdue()).param("bodyOverdue", d.bodyOverdue()).param("version", "1"))
            .andExpect(status().isOk())
            .andReturn().getResponse().getContentAsString();
    assertThat(unknown).contains("usa il segnaposto «{data}», che non esiste");
    assertThat(reminders.settings(ente.entity().id()).subjectDue()).isEqualTo("Scadenza {scadenza}");
  }
}
