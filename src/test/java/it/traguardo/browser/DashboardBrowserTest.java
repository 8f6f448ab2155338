package it.traguardo.browser;

import static org.assertj.core.api.Assertions.assertThat;

import it.traguardo.catalog.BudgetCatalog;
import it.traguardo.importer.ImportResult;
import it.traguardo.importer.PlanImportService;
import it.traguardo.importer.PlanTextImporter;
import it.traguardo.monitoring.Actuals;
import it.traguardo.monitoring.Checkpoint;
import it.traguardo.organization.Entities;
import it.traguardo.organization.Role;
import it.traguardo.organization.Users;
import it.traguardo.plan.Adoption;
import it.traguardo.plan.PlanState;
import it.traguardo.plan.Plans;
import it.traguardo.plan.StoredPlan;
import it.traguardo.support.Browser;
import it.traguardo.support.Seed;
import it.traguardo.support.TraguardoIntegrationTest;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The segretario logs in, lands on the ente's dashboard with its charts and tables, and rolls the plan forward. */
@TraguardoIntegrationTest
class DashboardBrowserTest {

  private static final String CODE = "prova-cruscotto-browser";

  @LocalServerPort int port;
  @Autowired PlanImportService imports;
  @Autowired Entities entities;
  @Autowired Plans plans;
  @Autowired Actuals actuals;
  @Autowired Users users;
  private ChromeDriver browser;

  @BeforeEach
  void open() {
    if (entities.byCode(CODE).isEmpty()) {
      ImportResult seed = new PlanTextImporter(BudgetCatalog.standard()).read(Seed.bytes());
      long planId =
          imports.store(seed.planOrNull(), CODE, "Comune di Prova", false, "p.txt", "test", seed.diagnostics(),
                  PlanState.IN_MONITORAGGIO, new Adoption("Delibera di Giunta n. 7", LocalDate.of(2024, 1, 31), false))
              .planId();
      long entityId = entities.byCode(CODE).orElseThrow().id();
      StoredPlan plan = plans.find(entityId, planId).orElseThrow();
      long indicator = plan.plan().objectives().get(15).indicators().get(0).id(); // objective 16, "< 5"
      actuals.record(entityId, indicator, 2024, Checkpoint.FINAL, "3", null, "test", actuals.indicator(entityId, indicator).orElseThrow().version());
      users.grant(users.create("segretario-cruscotto-browser", "una-password-lunga", false), entityId, Role.SEGRETARIO);
    }
    browser = Browser.start();
  }

  @AfterEach
  void close() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void theDashboardAfterLoginThenNextYearsPlan() {
    browser.get("http://localhost:" + port + "/login");
    browser.findElement(By.id("username")).sendKeys("segretario-cruscotto-browser");
    browser.findElement(By.id("password")).sendKeys("una-password-lunga");
    browser.findElement(By.cssSelector("button[type=submit]")).click();

    // the first screen of the segretario: the ente's dashboard, with both charts drawn from their tables
    Browser.awaitText(browser, By.tagName("h1"), h -> h.startsWith("Cruscotto dell'ente"));
    assertThat(browser.getCurrentUrl()).endsWith("/enti/" + CODE + "/cruscotto");
    new Select(browser.findElement(By.id("anno"))).selectByValue("2024");
    click(browser.findElement(By.cssSelector("form[aria-label='Filtri del cruscotto'] button[type=submit]")));
    assertThat(browser.getCurrentUrl()).contains("anno=2024").contains("rilevazione=final");
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));
    wait.until(d -> d.findElement(By.id("grafico-stati")).getAttribute("data-chart-drawn") != null);
    assertThat(browser.findElement(By.id("grafico-ripartizione")).getAttribute("data-chart-drawn")).isEqualTo("3");
    assertThat(browser.findElement(By.id("grafico-stati")).getAttribute("data-chart-drawn")).isEqualTo("4");
    assertThat(browser.findElement(By.id("grafico-stati")).getSize().getHeight()).isGreaterThan(100);
    assertThat(browser.findElement(By.id("tabella-ripartizione")).isDisplayed()).isTrue();
    assertThat(browser.findElement(By.id("tabella-stati")).getText()).contains("Raggiunto 1").contains("Non valutabile 18");
    assertThat(browser.findElement(By.id("sintesi")).getText())
        .contains("19 obiettivi: 1 raggiunto, 0 parzialmente raggiunti, 0 non raggiunti, 18 non valutabili; 5 a rischio; 16 fasi in ritardo.");
    assertThat(browser.findElement(By.id("tabella-rischio")).getText()).contains("15. Edilizia e Urbanistica");
    Browser.assertAccessible(browser);

    // from a service's dashboard to the plan
    click(browser.findElement(By.linkText("Servizio 2 – Edilizia Privata, Urbanistica, Sue")));
    Browser.awaitText(browser, By.tagName("h1"), h -> h.startsWith("Cruscotto del servizio"));
    wait.until(d -> d.findElement(By.id("grafico-ripartizione")).getAttribute("data-chart-drawn") != null);
    Browser.assertAccessible(browser);
    click(browser.findElement(By.linkText("PIAO 2024–2026")));
    Browser.awaitText(browser, By.tagName("h1"), h -> h.equals("Comune di Prova"));
    Browser.assertAccessible(browser);

    // next year's plan: one action, then the draft's review list
    click(browser.findElement(By.xpath("//button[normalize-space()='Crea il piano 2025–2027']")));
    Browser.awaitText(browser, By.tagName("h1"), h -> h.equals("Da rivedere nel piano 2025–2027"));
    assertThat(browser.findElement(By.cssSelector(".alert-success")).getText())
        .isEqualTo("Creata la bozza del piano 2025–2027: 69 elementi da rivedere prima dell'adozione.");
    assertThat(browser.findElement(By.id("elenco-revisione")).getText())
        .contains("2. Monitoraggio PNRR/PNC - altri").contains("Obiettivo concluso")
        .contains("Il valore atteso «SI» vale per ogni anno: per il 2027 è ripreso dal 2026, da confermare o modificare.");
    Browser.assertAccessible(browser);

    click(browser.findElement(By.linkText("Apri la bozza")));
    assertThat(browser.findElement(By.cssSelector(".plan-facts")).getText()).contains("Bozza").contains("2025–2027");
    assertThat(browser.findElement(By.id("piani-collegati")).isDisplayed()).isTrue();
    click(browser.findElement(By.linkText("PIAO 2024–2026")));
    assertThat(browser.findElement(By.linkText("PIAO 2025–2027")).isDisplayed()).isTrue();
    Browser.assertAccessible(browser);
  }


  /** Scroll the element to the middle of the window at once (the theme scrolls smoothly), then click it. */
  private void click(WebElement element) {
    browser.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
    element.click();
  }
}
