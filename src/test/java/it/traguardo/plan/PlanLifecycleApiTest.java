package it.traguardo.plan;

import static org.assertj.core.api.Assertions.assertThat;

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

/** The lifecycle steps and variazioni through the API, over real HTTP with Basic credentials and no CSRF token. */
@TraguardoIntegrationTest
class PlanLifecycleApiTest {

  @Autowired PlanImportService imports;
  @Autowired Entities entities;
  @Autowired Users users;
  @LocalServerPort int port;

  private final HttpClient http = HttpClient.newHttpClient();

  private HttpResponse<String> call(String method, String path, String body, String user) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .header("Content-Type", "application/json")
            .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    if (user != null) {
      String credentials = user + ":una-password-lunga";
      request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void monitoringReportAndAVariazioneWithItsVersions() throws Exception {
    ImportResult seed = new PlanTextImporter(BudgetCatalog.standard()).read(Seed.bytes());
    long planId =
        imports.store(seed.planOrNull(), "api-ciclo", null, false, "p.txt", "test", seed.diagnostics(), PlanState.ADOTTATO,
                new Adoption("Delibera n. 1", LocalDate.of(2024, 1, 30), false))
            .planId();
    long entityId = entities.byCode("api-ciclo").orElseThrow().id();
    users.grant(users.create("api-segretario", "una-password-lunga", false), entityId, Role.SEGRETARIO);
    users.grant(users.create("api-giunta", "una-password-lunga", false), entityId, Role.GIUNTA);
    String base = "/api/v1/plans/" + planId;

    assertThat(call("POST", base + "/monitoring", null, null).statusCode()).isEqualTo(401);
    assertThat(call("POST", base + "/monitoring", null, "api-giunta").statusCode()).isEqualTo(403);
    HttpResponse<String> monitoring = call("POST", base + "/monitoring", null, "api-segretario");
    assertThat(monitoring.statusCode()).isEqualTo(200);
    assertThat(monitoring.body()).contains("\"state\":\"IN_MONITORAGGIO\"");

    HttpResponse<String> badDate =
        call("POST", base + "/variations", "{\"reason\":\"Nuovo obiettivo\",\"act\":\"Delibera n. 40\",\"date\":\"03/06/2024\"}", "api-segretario");
    assertThat(badDate.statusCode()).isEqualTo(422);
    assertThat(badDate.body()).contains("\"field\":\"date\"");
    assertThat(call("POST", base + "/variations", "{\"reason\":\"Nuovo obiettivo\",\"act\":\"Delibera n. 40\",\"date\":\"2024-06-03\"}", "api-segretario").statusCode())
        .isEqualTo(200);
    assertThat(call("POST", base + "/variations/close", null, "api-segretario").statusCode()).isEqualTo(200);
    HttpResponse<String> versions = call("GET", base + "/versions", null, "api-giunta");
    assertThat(versions.body()).contains("\"number\":1").contains("\"number\":2").contains("\"act\":\"Delibera n. 40\"")
        .contains("\"actDate\":\"2024-06-03\"");
    assertThat(call("GET", base + "/versions/2", null, "api-giunta").body()).contains("\"objectives\":[");

    HttpResponse<String> report = call("POST", base + "/reports", "{\"year\":2024}", "api-segretario");
    assertThat(report.body()).contains("\"state\":\"RENDICONTATO\"");
    HttpResponse<String> again = call("POST", base + "/reports", "{\"year\":2024}", "api-segretario");
    assertThat(again.statusCode()).isEqualTo(422);
    assertThat(again.body()).contains("Il piano è rendicontato: si rendiconta un piano in monitoraggio.");
  }
}
