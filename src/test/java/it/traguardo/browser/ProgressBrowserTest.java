package it.traguardo.browser;

import static org.assertj.core.api.Assertions.assertThat;

import it.traguardo.plan.Objective;
import it.traguardo.support.Browser;
import it.traguardo.support.EvidenceFiles;
import it.traguardo.support.MonitoredEnte;
import it.traguardo.support.TraguardoIntegrationTest;
import java.nio.file.Files;
import java.time.Duration;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/** An EQ reports progress in a real browser; two sessions collide on the same indicator. axe-core on every page. */
@TraguardoIntegrationTest
class ProgressBrowserTest {

  @Autowired ApplicationContext context;
  @LocalServerPort int port;
  @TempDir Path folder;

  private final List<ChromeDriver> browsers = new ArrayList<>();

  @AfterEach
  void close() {
    browsers.forEach(ChromeDriver::quit);
  }

  private ChromeDriver browser() {
    ChromeDriver browser = Browser.start();
    browsers.add(browser);
    return browser;
  }

  @Test
  void theEqRecordsAValueWithEvidenceAndSeesTheStatus() throws Exception {
    MonitoredEnte ente = MonitoredEnte.of(context, "prova-eq-browser").responsabile("eq-browser", MonitoredEnte.SERVIZIO_2);
    Objective sixteen = ente.objective("16");
    long criticita = sixteen.indicators().get(0).id();
    ChromeDriver browser = browser();

    logIn(browser, "eq-browser");
    browser.get(url(ente.objectivePath("16") + "?anno=2024"));
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(sixteen.heading());
    Browser.assertAccessible(browser);

    click(browser, browser.findElement(By.linkText("Inserisci i valori raggiunti")));
    assertThat(browser.findElement(By.tagName("h1")).getText()).startsWith("Valori raggiunti 2024");
    Browser.assertAccessible(browser);

    // the value: 3 reported problems against a target of "< 5"
    browser.findElement(By.id("valore-" + criticita)).sendKeys("3");
    click(browser, browser.findElement(By.id("valore-" + criticita)).findElement(By.xpath("ancestor::form//button")));
    Browser.awaitText(browser, By.cssSelector(".alert-success"), "Valore salvato per «Criticità segnalate/riscontrate nella manutenzione del verde». Grado di raggiungimento 2024: 100,00 %, raggiunto."::equals);
    WebElement grade = browser.findElement(By.id("grado-" + criticita));
    assertThat(grade.getText()).contains("100,00 %").contains("Raggiunto");
    assertThat(grade.findElement(By.cssSelector(".badge")).getAttribute("class")).contains("status-raggiunto");
    Browser.assertAccessible(browser);

    // the evidence: a PDF, attached to the final value
    Path pdf = folder.resolve("registro segnalazioni.pdf");
    Files.write(pdf, EvidenceFiles.pdf());
    browser.findElement(By.id("documenti-" + criticita)).sendKeys(pdf.toString());
    new Select(browser.findElement(By.id("punto-documenti-" + criticita))).selectByValue("final");
    // the page's size check may redraw the form once the file is chosen: find the button again if it went stale
    new WebDriverWait(browser, Duration.ofSeconds(10))
        .ignoring(StaleElementReferenceException.class)
        .until(driver -> {
          click(browser, browser.findElement(By.id("documenti-" + criticita)).findElement(By.xpath("ancestor::form//button")));
          return true;
        });
    Browser.awaitText(browser, By.cssSelector(".alert-success"), "Allegato un documento a «Criticità segnalate/riscontrate nella manutenzione del verde»."::equals);
    assertThat(browser.findElement(By.linkText("registro segnalazioni.pdf")).getAttribute("href")).contains("/valori/evidenze/");
    Browser.assertAccessible(browser);

    // the first phase, completed
    long phase = sixteen.phases().get(0).id();
    new Select(browser.findElement(By.id("stato-fase-" + phase))).selectByValue("COMPLETATA");
    browser.findElement(By.id("inizio-fase-" + phase)).sendKeys("15/01/2024");
    browser.findElement(By.id("fine-fase-" + phase)).sendKeys("30/09/2024");
    click(browser, browser.findElement(By.id("stato-fase-" + phase)).findElement(By.xpath("ancestor::form//button")));
    Browser.awaitText(browser, By.cssSelector(".alert-success"), "Stato della fase 1 salvato."::equals);
    Browser.assertAccessible(browser);

    // the objective page shows the status of the indicator and of the phase, as text
    click(browser, browser.findElement(By.linkText("Obiettivo 16")));
    String indicators = browser.findElement(By.xpath("//section[@aria-labelledby='indicatori']")).getText();
    assertThat(indicators).contains("Criticità segnalate/riscontrate nella manutenzione del verde").contains("100,00 %").contains("Raggiunto");
    assertThat(browser.findElement(By.xpath("//section[@aria-labelledby='fasi']")).getText()).contains("Completata").contains("completata il 30/09/2024");
    Browser.assertAccessible(browser);
  }

