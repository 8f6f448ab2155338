package it.traguardo.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import it.traguardo.plan.PlanLifecycle;
import it.traguardo.plan.PlanState;
import it.traguardo.plan.Plans;
import it.traguardo.support.SampleEnte;
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
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The NdV runs its review and the validation of the year through the API, over real HTTP without CSRF. */
@TraguardoIntegrationTest
class NucleoApiTest {

  @Autowired ApplicationContext context;
  @Autowired PlanLifecycle lifecycle;
  @Autowired Plans plans;
  @LocalServerPort int port;

  private final HttpClient http = HttpClient.newHttpClient();
  private final JsonMapper json = JsonMapper.builder().build();

  @Test
  void theNdvSetsAnAchievementWithAReasonThenValidatesTheYear() throws Exception {
    SampleEnte.Created ente = new SampleEnte(context).create("nucleo-api");
    String base = "/api/v1/plans/" + ente.planId();
    JsonNode list = json.readTree(send("GET", base + "/reviews/2024", "nucleo-api-eq1", null, null).body());
    assertThat(list.size()).isEqualTo(19);
    JsonNode first = list.get(0);
    assertThat(first.get("number").asString()).isEqualTo("1");
    assertThat(first.get("version").asInt()).isEqualTo(-1);
    assertThat(first.get("decision").isNull()).isTrue();
    long objective = first.get("objectiveId").asLong();
    String path = base + "/reviews/2024/objectives/" + objective;
    String set = "{\"decision\":\"SET\",\"achievement\":80,\"reason\":\"Fasi concluse in ritardo per cause esterne\"}";

    assertThat(send("PUT", path, "nucleo-api-eq1", "\"-1\"", set).statusCode()).isEqualTo(403);
    assertThat(send("PUT", path, "nucleo-api-ndv", null, set).statusCode()).isEqualTo(428);
    HttpResponse<String> noReason = send("PUT", path, "nucleo-api-ndv", "\"-1\"", "{\"decision\":\"SET\",\"achievement\":80}");
    assertThat(noReason.statusCode()).isEqualTo(422);
    assertThat(noReason.body()).contains("\"field\":\"reason\"");
    HttpResponse<String> saved = send("PUT", path, "nucleo-api-ndv", "\"-1\"", set);
    assertThat(saved.statusCode()).isEqualTo(200);
    assertThat(saved.headers().firstValue("ETag")).contains("\"0\"");
    assertThat(send("PUT", path, "nucleo-api-ndv", "\"-1\"", set).statusCode()).isEqualTo(412);

    JsonNode reviewed = json.readTree(send("GET", base + "/reviews/2024", "nucleo-api-ndv", null, null).body()).get(0);
    assertThat(reviewed.get("decision").asString()).isEqualTo("SET");
    assertThat(reviewed.get("achievement").decimalValue()).isEqualByComparingTo("80");
    assertThat(reviewed.get("reason").asString()).isEqualTo("Fasi concluse in ritardo per cause esterne");
    assertThat(reviewed.get("reviewedBy").asString()).isEqualTo("nucleo-api-ndv");

    lifecycle.report(ente.entityId(), ente.planId(), 2024, "nucleo-api-segretario");
    String validation = "{\"year\":2024,\"act\":\"Verbale del Nucleo n. 2\",\"date\":\"2025-05-20\"}";
    assertThat(send("POST", base + "/validations", "nucleo-api-segretario", null, validation).statusCode()).isEqualTo(403);
    HttpResponse<String> badDate =
        send("POST", base + "/validations", "nucleo-api-ndv", null, validation.replace("2025-05-20", "20/05/2025"));
    assertThat(badDate.statusCode()).isEqualTo(422);
    assertThat(badDate.body()).contains("\"field\":\"date\"");
    HttpResponse<String> validated = send("POST", base + "/validations", "nucleo-api-ndv", null, validation);
    assertThat(validated.statusCode()).isEqualTo(201);
    assertThat(validated.body()).contains("\"year\":2024").contains("\"date\":\"2025-05-20\"").contains("\"state\":\"VALIDATO\"");
    assertThat(plans.summary(ente.entityId(), ente.planId()).orElseThrow().state()).isEqualTo(PlanState.VALIDATO);
    // the year is frozen: the review no longer changes
    HttpResponse<String> frozen = send("PUT", path, "nucleo-api-ndv", "\"0\"", set.replace("80", "90"));
    assertThat(frozen.statusCode()).isEqualTo(422);
    assertThat(frozen.body()).contains("validati");
  }

  private HttpResponse<String> send(String method, String path, String user, String ifMatch, String body) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
            .header("Content-Type", "application/json")
            .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + SampleEnte.PASSWORD).getBytes(StandardCharsets.UTF_8)));
    if (ifMatch != null) {
      request.header("If-Match", ifMatch);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
