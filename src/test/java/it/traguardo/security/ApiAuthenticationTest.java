package it.traguardo.security;

import static org.assertj.core.api.Assertions.assertThat;

import it.traguardo.catalog.BudgetCatalog;
import it.traguardo.importer.ImportResult;
import it.traguardo.importer.PlanImportService;
import it.traguardo.importer.PlanTextImporter;
import it.traguardo.organization.AccessToken;
import it.traguardo.organization.AccessTokens;
import it.traguardo.organization.Entities;
import it.traguardo.organization.Role;
import it.traguardo.organization.Users;
import it.traguardo.plan.Adoption;
import it.traguardo.plan.PlanState;
import it.traguardo.plan.Plans;
import it.traguardo.support.Seed;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import it.traguardo.support.TraguardoIntegrationTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The API over real HTTP, as a script would call it: POST and PUT succeed with Basic credentials or a personal
 * access token and no CSRF token at all; without credentials, or with a token that no longer works, 401.
 */
@TraguardoIntegrationTest
class ApiAuthenticationTest {

  private static final String PASSWORD = "una-password-lunga";

  @Autowired PlanImportService imports;
  @Autowired Users users;
  @Autowired AccessTokens tokens;
  @Autowired Entities entities;
  @Autowired Plans plans;
  @Autowired JdbcClient jdbc;
  @LocalServerPort int port;

  private final HttpClient http = HttpClient.newHttpClient();
  private long segretario;

  private long ente;

  /** An ente of its own with the sample plan, so that the values written here touch no other test's data. */
  @BeforeEach
  void segretario() {
    if (entities.byCode("prova-token").isEmpty()) {
      ImportResult seed = new PlanTextImporter(BudgetCatalog.standard()).read(Seed.bytes());
      imports.store(
          seed.planOrNull(), "prova-token", null, false, "p.txt", "test", seed.diagnostics(), PlanState.IN_MONITORAGGIO,
          new Adoption("Delibera di Giunta n. 9", LocalDate.of(2024, 1, 30), false));
    }
    ente = entities.byCode("prova-token").orElseThrow().id();
    segretario =
        users.byUsername("segretario-token").map(u -> u.id()).orElseGet(() -> users.create("segretario-token", PASSWORD, false));
    users.grant(segretario, ente, Role.SEGRETARIO);
  }

  @Test
  void postAndPutWithoutCsrfSucceedWithBasicAndWithAToken() throws Exception {
    String token = tokens.create(segretario, "script di prova", null).secret();
    assertThat(token).startsWith("trg_").hasSize(4 + 43);
    String basic = "Basic " + Base64.getEncoder().encodeToString(("segretario-token:" + PASSWORD).getBytes(StandardCharsets.UTF_8));

    // POST: preview a target; with Basic and with the token
    String preview = "{\"text\":\"Almeno 80%\",\"year\":2024}";
    assertThat(send("POST", "/api/v1/targets/preview", basic, null, preview).statusCode()).isEqualTo(200);
    HttpResponse<String> byToken = send("POST", "/api/v1/targets/preview", "Bearer " + token, null, preview);
    assertThat(byToken.statusCode()).isEqualTo(200);
    assertThat(byToken.body()).contains("\"comparator\":\"GE\"");

    // PUT: an achieved value with If-Match, first with Basic, then with the token
    long planId = plans.summaries(ente).get(0).id();
    long indicator = plans.find(ente, planId).orElseThrow().plan().objectives().get(18).indicators().get(1).id();
    String path = "/api/v1/indicators/" + indicator;
    String etag = send("GET", path, basic, null, null).headers().firstValue("ETag").orElseThrow();
    HttpResponse<String> put = send("PUT", path + "/actuals/2025/mid", basic, etag, "{\"value\":\"2 immobili\"}");
    assertThat(put.statusCode()).isEqualTo(200);
    HttpResponse<String> putByToken =
        send("PUT", path + "/actuals/2025/mid", "Bearer " + token, put.headers().firstValue("ETag").orElseThrow(), "{\"value\":\"3 immobili\"}");
    assertThat(putByToken.statusCode()).isEqualTo(200);
    assertThat(putByToken.body()).contains("\"recordedBy\":\"segretario-token\"").contains("3 immobili");
    // no session was opened for it
    assertThat(putByToken.headers().allValues("Set-Cookie")).isEmpty();

    AccessToken used = tokens.of(segretario).stream().filter(t -> t.name().equals("script di prova")).findFirst().orElseThrow();
    assertThat(used.lastUsedAt()).isNotNull();
  }

