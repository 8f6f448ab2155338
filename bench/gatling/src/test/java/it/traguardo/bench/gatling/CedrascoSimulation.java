package it.traguardo.bench.gatling;

import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.details;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.currentLocation;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.FeederBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Users of the sample ente Cedrasco on a running server: readers of the public pages (the plan, its objective
 * sheets, the transparency page) and the ente's users, who sign in with the login form and its CSRF token and open
 * the values page of objectives. Every user waits between pages as a person reading them would.
 *
 * <p>System properties: {@code baseUrl} (http://localhost:8080), {@code users} (50, readers and members together),
 * {@code members} (10 of them signed in), {@code username} / {@code password} (a user of the ente; the platform
 * administrator may do everything), {@code seconds} (120 of steady load after a ramp of {@code rampSeconds}, 20),
 * {@code pauseMillis} (1000–3000 between pages: {@code minPauseMillis}, {@code maxPauseMillis}).
 */
public class CedrascoSimulation extends Simulation {

  private static final String ENTE = "cedrasco";

  private final String baseUrl = System.getProperty("baseUrl", "http://localhost:8080");
  private final int users = Integer.getInteger("users", 50);
  private final int members = Integer.getInteger("members", 10);
  private final Duration ramp = Duration.ofSeconds(Integer.getInteger("rampSeconds", 20));
  private final Duration steady = Duration.ofSeconds(Integer.getInteger("seconds", 120));
  private final Duration minPause = Duration.ofMillis(Integer.getInteger("minPauseMillis", 1000));
  private final Duration maxPause = Duration.ofMillis(Integer.getInteger("maxPauseMillis", 3000));

  /** The ids on the sample plan, read from the server's own pages before the load starts. */
  private record Sample(String planPath, List<String> objectiveIds, String year) {}

  private final Sample sample = discover();

  private final HttpProtocolBuilder protocol = http.baseUrl(baseUrl)
      .acceptHeader("text/html,application/xhtml+xml")
      .acceptLanguageHeader("it-IT,it;q=0.9")
      .userAgentHeader("Traguardo load test (Gatling)");

  private final FeederBuilder<Object> objectives = listFeeder(
      sample.objectiveIds().stream().map(id -> Map.<String, Object>of("objective", id)).toList()).random();

  private final ChainBuilder planPage = exec(http("piano").get(sample.planPath())
      .check(status().is(200), substring("Comune di Cedrasco")));

  private final ChainBuilder objectivePage = feed(objectives).exec(http("obiettivo")
      .get(sample.planPath() + "/obiettivi/#{objective}")
      .check(status().is(200), css("h1").exists()));

  private final ChainBuilder transparencyPage = exec(http("trasparenza")
      .get("/trasparenza/" + ENTE + "/performance/" + sample.year())
      .check(status().is(200), substring("Performance " + sample.year())));

  private final ScenarioBuilder readers = scenario("Lettori delle pagine pubbliche")
      .during(ramp.plus(steady)).on(
          planPage.pause(minPause, maxPause)
              .exec(objectivePage).pause(minPause, maxPause)
              .exec(objectivePage).pause(minPause, maxPause)
              .exec(transparencyPage).pause(minPause, maxPause));

  private final ScenarioBuilder signedIn = scenario("Utenti dell'ente")
      .exec(http("pagina di accesso").get("/login")
          .check(status().is(200), css("input[name='_csrf']", "value").saveAs("csrf")))
      .exec(http("accesso").post("/login")
          .formParam("username", System.getProperty("username", "admin"))
          .formParam("password", System.getProperty("password", ""))
          .formParam("_csrf", "#{csrf}")
          // a refused login lands back on /login?error
          .check(status().is(200), currentLocation().not(baseUrl + "/login?error")))
      .during(ramp.plus(steady)).on(
          planPage.pause(minPause, maxPause)
              .feed(objectives)
              .exec(http("valori").get(sample.planPath() + "/obiettivi/#{objective}/valori")
                  .check(status().is(200), substring("Valori raggiunti")))
              .pause(minPause, maxPause));

  {
    setUp(
            readers.injectOpen(rampUsers(users - members).during(ramp)),
            signedIn.injectOpen(rampUsers(members).during(ramp)))
        .protocols(protocol)
        .maxDuration(ramp.plus(steady).plusSeconds(60))
        .assertions(
            global().failedRequests().count().is(0L),
            details("piano").responseTime().percentile(95.0).lt(100));
  }

  private Sample discover() {
    HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();
    String index = get(client, "/");
    String planPath = first(Pattern.compile("/enti/" + ENTE + "/piani/\\d+"), index, "il piano di Cedrasco in /");
    String plan = get(client, planPath);
    List<String> objectiveIds = Pattern.compile(Pattern.quote(planPath) + "/obiettivi/(\\d+)")
        .matcher(plan).results().map(m -> m.group(1)).distinct().toList();
    if (objectiveIds.isEmpty()) {
      throw new IllegalStateException("nessun obiettivo nella pagina " + planPath);
    }
    Matcher year = Pattern.compile("/trasparenza/" + ENTE + "/performance/(\\d{4})").matcher(plan);
    if (!year.find()) {
      throw new IllegalStateException("nessun collegamento alla pagina di trasparenza in " + planPath);
    }
    return new Sample(planPath, objectiveIds, year.group(1));
  }

  private String get(HttpClient client, String path) {
    try {
      HttpResponse<String> response = client.send(
          HttpRequest.newBuilder(URI.create(baseUrl + path)).build(), HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new IllegalStateException(path + ": HTTP " + response.statusCode());
      }
      return response.body();
    } catch (IOException e) {
      throw new IllegalStateException(baseUrl + path + " non risponde", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String first(Pattern pattern, String text, String what) {
    Matcher matcher = pattern.matcher(text);
    if (!matcher.find()) {
      throw new IllegalStateException("non trovato: " + what);
    }
    return matcher.group();
  }
}
