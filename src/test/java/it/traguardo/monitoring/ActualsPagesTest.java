package it.traguardo.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import it.traguardo.catalog.BudgetCatalog;
import it.traguardo.importer.ImportResult;
import it.traguardo.importer.PlanImportService;
import it.traguardo.importer.PlanTextImporter;
import it.traguardo.organization.Entities;
import it.traguardo.plan.Adoption;
import it.traguardo.plan.Objective;
import it.traguardo.plan.PlanState;
import it.traguardo.plan.Plans;
import it.traguardo.plan.StoredPlan;
import it.traguardo.support.Seed;
import it.traguardo.support.TraguardoIntegrationTest;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** Entering values in the browser: saved, refused when they do not fit, and two writers collide without loss. */
@TraguardoIntegrationTest
class ActualsPagesTest {

  @Autowired MockMvc mvc;
  @Autowired PlanImportService imports;
  @Autowired Entities entities;
  @Autowired Plans plans;
  @Autowired Actuals actuals;
  @Autowired UserDetailsService users;

  private StoredPlan plan(String code) {
    ImportResult seed = new PlanTextImporter(BudgetCatalog.standard()).read(Seed.bytes());
    long planId =
        imports.store(seed.planOrNull(), code, null, false, "p.txt", "test", seed.diagnostics(),
                PlanState.IN_MONITORAGGIO, new Adoption("Delibera n. 1", LocalDate.of(2024, 1, 30), false))
            .planId();
    return plans.find(entities.byCode(code).orElseThrow().id(), planId).orElseThrow();
  }

  @Test
  void twoPeopleSavingTheSameValueSeeTheConflictAndLoseNothing() throws Exception {
    StoredPlan plan = plan("prova-valori-pagine");
    Objective sixteen = plan.plan().objectives().get(15);
    long indicator = sixteen.indicators().get(0).id();
    long entityId = entities.byCode("prova-valori-pagine").orElseThrow().id();
    int version = actuals.indicator(entityId, indicator).orElseThrow().version();
    String url = "/enti/prova-valori-pagine/piani/" + plan.summary().id() + "/obiettivi/" + sixteen.id() + "/valori";
    UserDetails admin = users.loadUserByUsername("admin");

    mvc.perform(post(url).with(user(admin)).with(csrf()).param("indicatorId", "" + indicator).param("year", "2024")
            .param("checkpoint", "final").param("value", "3").param("version", "" + version))
        .andExpect(status().is3xxRedirection())
        .andExpect(redirectedUrl(url + "?anno=2024#indicatore-" + indicator));
    String conflict =
        mvc.perform(post(url).with(user(admin)).with(csrf()).param("indicatorId", "" + indicator).param("year", "2024")
                .param("checkpoint", "final").param("value", "4").param("note", "ricontato").param("version", "" + version))
            .andExpect(status().isOk())
            .andReturn().getResponse().getContentAsString();
    assertThat(conflict).contains("Il valore è stato modificato nel frattempo").contains("<td>3</td>").contains("<td>4</td>")
        .contains("name=\"value\" value=\"4\"").contains("name=\"version\" value=\"" + (version + 1) + "\"");
    assertThat(actuals.of(entityId, indicator)).singleElement().satisfies(a -> assertThat(a.value()).isEqualTo("3"));

    mvc.perform(post(url).with(user(admin)).with(csrf()).param("indicatorId", "" + indicator).param("year", "2024")
            .param("checkpoint", "final").param("value", "4").param("version", "" + (version + 1)))
        .andExpect(status().is3xxRedirection());
    assertThat(actuals.of(entityId, indicator)).singleElement().satisfies(a -> assertThat(a.value()).isEqualTo("4"));

    String page = mvc.perform(get(url).param("anno", "2024").with(user(admin))).andReturn().getResponse().getContentAsString();
    assertThat(page).contains("finale: <strong>4</strong>").contains("Salva");
  }

  @Test
  void aValueThatDoesNotFitIsExplainedAndNotSaved() throws Exception {
    StoredPlan plan = plan("prova-valori-errati");
    Objective six = plan.plan().objectives().get(5);
    long pareggio = six.indicators().get(7).id();
    long entityId = entities.byCode("prova-valori-errati").orElseThrow().id();
    String url = "/enti/prova-valori-errati/piani/" + plan.summary().id() + "/obiettivi/" + six.id() + "/valori";
    mvc.perform(post(url).with(user(users.loadUserByUsername("admin"))).with(csrf()).param("indicatorId", "" + pareggio)
            .param("year", "2024").param("checkpoint", "mid").param("value", "forse")
            .param("version", "" + actuals.indicator(entityId, pareggio).orElseThrow().version()))
        .andExpect(status().is3xxRedirection())
        .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash().attribute("problem",
            org.hamcrest.Matchers.startsWith("«Pareggio di Bilancio»: ")));
    assertThat(actuals.of(entityId, pareggio)).isEmpty();
  }

  @Test
  void anonymousVisitorsAreSentToLogin() throws Exception {
    mvc.perform(get("/enti/cedrasco/piani/1/obiettivi/1/valori").accept(MediaType.TEXT_HTML))
        .andExpect(status().is3xxRedirection())
        .andExpect(redirectedUrl("/login"));
  }
}