  @Test
  void withoutCredentialsOrWithATokenThatNoLongerWorksTheAnswerIs401() throws Exception {
    String body = "{\"text\":\"Almeno 80%\"}";
    HttpResponse<String> anonymous = send("POST", "/api/v1/targets/preview", null, null, body);
    assertThat(anonymous.statusCode()).isEqualTo(401);
    assertThat(anonymous.headers().firstValue("WWW-Authenticate").orElseThrow()).startsWith("Basic");
    assertThat(send("GET", "/api/v1/entities", "Bearer trg_inventato", null, null).statusCode()).isEqualTo(401);
    assertThat(send("GET", "/api/v1/entities", "Bearer ", null, null).statusCode()).isEqualTo(401);

    String revoked = tokens.create(segretario, "da revocare", null).secret();
    assertThat(send("GET", "/api/v1/entities", "Bearer " + revoked, null, null).statusCode()).isEqualTo(200);
    long revokedId = tokens.of(segretario).stream().filter(t -> t.name().equals("da revocare")).findFirst().orElseThrow().id();
    tokens.revoke(segretario, revokedId);
    HttpResponse<String> afterRevocation = send("GET", "/api/v1/entities", "Bearer " + revoked, null, null);
    assertThat(afterRevocation.statusCode()).isEqualTo(401);
    assertThat(afterRevocation.headers().firstValue("WWW-Authenticate").orElseThrow()).contains("invalid_token");

    String expired = tokens.create(segretario, "scaduto", LocalDate.now()).secret();
    jdbc.sql("update access_token set expires_on = current_date - 1 where name = 'scaduto'").update();
    assertThat(send("GET", "/api/v1/entities", "Bearer " + expired, null, null).statusCode()).isEqualTo(401);

    long disabled = users.create("utente-disattivato-token", PASSWORD, false);
    users.grant(disabled, ente, Role.GIUNTA);
    String ofDisabled = tokens.create(disabled, "del disattivato", null).secret();
    assertThat(send("GET", "/api/v1/entities", "Bearer " + ofDisabled, null, null).statusCode()).isEqualTo(200);
    users.setEnabled(disabled, false);
    assertThat(send("GET", "/api/v1/entities", "Bearer " + ofDisabled, null, null).statusCode()).isEqualTo(401);
    String disabledBasic = "Basic " + Base64.getEncoder().encodeToString(("utente-disattivato-token:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    assertThat(send("GET", "/api/v1/entities", disabledBasic, null, null).statusCode()).isEqualTo(401);
  }

  @Test
  void onlyTheHashOfTheSecretIsStored() {
    String secret = tokens.create(segretario, "hash", null).secret();
    String stored =
        jdbc.sql("select secret_hash || ' ' || hint from access_token where name = 'hash' and user_id = ?").param(segretario).query(String.class).single();
    assertThat(stored).doesNotContain(secret).doesNotContain(secret.substring(12));
    assertThat(stored.split(" ")[0]).hasSize(64).matches("[0-9a-f]+");
  }

  private HttpResponse<String> send(String method, String path, String authorization, String ifMatch, String body) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
            .header("Content-Type", "application/json");
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    if (ifMatch != null) {
      request.header("If-Match", ifMatch);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
