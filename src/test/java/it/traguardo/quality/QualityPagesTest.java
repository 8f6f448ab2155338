package it.traguardo.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import it.traguardo.organization.Entities;
import it.traguardo.plan.Plans;
import it.traguardo.plan.StoredPlan;
import it.traguardo.support.TraguardoIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

@TraguardoIntegrationTest
class QualityPagesTest {

  @Autowired MockMvc mvc;
  @Autowired Entities entities;
  @Autowired Plans plans;
  @Autowired UserDetailsService users;

  private StoredPlan sample() {
    long entityId = entities.byCode("cedrasco").orElseThrow().id();
    return plans.find(entityId, plans.summaries(entityId).get(0).id()).orElseThrow();
  }

  @Test
  void aMemberSeesTheFindingsGroupedBySeverityWithLinksToTheObjectives() throws Exception {
    StoredPlan plan = sample();
    long planId = plan.summary().id();
    long objective7 = plan.plan().objectives().get(6).id();
    String page =
        mvc.perform(get("/enti/cedrasco/piani/{id}/verifica", planId).with(user(users.loadUserByUsername("admin"))))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page)
        .contains("<h1>Verifica del piano</h1>")
        .contains("Nessun errore blocca l")
        .contains("Avvisi (24)", "Note (40)")
        .contains("Piano nel suo insieme")
        .contains("href=\"/enti/cedrasco/piani/" + planId + "/obiettivi/" + objective7 + "\"")
        .contains("Citazione errata", "Come correggere:")
        .contains("<strong>Avviso:</strong>");
    assertThat(page.indexOf("Avvisi (24)")).isLessThan(page.indexOf("Note (40)"));

    String planPage =
        mvc.perform(get("/enti/cedrasco/piani/{id}", planId).with(user(users.loadUserByUsername("admin"))))
            .andReturn().getResponse().getContentAsString();
    assertThat(planPage).contains("href=\"/enti/cedrasco/piani/" + planId + "/verifica\"");
  }

  @Test
  void anyoneElseGetsNotFound() throws Exception {
    long planId = sample().summary().id();
    mvc.perform(get("/enti/cedrasco/piani/{id}/verifica", planId)).andExpect(status().isNotFound());
    mvc.perform(get("/enti/nessuno/piani/{id}/verifica", planId)).andExpect(status().isNotFound());
    mvc.perform(get("/enti/cedrasco/piani/{id}/verifica", 999999).with(user(users.loadUserByUsername("admin"))))
        .andExpect(status().isNotFound());
    String publicPlan = mvc.perform(get("/enti/cedrasco/piani/{id}", planId)).andReturn().getResponse().getContentAsString();
    assertThat(publicPlan).doesNotContain("/verifica");
  }
}
