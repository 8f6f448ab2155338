package it.traguardo.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import it.traguardo.audit.AuditEntry;
import it.traguardo.audit.AuditTrail;
import it.traguardo.organization.Role;
import it.traguardo.plan.Objective;
import it.traguardo.support.EvidenceFiles;
import it.traguardo.support.MonitoredEnte;
import it.traguardo.support.TraguardoIntegrationTest;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/** Phase status, stato di attuazione and evidence over real HTTP: Basic, no CSRF token, ETag and If-Match, roles, enti. */
@TraguardoIntegrationTest
class ProgressApiTest {

  @Autowired ApplicationContext context;
  @Autowired AuditTrail trail;
  @LocalServerPort int port;

  private final HttpClient http = HttpClient.newHttpClient();
  private MonitoredEnte ente;
  private Objective sixteen;

  @BeforeEach
  void ente() {
    ente = MonitoredEnte.of(context, "prova-progresso-api")
        .responsabile("eq-progresso-api", MonitoredEnte.SERVIZIO_2)
        .member("giunta-progresso-api", Role.GIUNTA);
    MonitoredEnte.of(context, "prova-progresso-api-estraneo").member("segretario-progresso-api-estraneo", Role.SEGRETARIO);
    sixteen = ente.objective("16");
  }

  @Test
  void aPhaseStatusIsPutWithTheEtagItWasReadWith() throws Exception {
    String path = "/api/v1/phases/" + sixteen.phases().get(0).id() + "/status/2024";
    HttpResponse<String> read = send("GET", path, "eq-progresso-api", null, null);
    assertThat(read.statusCode()).isEqualTo(200);
    assertThat(read.headers().firstValue("ETag")).contains("\"0\"");
    assertThat(read.body()).contains("\"status\":null").contains("\"shownStatus\":\"DA_AVVIARE\"");

    String body = "{\"status\":\"COMPLETATA\",\"startedOn\":\"2024-02-01\",\"completedOn\":\"2024-09-30\",\"note\":\"appalto concluso\"}";
    assertThat(send("PUT", path, "eq-progresso-api", null, body).statusCode()).isEqualTo(428);
    HttpResponse<String> written = send("PUT", path, "eq-progresso-api", "\"0\"", body);
    assertThat(written.statusCode()).isEqualTo(200);
    assertThat(written.headers().firstValue("ETag")).contains("\"1\"");
    assertThat(written.body()).contains("\"status\":\"COMPLETATA\"").contains("\"completedOn\":\"2024-09-30\"")
        .contains("\"recordedBy\":\"eq-progresso-api\"").contains("\"overdue\":false");
    HttpResponse<String> stale = send("PUT", path, "eq-progresso-api", "\"0\"", "{\"status\":\"IN_CORSO\"}");
    assertThat(stale.statusCode()).isEqualTo(412);
    assertThat(stale.body()).contains("\"field\":\"If-Match\"");
    assertThat(send("GET", path, "giunta-progresso-api", null, null).body()).contains("\"status\":\"COMPLETATA\"");

    HttpResponse<String> wrong =
        send("PUT", path, "eq-progresso-api", "\"1\"", "{\"status\":\"COMPLETATA\",\"startedOn\":\"2024-10-01\",\"completedOn\":\"2024-09-30\"}");
    assertThat(wrong.statusCode()).isEqualTo(422);
    assertThat(wrong.body()).contains("\"field\":\"completedOn\"").contains("precede la data di inizio");
    assertThat(send("PUT", path, "eq-progresso-api", "\"1\"", "{\"status\":\"FINITA\"}").body()).contains("\"field\":\"status\"");
    HttpResponse<String> outside = send("PUT", "/api/v1/phases/" + sixteen.phases().get(0).id() + "/status/2031", "eq-progresso-api", "\"0\"", body);
    assertThat(outside.statusCode()).isEqualTo(422);
    assertThat(outside.body()).contains("\"field\":\"year\"");

    AuditEntry entry =
        trail.ofObjective(ente.entityId(), sixteen.id()).stream().filter(e -> e.action().equals("STATO_FASE")).findFirst().orElseThrow();
    assertThat(entry.afterValue()).isEqualTo("completata; iniziata il 01/02/2024; completata il 30/09/2024; nota: appalto concluso");
  }

