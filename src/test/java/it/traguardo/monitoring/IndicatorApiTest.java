package it.traguardo.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import it.traguardo.catalog.BudgetCatalog;
import it.traguardo.importer.ImportResult;
import it.traguardo.importer.PlanImportService;
import it.traguardo.importer.PlanTextImporter;
import it.traguardo.organization.Entities;
import it.traguardo.organization.Organization;
import it.traguardo.organization.Role;
import it.traguardo.organization.Users;
import it.traguardo.plan.Adoption;
import it.traguardo.plan.PlanState;
import it.traguardo.plan.Plans;
import it.traguardo.plan.StoredPlan;
import it.traguardo.support.Seed;
import it.traguardo.support.TraguardoIntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;

/** Achieved values over real HTTP: Basic credentials, no CSRF token, ETag and If-Match, roles and enti. */
@TraguardoIntegrationTest
class IndicatorApiTest {

  @Autowired PlanImportService imports;
  @Autowired Entities entities;
  @Autowired Organization organization;
  @Autowired Users users;
  @Autowired Plans plans;
  @Autowired MockMvc mvc;
  @LocalServerPort int port;

  private final HttpClient http = HttpClient.newHttpClient();
  private StoredPlan plan;

  @BeforeEach
  void plan() {
    if (entities.byCode("prova-valori-api").isPresent()) {
      long entityId = entities.byCode("prova-valori-api").orElseThrow().id();
      plan = plans.find(entityId, plans.summaries(entityId).get(0).id()).orElseThrow();
      return;
    }
    ImportResult seed = new PlanTextImporter(BudgetCatalog.standard()).read(Seed.bytes());
    long planId =
        imports.store(seed.planOrNull(), "prova-valori-api", null, false, "p.txt", "test", seed.diagnostics(),
                PlanState.IN_MONITORAGGIO, new Adoption("Delibera di Giunta n. 9", LocalDate.of(2024, 1, 30), false))
            .planId();
    long entityId = entities.byCode("prova-valori-api").orElseThrow().id();
    plan = plans.find(entityId, planId).orElseThrow();
    long servizio2 = organization.ensureUnit(entityId, "Servizio 2 – Edilizia Privata, Urbanistica, Sue").id();
    long person = organization.addPerson(entityId, "EQ Servizio 2", "Responsabile di servizio (EQ)", true, List.of(servizio2)).id();
    long eq = users.create("eq-servizio-2", "una-password-lunga", false);
    users.grant(eq, entityId, Role.RESPONSABILE);
    users.linkPerson(eq, entityId, person);
    users.grant(users.create("giunta-api", "una-password-lunga", false), entityId, Role.GIUNTA);
  }

  private long indicator(int objective, int index) {
    return plan.plan().objectives().get(objective).indicators().get(index).id();
  }

  @Test
  void theEqRecordsAValueOfTheirServiceAndGetsItsAchievement() throws Exception {
    long criticita = indicator(15, 0); // objective 16, "Criticità … verde", target "< 5", service 2
    HttpResponse<String> read = send("GET", "/api/v1/indicators/" + criticita, "eq-servizio-2", null, null);
    assertThat(read.statusCode()).isEqualTo(200);
    String etag = read.headers().firstValue("ETag").orElseThrow();

    HttpResponse<String> written =
        send("PUT", "/api/v1/indicators/" + criticita + "/actuals/2024/final", "eq-servizio-2", etag, "{\"value\":\"3\",\"note\":\"da registro segnalazioni\"}");
    assertThat(written.statusCode()).isEqualTo(200);
    assertThat(written.body()).contains("\"achievement\":100.00").contains("\"status\":\"RAGGIUNTO\"").contains("\"recordedBy\":\"eq-servizio-2\"");
    assertThat(written.headers().firstValue("ETag").orElseThrow()).isNotEqualTo(etag);

    // the same ETag again is stale: nothing is written
    HttpResponse<String> stale =
        send("PUT", "/api/v1/indicators/" + criticita + "/actuals/2024/final", "eq-servizio-2", etag, "{\"value\":\"9\"}");
    assertThat(stale.statusCode()).isEqualTo(412);
    assertThat(send("GET", "/api/v1/indicators/" + criticita, "eq-servizio-2", null, null).body()).contains("\"value\":\"3\"").doesNotContain("\"value\":\"9\"");

    // the objective page now scores the entered value: 3 < 5
    String page =
        mvc.perform(get("/enti/prova-valori-api/piani/{p}/obiettivi/{o}", plan.summary().id(), plan.plan().objectives().get(15).id()).param("anno", "2024"))
            .andReturn().getResponse().getContentAsString();
    assertThat(page).contains("<span>3</span>").contains("100,00 %");
  }

