package it.traguardo.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import it.traguardo.audit.AuditEntry;
import it.traguardo.audit.AuditTrail;
import it.traguardo.catalog.BudgetCatalog;
import it.traguardo.importer.ImportResult;
import it.traguardo.importer.PlanImportService;
import it.traguardo.importer.PlanTextImporter;
import it.traguardo.monitoring.Actuals;
import it.traguardo.monitoring.Checkpoint;
import it.traguardo.organization.Entities;
import it.traguardo.organization.Organization;
import it.traguardo.organization.Role;
import it.traguardo.organization.Users;
import it.traguardo.support.Seed;
import it.traguardo.support.TraguardoIntegrationTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** The segretario edits a draft and, after adoption, a variazione; stale forms and other users are refused. */
@TraguardoIntegrationTest
class PlanEditPagesTest {

  @Autowired MockMvc mvc;
  @Autowired PlanImportService imports;
  @Autowired Entities entities;
  @Autowired Plans plans;
  @Autowired PlanEditing editing;
  @Autowired PlanLifecycle lifecycle;
  @Autowired Organization organization;
  @Autowired Users accounts;
  @Autowired UserDetailsService users;
  @Autowired AuditTrail audit;
  @Autowired Actuals actuals;

  private long entityId;

  private long plan(String code, PlanState state) {
    return plan(code, state, 0);
  }

  /** The seed as a plan of the ente, its period moved {@code years} ahead. */
  private long plan(String code, PlanState state, int years) {
    ImportResult seed = new PlanTextImporter(BudgetCatalog.standard()).read(Seed.bytes());
    Plan p = seed.planOrNull();
    Plan moved =
        new Plan(p.id(), p.entityName(), p.province(), p.title(), p.firstYear() + years, p.lastYear() + years, p.premise(), p.contents(), p.objectives());
    long planId =
        imports.store(moved, code, null, false, "p.txt", "test", seed.diagnostics(), state,
                state == PlanState.BOZZA ? null : new Adoption("Delibera n. 1", LocalDate.of(2024, 1, 30), false))
            .planId();
    entityId = entities.byCode(code).orElseThrow().id();
    return planId;
  }

  private UserDetails segretario(String code) {
    long id = accounts.create("segretario-" + code, "una-password-lunga", false);
    accounts.grant(id, entityId, Role.SEGRETARIO);
    return users.loadUserByUsername("segretario-" + code);
  }

  private Objective objective(long planId, String number) {
    return plans.find(entityId, planId).orElseThrow().plan().objectives().stream()
        .filter(o -> o.number().equals(number)).findFirst().orElseThrow();
  }

  @Test
  void aDraftObjectiveIsCreatedEditedCheckedAndAudited() throws Exception {
    long planId = plan("modifica-bozza", PlanState.BOZZA);
    UserDetails segretario = segretario("modifica-bozza");
    String base = "/enti/modifica-bozza/piani/" + planId + "/modifica";
    long unit = organization.units(entityId).get(0).id();

    mvc.perform(post(base + "/obiettivi").with(user(segretario)).with(csrf())
            .param("number", "20").param("kind", "SECTORAL").param("title", "Sportello digitale")
            .param("unitId", "" + unit).param("weight", "12,5").param("dimensions", "DIGITALIZZAZIONE")
            .param("budgetCodes", "01.08").param("risk", "ALTO"))
        .andExpect(status().is3xxRedirection());
    Objective created = objective(planId, "20");
    assertThat(created.weight()).isEqualByComparingTo(new BigDecimal("12.5"));
    assertThat(created.dimensions()).containsExactly(Dimension.DIGITALIZZAZIONE);
    assertThat(created.budgetLinks()).extracting(BudgetLink::mission, BudgetLink::programme).containsExactly(
        org.assertj.core.groups.Tuple.tuple("01", "08"));
    assertThat(created.characteristics().risk()).isEqualTo(Level.ALTO);

    String invalid =
        mvc.perform(post(base + "/obiettivi/" + created.id()).with(user(segretario)).with(csrf())
                .param("version", "0").param("number", "1").param("kind", "SECTORAL").param("title", "Sportello digitale")
                .param("unitId", "" + unit).param("weight", "120"))
            .andExpect(status().isOk())
            .andReturn().getResponse().getContentAsString();
    assertThat(invalid)
        .contains("Il piano ha già un obiettivo numero 1.")
        .contains("Peso non valido: atteso un numero maggiore di 0 e fino a 100")
        .contains("aria-describedby=\"weight-errore\"");

    mvc.perform(post(base + "/obiettivi/" + created.id() + "/fasi").with(user(segretario)).with(csrf())
            .param("number", "1").param("description", "Analisi dei servizi").param("years", "2024").param("years", "2025"))
        .andExpect(status().is3xxRedirection());
    assertThat(objective(planId, "20").phases()).singleElement().satisfies(p -> {
      assertThat(p.horizon()).isEqualTo("2024/25");
      assertThat(p.years()).containsExactly(2024, 2025);
    });
    mvc.perform(post(base + "/obiettivi/" + created.id() + "/indicatori").with(user(segretario)).with(csrf())
            .param("name", "Servizi online").param("phase", "1").param("target", "Almeno 10"))
        .andExpect(status().is3xxRedirection());
    mvc.perform(post(base + "/obiettivi/" + created.id() + "/indicatori").with(user(segretario)).with(csrf())
            .param("name", "Segnalazioni").param("phase", "3").param("target", "5"))
        .andExpect(status().isOk());
    assertThat(objective(planId, "20").indicators()).extracting(Indicator::name).containsExactly("Servizi online");

    assertThat(audit.ofObjective(entityId, created.id()))
        .extracting(AuditEntry::subject, AuditEntry::afterValue)
        .contains(
            org.assertj.core.groups.Tuple.tuple("Obiettivo 20 — Obiettivo aggiunto", "20. Sportello digitale"),
            org.assertj.core.groups.Tuple.tuple("Obiettivo 20 — Fase aggiunta", "1. Analisi dei servizi"),
            org.assertj.core.groups.Tuple.tuple("Obiettivo 20 — Indicatore aggiunto", "Servizi online"));
  }