  @Test
  void twoSessionsCollideOnTheSameIndicatorAndTheSecondLosesNothing() {
    MonitoredEnte ente = MonitoredEnte.of(context, "prova-conflitto-browser").responsabile("eq-conflitto", MonitoredEnte.SERVIZIO_2);
    long criticita = ente.objective("16").indicators().get(1).id();
    String values = url(ente.objectivePath("16") + "/valori?anno=2024");
    ChromeDriver first = browser();
    ChromeDriver second = browser();
    logIn(first, "eq-conflitto");
    logIn(second, "admin");
    first.get(values);
    second.get(values);
    Browser.assertAccessible(second);

    first.findElement(By.id("valore-" + criticita)).sendKeys("2");
    first.findElement(By.id("nota-" + criticita)).sendKeys("dal registro");
    click(first, first.findElement(By.id("valore-" + criticita)).findElement(By.xpath("ancestor::form//button")));
    assertThat(first.findElement(By.cssSelector(".alert-success")).getText()).startsWith("Valore salvato");

    // the second session still has the form it opened before the first saved
    second.findElement(By.id("valore-" + criticita)).sendKeys("4");
    second.findElement(By.id("nota-" + criticita)).sendKeys("ricontato");
    click(second, second.findElement(By.id("valore-" + criticita)).findElement(By.xpath("ancestor::form//button")));
    assertThat(second.findElement(By.tagName("h1")).getText()).isEqualTo("Il valore è stato modificato nel frattempo");
    List<String> saved = cells(second, "Versione salvata");
    List<String> yours = cells(second, "La vostra versione");
    assertThat(saved.subList(0, 2)).containsExactly("2", "dal registro");
    assertThat(saved.get(2)).startsWith("eq-conflitto, ");
    assertThat(yours).containsExactly("4", "ricontato", "voi");
    Browser.assertAccessible(second);

    click(second, second.findElement(By.xpath("//button[normalize-space()='Salva comunque la vostra versione']")));
    assertThat(second.findElement(By.cssSelector(".alert-success")).getText()).startsWith("Valore salvato");
    assertThat(second.findElement(By.id("indicatore-" + criticita)).findElement(By.xpath("..")).getText()).contains("finale: 4");
    Browser.assertAccessible(second);
  }

  /** The cells of a row of the conflict table, after its heading. */
  private static List<String> cells(ChromeDriver browser, String row) {
    return browser.findElements(By.xpath("//tr[th[normalize-space()='" + row + "']]/td")).stream().map(WebElement::getText).toList();
  }

  private void logIn(ChromeDriver browser, String username) {
    browser.get(url("/login"));
    Browser.assertAccessible(browser);
    browser.findElement(By.id("username")).sendKeys(username);
    browser.findElement(By.id("password")).sendKeys(username.equals("admin") ? "test-admin-password" : MonitoredEnte.PASSWORD);
    browser.findElement(By.cssSelector("button[type=submit]")).click();
    assertThat(browser.findElement(By.tagName("h1")).getText()).isNotEqualTo("Accesso");
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }

  /** As a person does: scroll the element to the middle of the window (at once: the theme scrolls smoothly), then click it. */
  private static void click(ChromeDriver browser, WebElement element) {
    browser.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
    element.click();
  }

}
