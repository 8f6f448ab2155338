package it.traguardo.security;

import static org.assertj.core.api.Assertions.assertThat;

import it.traguardo.support.TraguardoIntegrationTest;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Over real HTTP: a new session id at login (no session fixation), and the security headers on pages and API. */
@TraguardoIntegrationTest
class WebSecurityTest {

  @LocalServerPort int port;

  @Test
  void theSessionIdChangesAtLogin() throws Exception {
    CookieManager cookies = new CookieManager();
    HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).build();
    HttpResponse<String> form = http.send(HttpRequest.newBuilder(uri("/login")).build(), HttpResponse.BodyHandlers.ofString());
    String before = session(cookies);
    assertThat(before).isNotNull();
    Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form.body());
    assertThat(csrf.find()).isTrue();

    String body =
        "username=admin&password=" + URLEncoder.encode("test-admin-password", StandardCharsets.UTF_8)
            + "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
    HttpResponse<String> login =
        http.send(
            HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(login.statusCode()).isEqualTo(302);
    assertThat(login.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
    String after = session(cookies);
    assertThat(after).isNotNull().isNotEqualTo(before);

    // the new session is the logged-in one; the old id is worth nothing
    assertThat(http.send(HttpRequest.newBuilder(uri("/profilo")).build(), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
    HttpClient stale = HttpClient.newHttpClient();
    HttpResponse<String> withOldId =
        stale.send(HttpRequest.newBuilder(uri("/profilo")).header("Cookie", "JSESSIONID=" + before).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(withOldId.statusCode()).isEqualTo(302);
    assertThat(withOldId.headers().firstValue("Location").orElseThrow()).endsWith("/login");
  }

  @Test
  void pagesAndApiCarryTheSecurityHeaders() throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    for (String path : new String[] {"/", "/login", "/api/v1/entities"}) {
      HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
      var headers = response.headers();
      assertThat(headers.firstValue("Content-Security-Policy").orElseThrow())
          .as(path)
          .contains("script-src 'self'")
          .contains("style-src 'self'")
          .contains("frame-ancestors 'none'")
          .doesNotContain("unsafe-inline");
      assertThat(headers.firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
      assertThat(headers.firstValue("X-Frame-Options")).as(path).hasValue("DENY");
      assertThat(headers.firstValue("Cache-Control").orElseThrow()).as(path).contains("no-store");
    }
    HttpResponse<String> page = http.send(HttpRequest.newBuilder(uri("/")).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
  }

  private URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }

  private static String session(CookieManager cookies) {
    return cookies.getCookieStore().getCookies().stream()
        .filter(c -> c.getName().equals("JSESSIONID"))
        .map(HttpCookie::getValue)
        .findFirst()
        .orElse(null);
  }
}
