package it.traguardo.browser;

import static org.assertj.core.api.Assertions.assertThat;

import it.traguardo.organization.Entities;
import it.traguardo.organization.Organization;
import it.traguardo.organization.Role;
import it.traguardo.organization.Users;
import it.traguardo.support.Browser;
import it.traguardo.support.TraguardoIntegrationTest;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A segretario creates an API token in the profile and a user of the ente; Swagger UI runs under the CSP. */
@TraguardoIntegrationTest
class AccessBrowserTest {

  @LocalServerPort int port;
  @Autowired Users users;
  @Autowired Entities entities;
  @Autowired Organization organization;
  private ChromeDriver browser;

  @BeforeEach
  void open() {
    browser = Browser.start();
    if (!users.exists("segretario-browser")) {
      // an ente of its own, so that the sample ente's people stay as loaded
      long ente = entities.create("prova-browser-utenti", "Comune di Prova").id();
      users.grant(users.create("segretario-browser", "una-password-lunga", false), ente, Role.SEGRETARIO);
      organization.ensureUnit(ente, "Servizio 1 – Amministrativo");
      long technical = organization.ensureUnit(ente, "Servizio 2 – Tecnico").id();
      organization.addPerson(ente, "Responsabile del servizio tecnico", "Responsabile di servizio (EQ)", false, List.of(technical));
    }
  }

  @AfterEach
  void close() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void theSegretarioCreatesATokenAndAUser() {
    browser.get("http://localhost:" + port + "/profilo");
    browser.findElement(By.id("username")).sendKeys("segretario-browser");
    browser.findElement(By.id("password")).sendKeys("una-password-lunga");
    browser.findElement(By.cssSelector("button[type=submit]")).click();
    assertThat(browser.findElement(By.tagName("h1")).getText()).startsWith("Il mio profilo");
    assertThat(browser.findElement(By.id("ruoli")).findElement(By.xpath("..")).getText()).contains("Comune di Prova").contains("Segretario");
    Browser.assertAccessible(browser);

    browser.findElement(By.id("token-name")).sendKeys("foglio di calcolo");
    click(browser.findElement(By.xpath("//button[normalize-space()='Crea il token']")));
    String secret = browser.findElement(By.id("nuovo-token")).getDomProperty("value");
    assertThat(secret).startsWith("trg_");
    assertThat(browser.findElement(By.id("tabella-token")).getText()).contains("foglio di calcolo").contains(secret.substring(0, 10)).doesNotContain(secret);
    Browser.assertAccessible(browser);

    click(browser.findElement(By.linkText("Gestisci gli utenti dell'ente")));
    assertThat(browser.findElement(By.tagName("h1")).getText()).startsWith("Utenti");
    Browser.assertAccessible(browser);
    browser.findElement(By.id("username")).sendKeys("eq-nuovo-utente");
    browser.findElement(By.id("password")).sendKeys("una-password-lunga");
    browser.findElement(By.cssSelector("#role option[value=RESPONSABILE]")).click();
    List<WebElement> units = browser.findElements(By.cssSelector("label[for^=nuovo-unita-]"));
    click(units.get(1));
    click(browser.findElement(By.xpath("//button[normalize-space()=\"Crea l'utente\"]")));
    assertThat(browser.findElement(By.cssSelector(".alert-success")).getText()).contains("eq-nuovo-utente");
    assertThat(browser.findElement(By.cssSelector("table")).getText())
        .contains("eq-nuovo-utente").contains("Responsabile di servizio (EQ)").contains("Responsabile del servizio tecnico: Servizio 2 – Tecnico");
    Browser.assertAccessible(browser);
  }

  @Test
  void swaggerUiLoadsUnderTheContentSecurityPolicy() {
    browser.executeCdpCommand(
        "Page.addScriptToEvaluateOnNewDocument",
        java.util.Map.of("source", "document.addEventListener('securitypolicyviolation', e => { window.__csp = (window.__csp || []).concat([e.violatedDirective + ' | ' + e.sample + ' | ' + e.sourceFile + ':' + e.lineNumber + ':' + e.columnNumber]); });"));
    browser.get("http://localhost:" + port + "/swagger-ui.html");
    new WebDriverWait(browser, Duration.ofSeconds(20))
        .until(d -> !d.findElements(By.cssSelector(".swagger-ui .info .title")).isEmpty());
    assertThat(browser.findElement(By.cssSelector(".swagger-ui .info .title")).getText()).contains("Traguardo API");
    new WebDriverWait(browser, Duration.ofSeconds(20))
        .until(d -> d.getPageSource().contains("/api/v1/entities"));
    // the operations are there and open
    click(browser.findElement(By.cssSelector("#operations-entity-api-entities .opblock-summary-control")));
    assertThat(browser.findElement(By.cssSelector("#operations-entity-api-entities .opblock-body")).isDisplayed()).isTrue();
    // no script is refused; Swagger UI also inserts one <style> element, which the CSP refuses without visible effect
    @SuppressWarnings("unchecked")
    List<String> violations = (List<String>) browser.executeScript("return window.__csp || []");
    assertThat(violations).noneMatch(v -> v.startsWith("script-src"));
  }

  private void click(WebElement element) {
    browser.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
    element.click();
  }
}
