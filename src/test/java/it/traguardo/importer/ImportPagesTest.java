package it.traguardo.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import it.traguardo.organization.Entities;
import it.traguardo.organization.Role;
import it.traguardo.organization.Users;
import it.traguardo.plan.PlanState;
import it.traguardo.plan.Plans;
import it.traguardo.support.Seed;
import it.traguardo.support.TraguardoIntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The upload page: read, show what was read, store only on confirmation, and only where the user may. */
@TraguardoIntegrationTest
class ImportPagesTest {

  @Autowired MockMvc mvc;
  @Autowired Entities entities;
  @Autowired Plans plans;
  @Autowired Users accounts;
  @Autowired UserDetailsService users;

  private final MockMultipartFile seedFile = new MockMultipartFile("file", "piano.txt", "text/plain", Seed.bytes());

  @Test
  void anonymousVisitorsAreSentToLogin() throws Exception {
    mvc.perform(get("/importa").accept(MediaType.TEXT_HTML)).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
  }

  @Test
  void theAdministratorReadsConfirmsAndFindsTheDraft() throws Exception {
    UserDetails admin = users.loadUserByUsername("admin");
    MockHttpSession session = new MockHttpSession();
    MvcResult preview =
        mvc.perform(multipart("/importa").file(seedFile).session(session).with(user(admin)).with(csrf()))
            .andExpect(status().isOk())
            .andReturn();
    String page = preview.getResponse().getContentAsString();
    assertThat(page).contains("Comune di Cedrasco").contains("<span>19</span> obiettivi").contains("Sommario: la voce");
    assertThat(entities.byCode("prova-upload")).isEmpty();

    MvcResult stored =
        mvc.perform(
                post("/importa/conferma")
                    .session(session)
                    .with(user(admin))
                    .with(csrf())
                    .param("token", token(page))
                    .param("entityCode", "prova-upload")
                    .param("entityName", "Comune di Prova"))
            .andExpect(status().is3xxRedirection())
            .andReturn();
    long entityId = entities.byCode("prova-upload").orElseThrow().id();
    long planId = plans.summaries(entityId).get(0).id();
    assertThat(stored.getResponse().getRedirectedUrl()).isEqualTo("/enti/prova-upload/piani/" + planId);
    assertThat(plans.summary(entityId, planId).orElseThrow().state()).isEqualTo(PlanState.BOZZA);
    assertThat(entities.byId(entityId).orElseThrow().name()).isEqualTo("Comune di Prova");
  }

  @Test
  void aBadFileShowsItsErrorsAndStoresNothing() throws Exception {
    MockMultipartFile bad =
        new MockMultipartFile("file", "rotto.txt", "text/plain", "COMUNE DI X\n\nPiano 2024-2026\n\u0000".getBytes(StandardCharsets.UTF_8));
    String page =
        mvc.perform(multipart("/importa").file(bad).with(user(users.loadUserByUsername("admin"))).with(csrf()))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page).contains("nulla è stato salvato").contains("<td>4</td>").contains("Il file non è un testo").doesNotContain("name=\"token\"");
  }

  @Test
  void formsWithoutTheCsrfTokenAreRefused() throws Exception {
    mvc.perform(multipart("/importa").file(seedFile).with(user(users.loadUserByUsername("admin")))).andExpect(status().isForbidden());
  }

  @Test
  void aSegretarioCannotImportIntoAnotherEnte() throws Exception {
    long other = entities.create("prova-segretario", "Comune del segretario").id();
    long userId = accounts.create("segretario-altro-ente", "una-password-lunga", false);
    accounts.grant(userId, other, Role.SEGRETARIO);
    UserDetails segretario = users.loadUserByUsername("segretario-altro-ente");
    MockHttpSession session = new MockHttpSession();
    String page =
        mvc.perform(multipart("/importa").file(seedFile).session(session).with(user(segretario)).with(csrf()))
            .andReturn()
            .getResponse()
            .getContentAsString();
    mvc.perform(
            post("/importa/conferma")
                .session(session)
                .with(user(segretario))
                .with(csrf())
                .param("token", token(page))
                .param("entityCode", "cedrasco")
                .param("replace", "true"))
        .andExpect(status().isForbidden());
    assertThat(plans.summaries(entities.byCode("cedrasco").orElseThrow().id())).extracting(p -> p.state()).containsExactly(PlanState.IN_MONITORAGGIO);
  }

  private static String token(String page) {
    Matcher matcher = Pattern.compile("name=\"token\" value=\"([^\"]+)\"").matcher(page);
    assertThat(matcher.find()).isTrue();
    return matcher.group(1);
  }
}
