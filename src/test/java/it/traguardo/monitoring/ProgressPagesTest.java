package it.traguardo.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import it.traguardo.audit.AuditEntry;
import it.traguardo.audit.AuditTrail;
import it.traguardo.organization.Role;
import it.traguardo.plan.Objective;
import it.traguardo.plan.Phase;
import it.traguardo.support.MonitoredEnte;
import it.traguardo.support.TraguardoIntegrationTest;
import java.io.StringReader;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Phase status and "stato di attuazione" on the values page: saved by those who report on the objective, shown on the
 * objective page, refused with the field named, a stale edit shown beside the saved one, every change in the trail.
 */
@TraguardoIntegrationTest
class ProgressPagesTest {

  @Autowired ApplicationContext context;
  @Autowired MockMvc mvc;
  @Autowired UserDetailsService users;
  @Autowired AuditTrail trail;

  private MonitoredEnte ente;
  private Objective sixteen;
  private String values;

  @BeforeEach
  void ente() {
    ente = MonitoredEnte.of(context, "prova-fasi")
        .responsabile("eq-fasi", MonitoredEnte.SERVIZIO_2)
        .member("giunta-fasi", Role.GIUNTA);
    sixteen = ente.objective("16");
    values = ente.objectivePath("16") + "/valori";
  }

  private MockHttpServletRequestBuilder phase(Phase phase, String as, String status, String started, String completed, String note, int version) {
    return post(values + "/fasi").with(user(users.loadUserByUsername(as))).with(csrf())
        .param("phaseId", "" + phase.id()).param("year", "2024").param("status", status).param("startedOn", started)
        .param("completedOn", completed).param("note", note).param("version", "" + version);
  }

  @Test
  void aPhaseStatusIsSavedShownAndAuditedAndASecondWriterSeesBothVersions() throws Exception {
    Phase first = sixteen.phases().get(0);
    mvc.perform(phase(first, "eq-fasi", "IN_CORSO", "01/02/2024", "", "squadra di due operai", 0))
        .andExpect(status().is3xxRedirection())
        .andExpect(redirectedUrl(values + "?anno=2024#fase-" + first.id()));

    // a colleague still holding the form at version 0 saves another status: the conflict page shows both
    String conflict =
        mvc.perform(phase(first, "admin", "COMPLETATA", "01/02/2024", "30/09/2024", "appalto concluso", 0))
            .andExpect(status().isOk())
            .andReturn().getResponse().getContentAsString();
    assertThat(conflict).contains("La fase è stata modificata nel frattempo")
        .contains("<td>in corso</td>").contains("<td>squadra di due operai</td>")
        .contains("<td>completata</td>").contains("<td>30/09/2024</td>").contains("<td>appalto concluso</td>")
        .contains("name=\"version\" value=\"1\"").contains("name=\"completedOn\" value=\"30/09/2024\"")
        .contains("eq-fasi, ");

    // resubmitting from the conflict page saves it
    mvc.perform(phase(first, "admin", "COMPLETATA", "01/02/2024", "30/09/2024", "appalto concluso", 1))
        .andExpect(status().is3xxRedirection());

    String page = mvc.perform(get(ente.objectivePath("16")).param("anno", "2024")).andReturn().getResponse().getContentAsString();
    assertThat(page).contains("<span class=\"badge phase-completata\">Completata</span>").contains("completata il 30/09/2024")
        .as("the note is for the ente's users").doesNotContain("appalto concluso");
    String member =
        mvc.perform(get(ente.objectivePath("16")).param("anno", "2024").with(user(users.loadUserByUsername("giunta-fasi"))))
            .andReturn().getResponse().getContentAsString();
    assertThat(member).contains("Nota: appalto concluso");

    List<AuditEntry> phases =
        trail.ofObjective(ente.entityId(), sixteen.id()).stream().filter(e -> e.subject().equals("Fase 1 — 2024")).toList();
    assertThat(phases).hasSize(2);
    assertThat(phases).extracting(AuditEntry::action).containsOnly("STATO_FASE");
    assertThat(phases.get(0).actor()).isEqualTo("admin");
    assertThat(phases.get(0).beforeValue()).isEqualTo("in corso; iniziata il 01/02/2024; nota: squadra di due operai");
    assertThat(phases.get(0).afterValue()).isEqualTo("completata; iniziata il 01/02/2024; completata il 30/09/2024; nota: appalto concluso");
    assertThat(phases.get(1).beforeValue()).isNull();
  }