  @Test
  void aStaleEditShowsBothVersionsAndSavesNothing() throws Exception {
    long planId = plan("modifica-conflitto", PlanState.BOZZA);
    UserDetails segretario = segretario("modifica-conflitto");
    String base = "/enti/modifica-conflitto/piani/" + planId + "/modifica";
    Objective seven = objective(planId, "7");
    Indicator indicator = seven.indicators().get(0);
    String url = base + "/obiettivi/" + seven.id() + "/indicatori/" + indicator.id();
    int version = editing.version(entityId, PlanEditing.Part.INDICATOR, indicator.id()).orElseThrow();

    mvc.perform(post(url).with(user(segretario)).with(csrf()).param("version", "" + version)
            .param("name", indicator.name()).param("target", "< -1"))
        .andExpect(status().is3xxRedirection());
    String conflict =
        mvc.perform(post(url).with(user(segretario)).with(csrf()).param("version", "" + version)
                .param("name", indicator.name()).param("target", "<= 0"))
            .andExpect(status().isOk())
            .andReturn().getResponse().getContentAsString();
    assertThat(conflict)
        .contains("Modificato nel frattempo da un altro utente")
        .contains("<td>&lt; -1</td>").contains("<td>&lt;= 0</td>")
        .contains("name=\"target\" value=\"&lt;= 0\"")
        .contains("name=\"version\" value=\"" + (version + 1) + "\"");
    assertThat(objective(planId, "7").indicators().get(0).target()).isEqualTo("< -1");
  }

  @Test
  void anAdoptedPlanChangesOnlyInsideAVariazioneWhichBecomesAVersion() throws Exception {
    long planId = plan("modifica-variazione", PlanState.ADOTTATO);
    UserDetails segretario = segretario("modifica-variazione");
    String base = "/enti/modifica-variazione/piani/" + planId + "/modifica";
    Objective three = objective(planId, "3");
    Phase phase = three.phases().get(0);
    String phaseUrl = base + "/obiettivi/" + three.id() + "/fasi/" + phase.id();

    mvc.perform(post(phaseUrl).with(user(segretario)).with(csrf()).param("version", "0")
            .param("number", "" + phase.number()).param("description", "Nuovo testo").param("years", "2024"))
        .andExpect(status().is3xxRedirection())
        .andExpect(flash().attribute("problem", "Il piano è adottato: si modifica solo aprendo una variazione, con l'atto che la approva."));

    mvc.perform(post(base + "/variazione").with(user(segretario)).with(csrf())
            .param("reason", "Riorganizzazione degli uffici").param("act", "Delibera di Giunta n. 40").param("date", "03/06/2024"))
        .andExpect(status().is3xxRedirection());
    String sheet =
        mvc.perform(get(base + "/obiettivi/" + three.id()).with(user(segretario)))
            .andExpect(status().isOk())
            .andReturn().getResponse().getContentAsString();
    assertThat(sheet).contains("aria-label=\"Elimina la fase 2\"").contains("aria-label=\"Sposta giù l&#39;indicatore «");

    mvc.perform(post(phaseUrl).with(user(segretario)).with(csrf()).param("version", "0")
            .param("number", "" + phase.number()).param("description", "Nuovo testo").param("years", "2024"))
        .andExpect(status().is3xxRedirection())
        .andExpect(flash().attribute("message", "Fase salvata."));
    mvc.perform(post(base + "/variazione/registra").with(user(segretario)).with(csrf())).andExpect(status().is3xxRedirection());

    String history =
        mvc.perform(get("/enti/modifica-variazione/piani/" + planId + "/storia"))
            .andExpect(status().isOk())
            .andReturn().getResponse().getContentAsString();
    assertThat(history)
        .contains("Delibera di Giunta n. 40 del 03/06/2024")
        .contains("Riorganizzazione degli uffici")
        .contains("Obiettivo 3, fase «" + phase.number() + ". " + phase.description() + "»")
        .contains("Nuovo testo");
  }

