package it.traguardo.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import it.traguardo.catalog.BudgetCatalog;
import it.traguardo.importer.ImportResult;
import it.traguardo.importer.PlanImportService;
import it.traguardo.importer.PlanTextImporter;
import it.traguardo.plan.Adoption;
import it.traguardo.support.Seed;
import it.traguardo.support.TraguardoIntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;

/** Pages show each indicator's target as a sentence, the achieved value, its percentage and status. */
@TraguardoIntegrationTest
class MeasuredPlanPagesTest {

  @Autowired MockMvc mvc;
  @Autowired PlanImportService imports;
  @LocalServerPort int port;

  @Test
  void achievedValuesOfTheDocumentAreScoredForTheFirstYear() throws Exception {
    String text =
        Seed.text()
            .replace("2- N. variazioni di bilancio\t3\t", "2- N. variazioni di bilancio\t3\t2")
            .replace("4- Pareggio di Bilancio\tSI\t", "4- Pareggio di Bilancio\tSI\tSI")
            .replace("6- Approvazione Rendiconto\tEntro 30.4\t", "6- Approvazione Rendiconto\tEntro 30.4\t15/05/2024");
    ImportResult result = new PlanTextImporter(BudgetCatalog.standard()).read(text.getBytes(StandardCharsets.UTF_8));
    PlanImportService.Outcome stored =
        imports.store(
            result.planOrNull(), "prova-valori", null, false, "p.txt", "test", result.diagnostics(),
            PlanState.IN_MONITORAGGIO, new Adoption("Delibera di Giunta n. 1", java.time.LocalDate.of(2024, 1, 30), false));
    long objective6 = objectiveId(stored.planId(), 5);

    String page =
        mvc.perform(get("/enti/prova-valori/piani/{p}/obiettivi/{o}", stored.planId(), objective6).param("anno", "2024"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    // 2 of 3 variations: 66,67 %; SI: 100 %; rendiconto approved after 30 April: 0 %
    assertThat(page).contains("66,67 %").contains("100,00 %").contains("0,00 %");
    assertThat(page).contains("letto come: entro il 30/04/2024").contains("Parzialmente raggiunto").contains("Non raggiunto");
    // the objective is the mean of its three evaluable indicators: (66.67 + 100 + 0) / 3
    assertThat(page).contains("55,56 %");

    String planPage =
        mvc.perform(get("/enti/prova-valori/piani/{p}", stored.planId()).param("anno", "2024"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    // only objective 6 has values: it is the ente's and its service's whole achievement
    assertThat(planPage).contains("Grado di raggiungimento 2024").containsPattern("Ente</th>\\s*<td><span>55,56 %</span>");

    String otherYear =
        mvc.perform(get("/enti/prova-valori/piani/{p}/obiettivi/{o}", stored.planId(), objective6).param("anno", "2025"))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(otherYear).contains("letto come: entro il 30/04/2025").doesNotContain("66,67 %");
  }

  @Test
  void theTargetPreviewApiTakesBasicCredentialsWithoutCsrfToken() throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/targets/preview"))
            .header("Content-Type", "application/json")
            .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("admin:test-admin-password".getBytes(StandardCharsets.UTF_8)))
            .POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"Entro 31.10\",\"year\":2025}"))
            .build();
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body())
        .contains("\"kind\":\"DEADLINE\"")
        .contains("\"deadline\":\"2025-10-31\"")
        .contains("\"sentence\":\"entro il 31/10/2025\"");

    HttpResponse<String> anonymous =
        http.send(
            HttpRequest.newBuilder(request.uri())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"SI\"}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(anonymous.statusCode()).isEqualTo(401);
  }

  @Autowired Plans plans;
  @Autowired it.traguardo.organization.Entities entities;

  private long objectiveId(long planId, int index) {
    long entityId = entities.byCode("prova-valori").orElseThrow().id();
    return plans.find(entityId, planId).orElseThrow().plan().objectives().get(index).id();
  }
}