  @Test
  void aRefusedPhaseComesBackWithWhatWasWrittenAndTheFieldNamed() throws Exception {
    Phase second = sixteen.phases().get(1);
    MvcResult refused =
        mvc.perform(phase(second, "eq-fasi", "COMPLETATA", "01/07/2024", "30/06/2024", "pulizie straordinarie", 0))
            .andExpect(status().is3xxRedirection())
            .andExpect(redirectedUrl(values + "?anno=2024#fase-" + second.id()))
            .andReturn();
    String page =
        mvc.perform(get(values).param("anno", "2024").with(user(users.loadUserByUsername("eq-fasi"))).flashAttrs(refused.getFlashMap()))
            .andReturn().getResponse().getContentAsString();
    assertThat(page).contains("La data di completamento (30/06/2024) precede la data di inizio (01/07/2024).")
        .contains("value=\"pulizie straordinarie\"").contains("value=\"30/06/2024\"")
        .contains("id=\"fine-fase-" + second.id() + "\"");
    assertThat(trail.ofObjective(ente.entityId(), sixteen.id())).noneMatch(e -> e.subject().equals("Fase 2 — 2024"));
  }

  @Test
  void theStatoDiAttuazioneIsWrittenPerCheckpointAndCollidesLikeTheRest() throws Exception {
    MockHttpServletRequestBuilder first =
        post(values + "/stato-attuazione").with(user(users.loadUserByUsername("eq-fasi"))).with(csrf())
            .param("year", "2024").param("checkpoint", "mid").param("text", "Sfalci eseguiti a maggio.\nNessuna criticità.").param("version", "0");
    mvc.perform(first).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl(values + "?anno=2024#attuazione-mid"));
    String conflict =
        mvc.perform(
                post(values + "/stato-attuazione").with(user(users.loadUserByUsername("admin"))).with(csrf())
                    .param("year", "2024").param("checkpoint", "mid").param("text", "Sfalci in ritardo.").param("version", "0"))
            .andExpect(status().isOk())
            .andReturn().getResponse().getContentAsString();
    assertThat(conflict).contains("Lo stato di attuazione è stato modificato nel frattempo")
        .contains("<td>Sfalci eseguiti a maggio.\nNessuna criticità.</td>").contains("<td>Sfalci in ritardo.</td>")
        .contains("name=\"text\" value=\"Sfalci in ritardo.\"").contains("name=\"version\" value=\"1\"");

    String page = mvc.perform(get(ente.objectivePath("16")).param("anno", "2024")).andReturn().getResponse().getContentAsString();
    assertThat(page).contains("2024, rilevazione intermedia (30 giugno)").contains("Sfalci eseguiti a maggio.")
        .contains("Nel piano");

