package it.traguardo.browser;

import static org.assertj.core.api.Assertions.assertThat;

import it.traguardo.plan.PlanLifecycle;
import it.traguardo.support.Browser;
import it.traguardo.support.SampleEnte;
import it.traguardo.support.TraguardoIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * The Nucleo di Valutazione's work in a real browser: it sets an objective's achievement (a reason is required, the
 * computed value stays visible), validates the year, and finds the results closed; axe-core on every page visited.
 */
@TraguardoIntegrationTest
class NucleoBrowserTest {

  @LocalServerPort int port;
  @Autowired ApplicationContext context;
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

  @Test
  void theNdvOverridesWithAReasonAndValidatesTheYear() {
    // a copy of the sample ente with 2 budget variations of 3 entered for 2024, reported to the NdV
    SampleEnte sample = new SampleEnte(context);
    SampleEnte.Created ente = sample.create("nucleo-browser");
    sample.record(ente, ente.indicator("6", 1), 2024, "2");
    context.getBean(PlanLifecycle.class).report(ente.entityId(), ente.planId(), 2024, "nucleo-browser-segretario");
    String plan = "http://localhost:" + port + "/enti/nucleo-browser/piani/" + ente.planId();

    browser.get(plan + "/nucleo?anno=2024");
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Accesso");
    browser.findElement(By.id("username")).sendKeys("nucleo-browser-ndv");
    browser.findElement(By.id("password")).sendKeys(SampleEnte.PASSWORD);
    browser.findElement(By.cssSelector("button[type=submit]")).click();
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Nucleo di Valutazione: risultati 2024");
    Browser.assertAccessible(browser);

    browser.get(plan + "?anno=2024");
    Browser.assertAccessible(browser);
    click(browser.findElement(By.linkText("Nucleo di Valutazione")));
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Nucleo di Valutazione: risultati 2024");
    click(browser.findElement(By.linkText("6. Gestione accurata Bilancio e stock del debito")));
    assertThat(browser.findElement(By.tagName("h1")).getText()).startsWith("6. Gestione accurata Bilancio e stock del debito");
    Browser.assertAccessible(browser);

    // without a reason the NdV's achievement is refused
    browser.findElement(By.id("grado-obiettivo")).sendKeys("90");
    click(browser.findElement(By.xpath("//button[normalize-space()='Stabilisci il grado']")));
    assertThat(browser.findElement(By.cssSelector(".alert-danger")).getText())
        .isEqualTo("Indicare la motivazione: il grado stabilito dal Nucleo la richiede sempre.");
    Browser.assertAccessible(browser);

    browser.findElement(By.id("grado-obiettivo")).sendKeys("90");
    browser.findElement(By.id("motivo-obiettivo")).sendKeys("Variazioni non necessarie nell'anno");
    click(browser.findElement(By.xpath("//button[normalize-space()='Stabilisci il grado']")));
    assertThat(browser.findElement(By.cssSelector(".alert-success")).getText()).isEqualTo("Grado dell'obiettivo stabilito dal Nucleo.");
    // the computed 66,67 (2 variations of 3) stays beside the NdV's 90
    String review = browser.findElement(By.id("esame")).getText();
    assertThat(review).contains("grado stabilito dal Nucleo: 90,00 %").contains("Motivazione: Variazioni non necessarie nell'anno");
    assertThat(browser.findElement(By.cssSelector("section[aria-labelledby=grado] dd")).getText()).startsWith("66,67 %");
    Browser.assertAccessible(browser);

    click(browser.findElement(By.linkText("Nucleo di Valutazione 2024")));
    assertThat(browser.findElement(By.id("obiettivi")).findElement(By.xpath("..")).getText()).contains("1 obiettivi esaminati su 19");
    browser.findElement(By.id("atto")).sendKeys("Verbale del Nucleo di Valutazione n. 3");
    click(browser.findElement(By.xpath("//button[normalize-space()='Valida i risultati del 2024']")));
    assertThat(browser.findElement(By.cssSelector(".alert-success")).getText())
        .isEqualTo("Risultati del 2024 validati: da ora non si modificano più.");
    assertThat(browser.findElement(By.id("validazione")).findElement(By.xpath("..")).getText())
        .contains("Risultati validati con Verbale del Nucleo di Valutazione n. 3");
    Browser.assertAccessible(browser);

    click(browser.findElement(By.linkText("6. Gestione accurata Bilancio e stock del debito")));
    assertThat(browser.findElement(By.cssSelector(".alert-info")).getText()).isEqualTo("I risultati del 2024 sono validati: l'esame è chiuso.");
    assertThat(browser.findElements(By.id("grado-obiettivo"))).isEmpty();
    Browser.assertAccessible(browser);

    // the evaluations that follow from the validated results, and the ente's SMVP
    click(browser.findElement(By.linkText("Nucleo di Valutazione 2024")));
    click(browser.findElement(By.linkText("Valutazioni individuali")));
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Valutazioni individuali 2024");
    Browser.assertAccessible(browser);
    click(browser.findElement(By.linkText("Responsabile Servizio 1 – Finanziario - Amministrativo")));
    assertThat(browser.findElement(By.tagName("h1")).getText()).startsWith("Valutazione 2024");
    Browser.assertAccessible(browser);
    browser.navigate().back();
    click(browser.findElement(By.linkText("Sistema di valutazione (SMVP)")));
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Sistema di valutazione delle EQ: 2024");
    Browser.assertAccessible(browser);
  }

  private void click(WebElement element) {
    browser.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
    element.click();
  }
}
