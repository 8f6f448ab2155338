package it.traguardo.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import it.traguardo.evaluation.store.Outcome;
import it.traguardo.evaluation.store.YearValidation;
import it.traguardo.organization.Entities;
import it.traguardo.organization.Role;
import it.traguardo.organization.Users;
import it.traguardo.plan.PlanLifecycle;
import it.traguardo.support.SampleEnte;
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
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The evaluation API over real HTTP: Basic credentials, no CSRF token, roles and enti, 422 with the reason. */
@TraguardoIntegrationTest
class EvaluationApiTest {

  @Autowired ApplicationContext context;
  @Autowired Entities entities;
  @Autowired Users users;
  @Autowired PlanLifecycle lifecycle;
  @Autowired YearValidation validation;
  @LocalServerPort int port;

  private final HttpClient http = HttpClient.newHttpClient();
  private final JsonMapper json = JsonMapper.builder().build();

  /** EQ 2's objectives (1–5, 7, 15–17) weighted to 100 with 7 at 45. */
  private static final String VALID =
      "{\"objectives\":{\"1\":5,\"2\":5,\"3\":5,\"4\":5,\"5\":5,\"7\":45,\"15\":10,\"16\":10,\"17\":10}}";

  @Test
  void theListHasEveryEqWithNullWhereNothingIsKnownYet() throws Exception {
    SampleEnte.Created ente = new SampleEnte(context).create("valutazione-api-lista");
    HttpResponse<String> response = send("GET", "/api/v1/plans/" + ente.planId() + "/evaluations/2024", "valutazione-api-lista-ndv", null);
    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode list = json.readTree(response.body());
    assertThat(list.size()).isEqualTo(3);
    JsonNode eq1 = list.get(0);
    assertThat(eq1.get("manager").get("id").asLong()).isEqualTo(ente.eqs().get(0));
    assertThat(eq1.get("manager").get("name").asString()).isEqualTo("Responsabile " + SampleEnte.SERVIZIO_1);
    assertThat(eq1.get("manager").get("unit").asString()).isEqualTo(SampleEnte.SERVIZIO_1);
    assertThat(eq1.get("paymentResponsible").asBoolean()).isTrue();
    assertThat(eq1.get("objectives").size()).isEqualTo(14);
    JsonNode seven = eq1.get("objectives").get(6);
    assertThat(seven.get("number").asString()).isEqualTo("7");
    assertThat(seven.get("weight").decimalValue()).isEqualByComparingTo("42.86");
    assertThat(seven.get("achievement").isNull()).isTrue();
    for (String field : new String[] {"resultsScore", "behaviourScore", "totalScore", "band", "payPercent", "payAmount"}) {
      assertThat(eq1.get(field).isNull()).as(field).isTrue();
    }
  }