  @Test
  void theStatoDiAttuazioneIsPutPerCheckpoint() throws Exception {
    String path = "/api/v1/objectives/" + sixteen.id() + "/narratives/2024/final";
    assertThat(send("GET", path, "eq-progresso-api", null, null).headers().firstValue("ETag")).contains("\"0\"");
    HttpResponse<String> written = send("PUT", path, "eq-progresso-api", "\"0\"", "{\"text\":\"Manutenzione eseguita su 12 aree.\"}");
    assertThat(written.statusCode()).isEqualTo(200);
    assertThat(written.headers().firstValue("ETag")).contains("\"1\"");
    assertThat(written.body()).contains("\"text\":\"Manutenzione eseguita su 12 aree.\"").contains("\"checkpoint\":\"final\"");
    assertThat(send("PUT", path, "admin", "\"0\"", "{\"text\":\"altro\"}").statusCode()).isEqualTo(412);
    assertThat(send("PUT", path, "admin", "\"1\"", "{\"text\":\"" + "x".repeat(20_001) + "\"}").body()).contains("\"field\":\"text\"");
    HttpResponse<String> annual = send("PUT", "/api/v1/objectives/" + sixteen.id() + "/narratives/2024/annuale", "admin", "\"0\"", "{\"text\":\"x\"}");
    assertThat(annual.statusCode()).isEqualTo(422);
    assertThat(annual.body()).contains("\"field\":\"checkpoint\"");
    assertThat(trail.ofObjective(ente.entityId(), sixteen.id())).anySatisfy(e -> {
      assertThat(e.action()).isEqualTo("STATO_ATTUAZIONE");
      assertThat(e.afterValue()).isEqualTo("Manutenzione eseguita su 12 aree.");
    });
  }

  @Test
  void rolesAndEntiAreEnforced() throws Exception {
    Objective six = ente.objective("6"); // service 1: not the EQ's
    String phase = "/api/v1/phases/" + six.phases().get(0).id() + "/status/2024";
    String narrative = "/api/v1/objectives/" + six.id() + "/narratives/2024/mid";
    String evidence = "/api/v1/indicators/" + six.indicators().get(0).id() + "/actuals/2024/final/evidence";
    String status = "{\"status\":\"IN_CORSO\"}";
    assertThat(send("PUT", phase, null, "\"0\"", status).statusCode()).isEqualTo(401);
    assertThat(send("PUT", phase, "eq-progresso-api", "\"0\"", status).statusCode()).isEqualTo(403);
    assertThat(send("PUT", phase, "giunta-progresso-api", "\"0\"", status).statusCode()).isEqualTo(403);
    assertThat(send("PUT", phase, "segretario-progresso-api-estraneo", "\"0\"", status).statusCode()).isEqualTo(404);
    assertThat(send("GET", phase, "segretario-progresso-api-estraneo", null, null).statusCode()).isEqualTo(404);
    assertThat(send("PUT", narrative, "eq-progresso-api", "\"0\"", "{\"text\":\"x\"}").statusCode()).isEqualTo(403);
    assertThat(send("GET", narrative, "segretario-progresso-api-estraneo", null, null).statusCode()).isEqualTo(404);
    assertThat(upload(evidence, "eq-progresso-api", "a.pdf", EvidenceFiles.pdf()).statusCode()).isEqualTo(403);
    assertThat(upload(evidence, "segretario-progresso-api-estraneo", "a.pdf", EvidenceFiles.pdf()).statusCode()).isEqualTo(404);
    assertThat(upload(evidence, null, "a.pdf", EvidenceFiles.pdf()).statusCode()).isEqualTo(401);
    // the segretario reports on every objective, and a transversal one belongs to every responsabile
    assertThat(send("PUT", phase, "admin", "\"0\"", status).statusCode()).isEqualTo(200);
    String transversal = "/api/v1/objectives/" + ente.objective("1").id() + "/narratives/2024/mid";
    assertThat(send("PUT", transversal, "eq-progresso-api", "\"0\"", "{\"text\":\"fatto\"}").statusCode()).isEqualTo(200);
  }

