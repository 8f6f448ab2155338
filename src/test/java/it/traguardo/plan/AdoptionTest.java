package it.traguardo.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import it.traguardo.catalog.BudgetCatalog;
import it.traguardo.importer.ImportResult;
import it.traguardo.importer.PlanImportService;
import it.traguardo.importer.PlanTextImporter;
import it.traguardo.organization.Entities;
import it.traguardo.organization.Role;
import it.traguardo.organization.Users;
import it.traguardo.support.Seed;
import it.traguardo.support.TraguardoIntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** BOZZA → ADOTTATO from the page and from the API, with the act recorded, and only by the ente's segretario. */
@TraguardoIntegrationTest
class AdoptionTest {

  @Autowired MockMvc mvc;
  @Autowired PlanImportService imports;
  @Autowired Entities entities;
  @Autowired Users accounts;
  @Autowired Plans plans;
  @Autowired PlanLifecycle lifecycle;
  @Autowired UserDetailsService users;
  @LocalServerPort int port;

  private final HttpClient http = HttpClient.newHttpClient();

  private long draft(String code) {
    ImportResult seed = new PlanTextImporter(BudgetCatalog.standard()).read(Seed.bytes());
    return imports.store(seed.planOrNull(), code, null, false, "p.txt", "test", seed.diagnostics(), PlanState.BOZZA, null).planId();
  }

  @Test
  void theSegretarioAdoptsFromThePlanPageWithAnItalianDate() throws Exception {
    long planId = draft("prova-adozione-pagina");
    long entityId = entities.byCode("prova-adozione-pagina").orElseThrow().id();
    long segretario = accounts.create("segretario-adozione", "una-password-lunga", false);
    accounts.grant(segretario, entityId, Role.SEGRETARIO);

    mvc.perform(
            post("/enti/prova-adozione-pagina/piani/{id}/adozione", planId)
                .with(user(users.loadUserByUsername("segretario-adozione")))
                .with(csrf())
                .param("act", "Delibera di Giunta n. 12")
                .param("date", "31/01/2024"))
        .andExpect(status().is3xxRedirection())
        .andExpect(redirectedUrl("/enti/prova-adozione-pagina/piani/" + planId));

    PlanSummary adopted = plans.summary(entityId, planId).orElseThrow();
    assertThat(adopted.state()).isEqualTo(PlanState.ADOTTATO);
    assertThat(adopted.adoptionAct()).isEqualTo("Delibera di Giunta n. 12");
    assertThat(adopted.adoptionDate()).isEqualTo(LocalDate.of(2024, 1, 31));
    assertThat(lifecycle.events(entityId, planId))
        .singleElement()
        .satisfies(e -> {
          assertThat(e.kind()).isEqualTo("ADOZIONE");
          assertThat(e.recordedBy()).isEqualTo("segretario-adozione");
        });
  }