  @Test
  void weightsAreSavedOrRefusedWithTheReason() throws Exception {
    SampleEnte.Created ente = new SampleEnte(context).create("valutazione-api-pesi");
    String path = "/api/v1/plans/" + ente.planId() + "/evaluations/2024/managers/" + ente.eqs().get(1) + "/weights";
    String segretario = "valutazione-api-pesi-segretario";

    HttpResponse<String> saved = send("PUT", path, segretario, VALID);
    assertThat(saved.statusCode()).isEqualTo(200);
    JsonNode objectives = json.readTree(saved.body()).get("objectives");
    assertThat(objectives.get(5).get("number").asString()).isEqualTo("7");
    assertThat(objectives.get(5).get("weight").decimalValue()).isEqualByComparingTo("45");

    // 42,85 × 70 / 100 = 29,995 % of the result pay: under 30 %
    HttpResponse<String> under =
        send("PUT", path, segretario, "{\"objectives\":{\"1\":5,\"2\":5,\"3\":5,\"4\":5,\"5\":5,\"7\":42.85,\"15\":12.15,\"16\":10,\"17\":10}}");
    assertThat(under.statusCode()).isEqualTo(422);
    JsonNode problem = json.readTree(under.body());
    assertThat(problem.get("field").asString()).isEqualTo("objectives");
    assertThat(problem.get("message").asString())
        .contains("vale il 29,995% della retribuzione di risultato")
        .contains("art. 4-bis c. 2 DL 24 febbraio 2023 n. 13, convertito dalla L. 21 aprile 2023 n. 41")
        .contains("circolare RGS-DFP n. 1 del 3 gennaio 2024")
        .contains("almeno 42,86");

    assertThat(json.readTree(send("PUT", path, segretario, VALID.replace("\"17\":10", "\"17\":9.98")).body()).get("message").asString())
        .isEqualTo("I pesi degli obiettivi sommano a 99,98: devono sommare a 100 (tolleranza 0,01).");
    // 99,99 is within 0,01
    assertThat(send("PUT", path, segretario, VALID.replace("\"17\":10", "\"17\":9.99")).statusCode()).isEqualTo(200);
    assertThat(json.readTree(send("PUT", path, segretario, VALID.replace("\"17\":10", "\"17\":9.999,\"16\":10.001")).body()).get("message").asString())
        .contains("Peso dell'obiettivo 16: atteso un numero da 0 a 100 con al più due decimali, trovato 10,001");
    assertThat(json.readTree(send("PUT", path, segretario, VALID.replace("\"7\":45", "\"7\":\"45\"")).body()).get("message").asString())
        .isEqualTo("Peso dell'obiettivo 7: atteso un numero, trovato \"45\".");
    assertThat(json.readTree(send("PUT", path, segretario, VALID.replace(",\"17\":10", "")).body()).get("message").asString())
        .contains("Manca il peso dell'obiettivo 17");
    assertThat(json.readTree(send("PUT", path, segretario, VALID.replace("\"1\":5", "\"1\":5,\"6\":0")).body()).get("message").asString())
        .contains("L'obiettivo «6» non è tra quelli assegnati al responsabile");
    assertThat(send("PUT", path, segretario, "{\"pesi\":{}}").statusCode()).isEqualTo(422);
    // the last valid weights are the ones kept
    JsonNode list = json.readTree(send("GET", "/api/v1/plans/" + ente.planId() + "/evaluations/2024", segretario, null).body());
    assertThat(list.get(1).get("objectives").get(8).get("weight").decimalValue()).isEqualByComparingTo("9.99");
  }

  @Test
  void rolesEntiAndTheValidatedYearAreEnforced() throws Exception {
    SampleEnte.Created ente = new SampleEnte(context).create("valutazione-api-diritti");
    String list = "/api/v1/plans/" + ente.planId() + "/evaluations/2024";
    String path = list + "/managers/" + ente.eqs().get(1) + "/weights";
    assertThat(send("GET", list, null, null).statusCode()).isEqualTo(401);
    assertThat(send("PUT", path, null, VALID).statusCode()).isEqualTo(401);
    assertThat(send("GET", list, "valutazione-api-diritti-giunta", null).statusCode()).isEqualTo(403);
    assertThat(send("PUT", path, "valutazione-api-diritti-eq1", VALID).statusCode()).isEqualTo(403);
    long other = entities.create("valutazione-api-estraneo", "Comune estraneo").id();
    users.grant(users.create("valutazione-api-estraneo-ndv", SampleEnte.PASSWORD, false), other, Role.NDV);
    assertThat(send("GET", list, "valutazione-api-estraneo-ndv", null).statusCode()).isEqualTo(404);
    assertThat(send("PUT", path, "valutazione-api-estraneo-ndv", VALID).statusCode()).isEqualTo(404);
    assertThat(send("GET", "/api/v1/plans/" + ente.planId() + "/evaluations/2031", "valutazione-api-diritti-ndv", null).statusCode())
        .isEqualTo(404);
    assertThat(send("PUT", list + "/managers/999999/weights", "valutazione-api-diritti-ndv", VALID).statusCode()).isEqualTo(404);
    assertThat(send("PUT", path, "valutazione-api-diritti-ndv", VALID).statusCode()).isEqualTo(200);

    lifecycle.report(ente.entityId(), ente.planId(), 2024, "valutazione-api-diritti-segretario");
    assertThat(validation.validate(ente.entityId(), ente.plan(), 2024, "Verbale n. 1", LocalDate.of(2025, 6, 10), null, "ndv"))
        .isEqualTo(Outcome.SAVED);
    HttpResponse<String> frozen = send("PUT", path, "valutazione-api-diritti-ndv", VALID);
    assertThat(frozen.statusCode()).isEqualTo(409);
    assertThat(frozen.body()).contains("sono stati validati");
  }

  private HttpResponse<String> send(String method, String path, String user, String body) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
            .header("Content-Type", "application/json");
    if (user != null) {
      request.header(
          "Authorization",
          "Basic " + Base64.getEncoder().encodeToString((user + ":" + SampleEnte.PASSWORD).getBytes(StandardCharsets.UTF_8)));
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
