package it.traguardo.browser;

import static org.assertj.core.api.Assertions.assertThat;

import it.traguardo.catalog.BudgetCatalog;
import it.traguardo.importer.ImportResult;
import it.traguardo.importer.PlanImportService;
import it.traguardo.importer.PlanTextImporter;
import it.traguardo.organization.Entities;
import it.traguardo.organization.Role;
import it.traguardo.organization.Users;
import it.traguardo.plan.PlanState;
import it.traguardo.support.Browser;
import it.traguardo.support.Seed;
import it.traguardo.support.TraguardoIntegrationTest;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The segretario adopts a draft, then changes it through a variazione, and finds the change in the history. */
@TraguardoIntegrationTest
class PlanEditingBrowserTest {

  @LocalServerPort int port;
  @Autowired PlanImportService imports;
  @Autowired Entities entities;
  @Autowired Users users;
  private ChromeDriver browser;

  @BeforeEach
  void open() {
    browser = Browser.start();
  }

  @AfterEach
  void close() {
    if (browser != null) {
      browser.quit();
    }
  }

  private void click(WebElement element) {
    browser.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
    element.click();
  }

  private void type(String id, String text) {
    WebElement field = browser.findElement(By.id(id));
    field.clear();
    field.sendKeys(text);
  }

  @Test
  void theSegretarioAdoptsThePlanThenMakesAVariazione() {
    ImportResult seed = new PlanTextImporter(BudgetCatalog.standard()).read(Seed.bytes());
    long planId =
        imports.store(seed.planOrNull(), "browser-variazione", null, false, "p.txt", "test", seed.diagnostics(),
                PlanState.BOZZA, null)
            .planId();
    long account = users.create("segretaria-browser", "una-password-lunga", false);
    users.grant(account, entities.byCode("browser-variazione").orElseThrow().id(), Role.SEGRETARIO);

    browser.get("http://localhost:" + port + "/login");
    type("username", "segretaria-browser");
    type("password", "una-password-lunga");
    click(browser.findElement(By.cssSelector("button[type=submit]")));
    browser.get("http://localhost:" + port + "/enti/browser-variazione/piani/" + planId);
    Browser.assertAccessible(browser);

    type("act", "Delibera di Giunta n. 12");
    type("date", "30/01/2024");
    click(browser.findElement(By.cssSelector("form.adoption-form button[type=submit]")));
    if (!browser.findElements(By.id("reason")).isEmpty()) {
      // the seed has errors the plan checks report: adoption asks for a reason, kept with the act
      Browser.assertAccessible(browser);
      type("reason", "Piano approvato dalla Giunta così com'è");
      click(browser.findElement(By.cssSelector("form.adoption-form button[type=submit]")));
    }
    assertThat(browser.findElement(By.cssSelector(".badge.bg-primary")).getText()).isEqualTo("Adottato");

    click(browser.findElement(By.linkText("Modifica del piano e ciclo")));
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Modifica del piano 2024-2026");
    Browser.assertAccessible(browser);
    type("reason", "Nuovo responsabile del servizio tecnico");
    type("act", "Delibera di Giunta n. 40");
    type("date", "03/06/2024");
    click(browser.findElement(By.xpath("//button[text()='Apri la variazione']")));
    assertThat(browser.findElement(By.cssSelector(".alert-success")).getText()).startsWith("Variazione aperta");

    click(browser.findElement(By.xpath("//td[text()='3']/following-sibling::td/a")));
    Browser.assertAccessible(browser);
    type("title", "Trasparenza e anticorruzione: aggiornamento della sezione");
    click(browser.findElement(By.xpath("//button[text()=\"Salva l'obiettivo\"]")));
    assertThat(browser.findElement(By.cssSelector(".alert-success")).getText()).isEqualTo("Obiettivo 3 salvato.");

    click(browser.findElement(By.cssSelector("section[aria-labelledby=indicatori] tbody a")));
    WebElement preview = browser.findElement(By.id("target-lettura"));
    type("target", "Almeno 80%");
    new WebDriverWait(browser, Duration.ofSeconds(20)).until(driver -> preview.getText().contains("80"));
    assertThat(preview.getText()).startsWith("Letto come:");
    Browser.assertAccessible(browser);

    browser.get("http://localhost:" + port + "/enti/browser-variazione/piani/" + planId + "/modifica");
    click(browser.findElement(By.xpath("//button[starts-with(text(), 'Registra la variazione')]")));
    assertThat(browser.findElement(By.cssSelector(".alert-success")).getText()).startsWith("Variazione registrata");

    click(browser.findElement(By.linkText("Versioni e storia del piano")));
    Browser.assertAccessible(browser);
    String history = browser.findElement(By.id("contenuto")).getText();
    assertThat(history)
        .contains("Delibera di Giunta n. 40 del 03/06/2024")
        .contains("Trasparenza e anticorruzione: aggiornamento della sezione");
  }
}
