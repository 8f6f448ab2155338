package it.traguardo.browser;

import static org.assertj.core.api.Assertions.assertThat;

import it.traguardo.catalog.BudgetCatalog;
import it.traguardo.importer.ImportResult;
import it.traguardo.importer.PlanImportService;
import it.traguardo.importer.PlanTextImporter;
import it.traguardo.plan.Adoption;
import it.traguardo.plan.PlanState;
import it.traguardo.support.Browser;
import it.traguardo.support.MeasuredSeed;
import it.traguardo.support.TraguardoIntegrationTest;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A citizen, not logged in, opens the transparency page and asks for the Relazione, which is rendered meanwhile. */
@TraguardoIntegrationTest
class TransparencyBrowserTest {

  @LocalServerPort int port;
  @Autowired PlanImportService imports;
  private ChromeDriver browser;

  @BeforeEach
  void open() {
    ImportResult result = new PlanTextImporter(BudgetCatalog.standard()).read(MeasuredSeed.bytes());
    imports.store(
        result.planOrNull(), "tr-browser", null, true, "piano.txt", "test", result.diagnostics(),
        PlanState.IN_MONITORAGGIO, new Adoption("Delibera di Giunta n. 7", LocalDate.of(2024, 1, 30), false));
    browser = Browser.start();
  }

  @AfterEach
  void close() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void theRelazioneIsRenderedWhileThePageShowsProgress() {
    browser.get("http://localhost:" + port + "/trasparenza/tr-browser/performance/2024");
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Performance 2024");
    assertThat(browser.getPageSource()).contains("55,56 %");
    Browser.assertAccessible(browser);

    browser.findElement(By.linkText("Relazione sulla performance 2024 (PDF)")).click();
    WebElement progress = browser.findElement(By.cssSelector("a[href$='/relazione.pdf'] + .document-progress"));
    assertThat(progress.getAttribute("aria-live")).isEqualTo("polite");
    // rendering takes seconds: the region says so at once
    assertThat(progress.getText()).isEqualTo("Generazione in corso…");
    new WebDriverWait(browser, Duration.ofSeconds(120))
        .until(driver -> progress.getText().startsWith("Pronto: scarica"));
    WebElement ready = progress.findElement(By.tagName("a"));
    assertThat(ready.getAttribute("href")).endsWith("/trasparenza/tr-browser/performance/2024/relazione.pdf");
    Browser.assertAccessible(browser);
  }
}