  @Test
  void errorsOfThePlanChecksBlockAdoptionUntilAReasonIsRecorded() throws Exception {
    String withoutIndicators = Seed.text().replace("1- Rispetto delle fasi temporali\tSI\t\n", "");
    ImportResult read = new PlanTextImporter(BudgetCatalog.standard()).read(withoutIndicators.getBytes(StandardCharsets.UTF_8));
    long planId =
        imports.store(read.planOrNull(), "prova-adozione-bloccata", null, false, "p.txt", "test", read.diagnostics(), PlanState.BOZZA, null)
            .planId();
    long entityId = entities.byCode("prova-adozione-bloccata").orElseThrow().id();
    var admin = users.loadUserByUsername("admin");

    String blocked =
        mvc.perform(
                post("/enti/prova-adozione-bloccata/piani/{id}/adozione", planId)
                    .with(user(admin)).with(csrf()).param("act", "Delibera n. 5").param("date", "2024-01-31"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(blocked).contains("Errori trovati").contains("Obiettivo 1: ").contains("name=\"reason\"");
    assertThat(plans.summary(entityId, planId).orElseThrow().state()).isEqualTo(PlanState.BOZZA);

    mvc.perform(
            post("/enti/prova-adozione-bloccata/piani/{id}/adozione", planId)
                .with(user(admin)).with(csrf()).param("act", "Delibera n. 5").param("date", "2024-01-31")
                .param("reason", "Indicatore dell'obiettivo 1 da definire con la prima variazione"))
        .andExpect(status().is3xxRedirection());
    assertThat(plans.summary(entityId, planId).orElseThrow().state()).isEqualTo(PlanState.ADOTTATO);
    assertThat(lifecycle.events(entityId, planId))
        .singleElement()
        .satisfies(e -> {
          assertThat(e.reason()).isEqualTo("Indicatore dell'obiettivo 1 da definire con la prima variazione");
          assertThat(e.recordedBy()).isEqualTo("admin");
        });
  }

  @Test
  void aWrongDateOrAPlanAlreadyAdoptedIsRefusedAndNothingChanges() throws Exception {
    long planId = draft("prova-adozione-errori");
    String page =
        mvc.perform(
                post("/enti/prova-adozione-errori/piani/{id}/adozione", planId)
                    .with(user(users.loadUserByUsername("admin")))
                    .with(csrf())
                    .param("act", "Delibera n. 3")
                    .param("date", "31/02/2024"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page).contains("La data dell'atto non è valida");
    long entityId = entities.byCode("prova-adozione-errori").orElseThrow().id();
    assertThat(plans.summary(entityId, planId).orElseThrow().state()).isEqualTo(PlanState.BOZZA);

    lifecycle.adopt(entityId, planId, "Delibera n. 3", LocalDate.of(2024, 1, 30), null, "admin");
    assertThat(lifecycle.adopt(entityId, planId, "Delibera n. 4", LocalDate.of(2024, 2, 1), null, "admin"))
        .isInstanceOf(PlanLifecycle.AdoptionOutcome.Refused.class);
    assertThat(plans.summary(entityId, planId).orElseThrow().adoptionAct()).isEqualTo("Delibera n. 3");
  }

  @Test
  void theApiAdoptsForTheSegretarioOnly() throws Exception {
    long planId = draft("prova-adozione-api");
    long entityId = entities.byCode("prova-adozione-api").orElseThrow().id();
    accounts.grant(accounts.create("ndv-api", "una-password-lunga", false), entityId, Role.NDV);
    long stranger = entities.create("prova-altro-comune", "Altro comune").id();
    accounts.grant(accounts.create("segretario-altrove", "una-password-lunga", false), stranger, Role.SEGRETARIO);
    String body = "{\"act\":\"Delibera di Giunta n. 7\",\"date\":\"2024-01-29\"}";

    assertThat(adopt(planId, null, body).statusCode()).isEqualTo(401);
    assertThat(adopt(planId, "segretario-altrove:una-password-lunga", body).statusCode()).isEqualTo(404);
    assertThat(adopt(planId, "ndv-api:una-password-lunga", body).statusCode()).isEqualTo(403);
    HttpResponse<String> badDate = adopt(planId, "admin:test-admin-password", "{\"act\":\"Delibera n. 7\",\"date\":\"29/01/2024\"}");
    assertThat(badDate.statusCode()).isEqualTo(422);
    assertThat(badDate.body()).contains("\"field\":\"date\"");
    assertThat(plans.summary(entityId, planId).orElseThrow().state()).isEqualTo(PlanState.BOZZA);

    HttpResponse<String> adopted = adopt(planId, "admin:test-admin-password", body);
    assertThat(adopted.statusCode()).isEqualTo(200);
    assertThat(adopted.body())
        .contains("\"id\":" + planId)
        .contains("\"state\":\"ADOTTATO\"")
        .contains("\"adoptionDate\":\"2024-01-29\"")
        .contains("\"objectives\":[{")
        .contains("\"achievements\":[");
    assertThat(adopt(planId, "admin:test-admin-password", body).statusCode()).isEqualTo(422);
  }

  private HttpResponse<String> adopt(long planId, String credentials, String body) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/plans/" + planId + "/adopt"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (credentials != null) {
      request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