  @Test
  void evidenceIsPostedAsMultipartListedDownloadedAndRemoved() throws Exception {
    String path = "/api/v1/indicators/" + sixteen.indicators().get(3).id() + "/actuals/2024/mid/evidence";
    byte[] xlsx = EvidenceFiles.xlsx();
    HttpResponse<String> created = upload(path, "eq-progresso-api", "raccolta.xlsx", xlsx);
    assertThat(created.statusCode()).isEqualTo(201);
    assertThat(created.body()).contains("\"fileName\":\"raccolta.xlsx\"")
        .contains("\"contentType\":\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\"").contains("\"size\":" + xlsx.length);
    String href = created.headers().firstValue("Location").orElseThrow();
    assertThat(href).matches("/api/v1/evidence/\\d+");
    assertThat(send("GET", path, "giunta-progresso-api", null, null).body()).contains("\"href\":\"" + href + "\"");

    HttpResponse<byte[]> download =
        http.send(request("GET", href, "giunta-progresso-api").build(), HttpResponse.BodyHandlers.ofByteArray());
    assertThat(download.statusCode()).isEqualTo(200);
    assertThat(download.body()).isEqualTo(xlsx);
    assertThat(download.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment;").contains("raccolta.xlsx");
    assertThat(download.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    assertThat(send("GET", href, "segretario-progresso-api-estraneo", null, null).statusCode()).isEqualTo(404);

    HttpResponse<String> page = upload(path, "eq-progresso-api", "raccolta2.xlsx", EvidenceFiles.html());
    assertThat(page.statusCode()).isEqualTo(422);
    assertThat(page.body()).contains("\"field\":\"file\"").contains("«raccolta2.xlsx» non è un tipo di file ammesso");
    HttpResponse<String> large = upload(path, "eq-progresso-api", "grande.pdf", EvidenceFiles.largePdf(10 * 1024 * 1024 + 1));
    assertThat(large.statusCode()).isEqualTo(413);
    assertThat(large.body()).contains("\"field\":\"file\"").contains("il limite è 10 MB per file");

    assertThat(send("DELETE", href, "giunta-progresso-api", null, null).statusCode()).isEqualTo(403);
    assertThat(send("DELETE", href, "eq-progresso-api", null, null).statusCode()).isEqualTo(204);
    assertThat(send("GET", href, "eq-progresso-api", null, null).statusCode()).isEqualTo(404);
  }

  private HttpResponse<String> upload(String path, String user, String name, byte[] content) throws Exception {
    String boundary = "----traguardo-api";
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
        + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
    body.writeBytes(content);
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return http.send(
        request("POST", path, user, HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
            .header("Content-Type", "multipart/form-data; boundary=" + boundary).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> send(String method, String path, String user, String ifMatch, String body) throws Exception {
    HttpRequest.Builder request =
        request(method, path, user, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
            .header("Content-Type", "application/json");
    if (ifMatch != null) {
      request.header("If-Match", ifMatch);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpRequest.Builder request(String method, String path, String user) {
    return request(method, path, user, HttpRequest.BodyPublishers.noBody());
  }

  private HttpRequest.Builder request(String method, String path, String user, HttpRequest.BodyPublisher body) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).method(method, body);
    if (user != null) {
      String password = user.equals("admin") ? "test-admin-password" : MonitoredEnte.PASSWORD;
      request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }
    return request;
  }
}
