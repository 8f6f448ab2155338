package it.traguardo.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import it.traguardo.catalog.BudgetCatalog;
import it.traguardo.importer.ImportResult;
import it.traguardo.importer.PlanImportService;
import it.traguardo.importer.PlanTextImporter;
import it.traguardo.organization.Entities;
import it.traguardo.support.Seed;
import it.traguardo.support.TraguardoIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

@TraguardoIntegrationTest
class PlanPagesTest {

  @Autowired MockMvc mvc;
  @Autowired Entities entities;
  @Autowired Plans plans;
  @Autowired PlanImportService imports;
  @Autowired UserDetailsService users;

  private long samplePlanId() {
    return plans.summaries(entities.byCode("cedrasco").orElseThrow().id()).get(0).id();
  }

  @Test
  void theIndexListsEntiAndTheirPublishedPlansWithoutLogin() throws Exception {
    String page =
        mvc.perform(get("/")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    assertThat(page)
        .contains("Comune di Cedrasco")
        .contains("href=\"/enti/cedrasco/piani/" + samplePlanId() + "\"")
        .contains("In monitoraggio");
  }

  @Test
  void thePlanPageGroupsTheObjectivesAsTheDocumentDoes() throws Exception {
    String page =
        mvc.perform(get("/enti/cedrasco/piani/{id}", samplePlanId()))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page.split("class=\"objective-item").length - 1).isEqualTo(19);
    assertThat(page)
        .contains("Obiettivi gestionali trasversali", "Obiettivi gestionali settoriali")
        .contains("Servizio 3 – Lavori Pubblici, Territorio, Manutenzioni")
        .contains("13. Protocollo")
        .contains("Dati di esempio")
        .contains("id=\"filtro-obiettivi\"");
    assertThat(page.indexOf("5. Digitalizzazione dei contratti pubblici"))
        .isLessThan(page.indexOf("Obiettivi gestionali settoriali"));
  }

  @Test
  void theObjectivePageShowsTheWholeSheet() throws Exception {
    StoredPlan plan = plans.find(entities.byCode("cedrasco").orElseThrow().id(), samplePlanId()).orElseThrow();
    long objective18 = plan.plan().objectives().get(17).id();
    String page =
        mvc.perform(get("/enti/cedrasco/piani/{plan}/obiettivi/{id}", samplePlanId(), objective18))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page)
        .contains("18. Lavori pubblici")
        .contains("<th scope=\"col\">Azione</th>")
        .contains("Realizzazione entro 31.12.2024-2025-2026", "Costo")
        .contains("01 – Servizi istituzionali, generali e di gestione")
        .contains("06 – Ufficio tecnico")
        .contains("Accurata rendicontazione REGIS")
        .contains("anni 2024, 2025, 2026")
        .contains("Rischio di non raggiungimento dell'obiettivo");
  }

  @Test
  void aDraftIsVisibleOnlyToTheEntesUsers() throws Exception {
    ImportResult seed = new PlanTextImporter(BudgetCatalog.standard()).read(Seed.bytes());
    PlanImportService.Outcome draft =
        imports.store(seed.planOrNull(), "prova-bozza", null, false, "p.txt", "test", seed.diagnostics(), PlanState.BOZZA, null);
    mvc.perform(get("/enti/prova-bozza/piani/{id}", draft.planId())).andExpect(status().isNotFound());
    String index = mvc.perform(get("/")).andReturn().getResponse().getContentAsString();
    assertThat(index).doesNotContain("/enti/prova-bozza/piani/" + draft.planId());
    mvc.perform(get("/enti/prova-bozza/piani/{id}", draft.planId()).with(user(users.loadUserByUsername("admin"))))
        .andExpect(status().isOk());
  }

  @Test
  void aPlanOfAnotherEnteIsNotFoundUnderThisEnte() throws Exception {
    long other = entities.create("prova-altro-ente", "Comune altro").id();
    assertThat(other).isPositive();
    mvc.perform(get("/enti/prova-altro-ente/piani/{id}", samplePlanId())).andExpect(status().isNotFound());
    mvc.perform(get("/enti/nessuno/piani/{id}", samplePlanId())).andExpect(status().isNotFound());
  }

  @Test
  void pagesCarryTheSecurityHeadersAndHealthIsPublic() throws Exception {
    mvc.perform(get("/"))
        .andExpect(header().string("Content-Security-Policy", org.hamcrest.Matchers.containsString("script-src 'self'")))
        .andExpect(header().string("X-Frame-Options", "DENY"))
        .andExpect(header().string("X-Content-Type-Options", "nosniff"));
    mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString("UP")));
  }
}