  @Test
  void recordedValuesAreNeverDeletedWithTheirIndicator() throws Exception {
    long planId = plan("modifica-valori", PlanState.IN_MONITORAGGIO);
    UserDetails segretario = segretario("modifica-valori");
    lifecycle.openVariation(entityId, planId, "Revisione", "Delibera n. 9", LocalDate.of(2024, 6, 3), "segretario");
    Objective seven = objective(planId, "7");
    long indicator = seven.indicators().get(0).id();
    int version = actuals.indicator(entityId, indicator).orElseThrow().version();
    actuals.record(entityId, indicator, 2024, Checkpoint.FINAL, "-3", null, "segretario", version);

    mvc.perform(post("/enti/modifica-valori/piani/" + planId + "/modifica/indicatori/" + indicator + "/elimina")
            .with(user(segretario)).with(csrf()))
        .andExpect(flash().attribute("problem", "L'indicatore ha valori raggiunti, documenti o un collegamento ai pagamenti: non si può eliminare."));
    assertThat(objective(planId, "7").indicators()).extracting(Indicator::id).contains(indicator);
  }

  @Test
  void aDraftsPagesCannotMoveOrDeleteTheRowsOfAnotherPlan() throws Exception {
    long adopted = plan("modifica-incrocio", PlanState.IN_MONITORAGGIO);
    long draft = plan("modifica-incrocio", PlanState.BOZZA, 1);
    UserDetails segretario = segretario("modifica-incrocio");
    Objective first = objective(adopted, "1");
    String draftBase = "/enti/modifica-incrocio/piani/" + draft + "/modifica";

    mvc.perform(post(draftBase + "/obiettivi/" + first.id() + "/elimina").with(user(segretario)).with(csrf()))
        .andExpect(flash().attribute("problem", "Elemento non trovato in questo piano."));
    mvc.perform(post(draftBase + "/obiettivi/" + first.id() + "/sposta").param("direction", "1").with(user(segretario)).with(csrf()))
        .andExpect(flash().attribute("problem", "Elemento non trovato in questo piano."));
    mvc.perform(post(draftBase + "/fasi/" + first.phases().get(0).id() + "/elimina").with(user(segretario)).with(csrf()))
        .andExpect(flash().attribute("problem", "Elemento non trovato in questo piano."));
    mvc.perform(post(draftBase + "/indicatori/" + first.indicators().get(0).id() + "/elimina").with(user(segretario)).with(csrf()))
        .andExpect(flash().attribute("problem", "Elemento non trovato in questo piano."));
    assertThat(plans.find(entityId, adopted).orElseThrow().plan().objectives()).extracting(Objective::id).startsWith(first.id());
    assertThat(objective(adopted, "1").phases()).hasSameSizeAs(first.phases());
    assertThat(objective(adopted, "1").indicators()).hasSameSizeAs(first.indicators());
  }

  @Test
  void onlyTheSegretarioOfTheEnteEdits() throws Exception {
    long planId = plan("modifica-diritti", PlanState.BOZZA);
    long responsabile = accounts.create("responsabile-modifica", "una-password-lunga", false);
    accounts.grant(responsabile, entityId, Role.RESPONSABILE);
    plan("modifica-altro-ente", PlanState.BOZZA);
    UserDetails other = segretario("modifica-altro-ente");
    String base = "/enti/modifica-diritti/piani/" + planId + "/modifica";

    mvc.perform(get(base)).andExpect(status().is3xxRedirection());
    mvc.perform(get(base).with(user(users.loadUserByUsername("responsabile-modifica")))).andExpect(status().isForbidden());
    mvc.perform(get(base).with(user(other))).andExpect(status().isNotFound());
    mvc.perform(post(base + "/obiettivi").with(user(other)).with(csrf()).param("number", "30").param("title", "x"))
        .andExpect(status().isNotFound());
    mvc.perform(get(base).with(user(users.loadUserByUsername("admin")))).andExpect(status().isOk());
  }
}