  @Test
  void aValueThatDoesNotFitTheTargetIs422NamingTheField() throws Exception {
    long pareggio = indicator(5, 7); // objective 6, "Pareggio di Bilancio", target SI
    String etag = send("GET", "/api/v1/indicators/" + pareggio, "admin", null, null).headers().firstValue("ETag").orElseThrow();
    HttpResponse<String> wrong =
        send("PUT", "/api/v1/indicators/" + pareggio + "/actuals/2024/mid", "admin", etag, "{\"value\":\"forse\"}");
    assertThat(wrong.statusCode()).isEqualTo(422);
    assertThat(wrong.body()).contains("\"field\":\"value\"");
    assertThat(send("PUT", "/api/v1/indicators/" + pareggio + "/actuals/2024/annuale", "admin", etag, "{\"value\":\"SI\"}").statusCode())
        .isEqualTo(422);
    assertThat(send("PUT", "/api/v1/indicators/" + pareggio + "/actuals/2024/mid", "admin", null, "{\"value\":\"SI\"}").statusCode())
        .isEqualTo(428);
    HttpResponse<String> outside =
        send("PUT", "/api/v1/indicators/" + pareggio + "/actuals/1999/final", "admin", etag, "{\"value\":\"SI\"}");
    assertThat(outside.statusCode()).isEqualTo(422);
    assertThat(outside.body()).contains("L'anno 1999 non è del piano: atteso un anno dal 2024 al 2026.");
  }

  @Test
  void rolesAndEntiAreEnforced() throws Exception {
    long servizio1 = indicator(5, 1); // objective 6, service 1: not the EQ's
    String etag = send("GET", "/api/v1/indicators/" + servizio1, "admin", null, null).headers().firstValue("ETag").orElseThrow();
    String body = "{\"value\":\"3\"}";
    String path = "/api/v1/indicators/" + servizio1 + "/actuals/2024/final";
    assertThat(send("PUT", path, null, etag, body).statusCode()).isEqualTo(401);
    assertThat(send("PUT", path, "eq-servizio-2", etag, body).statusCode()).isEqualTo(403);
    assertThat(send("PUT", path, "giunta-api", etag, body).statusCode()).isEqualTo(403);
    long other = entities.create("prova-valori-estraneo", "Comune estraneo").id();
    users.grant(users.create("segretario-estraneo", "una-password-lunga", false), other, Role.SEGRETARIO);
    assertThat(send("GET", "/api/v1/indicators/" + servizio1, "segretario-estraneo", null, null).statusCode()).isEqualTo(404);
    assertThat(send("PUT", path, "segretario-estraneo", etag, body).statusCode()).isEqualTo(404);
    // a transversal objective belongs to every responsabile
    long transversal = indicator(0, 0);
    String transversalTag = send("GET", "/api/v1/indicators/" + transversal, "eq-servizio-2", null, null).headers().firstValue("ETag").orElseThrow();
    assertThat(send("PUT", "/api/v1/indicators/" + transversal + "/actuals/2024/final", "eq-servizio-2", transversalTag, "{\"value\":\"SI\"}").statusCode())
        .isEqualTo(200);
  }

  private HttpResponse<String> send(String method, String path, String user, String ifMatch, String body) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
            .header("Content-Type", "application/json");
    if (user != null) {
      String password = user.equals("admin") ? "test-admin-password" : "una-password-lunga";
      request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }
    if (ifMatch != null) {
      request.header("If-Match", ifMatch);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