    // clearing the text is a change too
    mvc.perform(
            post(values + "/stato-attuazione").with(user(users.loadUserByUsername("eq-fasi"))).with(csrf())
                .param("year", "2024").param("checkpoint", "mid").param("text", " ").param("version", "1"))
        .andExpect(status().is3xxRedirection());
    List<AuditEntry> narratives =
        trail.ofObjective(ente.entityId(), sixteen.id()).stream().filter(e -> e.action().equals("STATO_ATTUAZIONE")).toList();
    assertThat(narratives).extracting(AuditEntry::beforeValue).containsExactly("Sfalci eseguiti a maggio.\nNessuna criticità.", null);
    assertThat(narratives).extracting(AuditEntry::afterValue).containsExactly(null, "Sfalci eseguiti a maggio.\nNessuna criticità.");
    assertThat(narratives.get(0).subject()).isEqualTo("Stato di attuazione — 2024, rilevazione intermedia (30 giugno)");
  }

  @Test
  void onlyThoseWhoReportOnTheObjectiveMayWriteAndOtherEntiSeeNothing() throws Exception {
    Phase first = sixteen.phases().get(0);
    mvc.perform(phase(first, "giunta-fasi", "IN_CORSO", "", "", "", 0)).andExpect(status().isForbidden());
    Objective six = ente.objective("6");
    mvc.perform(
            post(ente.objectivePath("6") + "/valori/fasi").with(user(users.loadUserByUsername("eq-fasi"))).with(csrf())
                .param("phaseId", "" + six.phases().get(0).id()).param("year", "2024").param("status", "IN_CORSO").param("version", "0"))
        .andExpect(status().isForbidden());
    // a phase of another objective, named on this objective's form, does not exist here
    mvc.perform(
            post(values + "/fasi").with(user(users.loadUserByUsername("eq-fasi"))).with(csrf())
                .param("phaseId", "" + six.phases().get(0).id()).param("year", "2024").param("status", "IN_CORSO").param("version", "0"))
        .andExpect(status().isNotFound());
    MonitoredEnte other = MonitoredEnte.of(context, "prova-fasi-estraneo").member("segretario-fasi-estraneo", Role.SEGRETARIO);
    mvc.perform(phase(first, "segretario-fasi-estraneo", "IN_CORSO", "", "", "", 0)).andExpect(status().isNotFound());
    mvc.perform(get(values).with(user(users.loadUserByUsername("segretario-fasi-estraneo")))).andExpect(status().isNotFound());
    assertThat(other.entityId()).isNotEqualTo(ente.entityId());

    String readOnly = mvc.perform(get(values).param("anno", "2024").with(user(users.loadUserByUsername("giunta-fasi"))))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    assertThat(readOnly).doesNotContain("/valori/fasi").doesNotContain("<textarea");
  }

  @Test
  void afterSavingAValueThePageShowsItsAchievementAndStatus() throws Exception {
    long criticita = sixteen.indicators().get(0).id(); // "< 5"
    int version = context.getBean(Actuals.class).indicator(ente.entityId(), criticita).orElseThrow().version();
    MvcResult saved =
        mvc.perform(
                post(values).with(user(users.loadUserByUsername("eq-fasi"))).with(csrf()).param("indicatorId", "" + criticita)
                    .param("year", "2024").param("checkpoint", "final").param("value", "7").param("version", "" + version))
            .andExpect(redirectedUrl(values + "?anno=2024#indicatore-" + criticita))
            .andReturn();
    assertThat(saved.getFlashMap().get("message"))
        .isEqualTo("Valore salvato per «Criticità segnalate/riscontrate nella manutenzione del verde». Grado di raggiungimento 2024: 0,00 %, non raggiunto.");
    String page =
        mvc.perform(get(values).param("anno", "2024").with(user(users.loadUserByUsername("eq-fasi"))).flashAttrs(saved.getFlashMap()))
            .andReturn().getResponse().getContentAsString();
    String row = page.substring(page.indexOf("id=\"grado-" + criticita + "\""));
    assertThat(row.substring(0, row.indexOf("</p>")))
        .contains("0,00 %").contains("<span class=\"badge status-non_raggiunto\">Non raggiunto</span>");
  }

  @Test
  void theObjectivesTrailHasItsOwnPageAndCsvForMembersOnly() throws Exception {
    Phase third = sixteen.phases().get(2);
    mvc.perform(phase(third, "eq-fasi", "DA_AVVIARE", "", "", "=HYPERLINK(\"x\")", 0)).andExpect(status().is3xxRedirection());
    String registro = ente.objectivePath("16") + "/registro";
    String page = mvc.perform(get(registro).with(user(users.loadUserByUsername("giunta-fasi"))))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    assertThat(page).contains("Registro delle modifiche").contains(sixteen.heading()).contains("Fase 3 — 2024")
        .contains("href=\"" + registro + ".csv\"");
    String csv = mvc.perform(get(registro + ".csv").with(user(users.loadUserByUsername("giunta-fasi"))))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(csv)).getRecords();
    assertThat(rows).allMatch(r -> r.get("obiettivo").equals("" + sixteen.id()));
    assertThat(rows).anySatisfy(r -> assertThat(r.get("dopo")).isEqualTo("da avviare; nota: =HYPERLINK(\"x\")"));

    MonitoredEnte.of(context, "prova-fasi-estraneo").member("segretario-fasi-estraneo", Role.SEGRETARIO);
    mvc.perform(get(registro).with(user(users.loadUserByUsername("segretario-fasi-estraneo")))).andExpect(status().isNotFound());
    mvc.perform(get(registro + ".csv").with(user(users.loadUserByUsername("segretario-fasi-estraneo")))).andExpect(status().isNotFound());
    mvc.perform(get(registro).accept(MediaType.TEXT_HTML)).andExpect(redirectedUrl("/login"));
  }
}
