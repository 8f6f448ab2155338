package it.traguardo.browser;

import static org.assertj.core.api.Assertions.assertThat;

import it.traguardo.organization.Entities;
import it.traguardo.organization.Entity;
import it.traguardo.organization.Organization;
import it.traguardo.organization.Role;
import it.traguardo.organization.Users;
import it.traguardo.plan.Adoption;
import it.traguardo.plan.PlanState;
import it.traguardo.plan.Plans;
import it.traguardo.plan.StoredPlan;
import it.traguardo.support.Browser;
import it.traguardo.support.MeasuredSeed;
import it.traguardo.support.TestSmtp;
import it.traguardo.support.TraguardoMailTest;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An EQ logs in and sees exactly what they owe, fills one item and sees it gone; the segretario sees who is late
 * and sends a reminder, which the test SMTP server receives. Today is 10 July 2024 in this context: the
 * intermediate checkpoint of 2024 is current and overdue. axe-core checks every page visited.
 */
@TraguardoMailTest
class DeadlinesBrowserTest {

  private static final String PASSWORD = "password del browser";

  @LocalServerPort int port;
  @Autowired Entities entities;
  @Autowired Plans plans;
  @Autowired Organization organization;
  @Autowired Users users;
  @Autowired JdbcClient jdbc;
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

  /**
   * The Cedrasco plan as ente {@code scadenze-browser}, its EQ of Servizio 2 (Edilizia) with a login, e-mail and
   * name, the other two EQs without, and a segretario login.
   */
  private Entity ente() {
    Entity entity = entities.create("scadenze-browser", "Comune di Prova Browser");
    long planId =
        plans.store(
            entity.id(), MeasuredSeed.plan(), PlanState.IN_MONITORAGGIO,
            new Adoption("Delibera n. 5", LocalDate.of(2024, 1, 30), false), "piano.txt", "test", List.of());
    StoredPlan plan = plans.find(entity.id(), planId).orElseThrow();
    plan.plan().objectives().stream().map(o -> o.unit()).filter(u -> u != null).distinct().forEach(unit -> {
      long unitId = organization.ensureUnit(entity.id(), unit).id();
      String name = unit.startsWith("Servizio 2") ? "Giulia Ferri" : "Responsabile " + unit;
      long person = organization.addPerson(entity.id(), name, "Responsabile (EQ)", true, List.of(unitId)).id();
      if (unit.startsWith("Servizio 2")) {
        jdbc.sql("update person set email = 'giulia.ferri@prova.example.it' where entity_id = ? and id = ?")
            .params(entity.id(), person).update();
        long user = users.create("giulia", PASSWORD, false);
        users.grant(user, entity.id(), Role.RESPONSABILE);
        users.linkPerson(user, entity.id(), person);
      }
    });
    long segretario = users.create("segretario-scadenze", PASSWORD, false);
    users.grant(segretario, entity.id(), Role.SEGRETARIO);
    return entity;
  }

  @Test
  void theEqSeesExactlyTheirItemsAndTheSegretarioChasesThem() {
    ente();
    String base = "http://localhost:" + port;

    int owed = 5 + 12 + 7 + 11 + 7 + 12 + 8 + 6;
    // after login the EQ lands on their dashboard, which says what they owe and leads to the list
    browser.get(base + "/cruscotto");
    logIn("giulia");
    assertThat(browser.findElement(By.tagName("h1")).getText()).startsWith("Cruscotto del responsabile");
    WebElement box = browser.findElement(By.id("le-mie-scadenze"));
    assertThat(box.findElement(By.tagName("h2")).getText()).isEqualTo("Le mie scadenze");
    assertThat(box.findElement(By.tagName("p")).getText())
        .isEqualTo(owed + " voci da compilare per la rilevazione intermedia 2024 (scadenza 30/06/2024), di cui " + owed + " in ritardo.");
    Browser.assertAccessible(browser);
    click(box.findElement(By.linkText("Vai alle mie scadenze")));
    assertThat(browser.findElement(By.tagName("h1")).getText()).startsWith("Le mie scadenze");
    List<WebElement> objectives = browser.findElements(By.cssSelector(".due-objective h2"));
    // transversal 1-5, then Servizio 2's sectoral objectives: every indicator, every phase of 2024, every narrative
    assertThat(objectives).extracting(WebElement::getText).extracting(t -> t.substring(0, t.indexOf('.')))
        .containsExactly(
            "Obiettivo 1", "Obiettivo 2", "Obiettivo 3", "Obiettivo 4", "Obiettivo 5", "Obiettivo 15", "Obiettivo 16",
            "Obiettivo 17");
    List<WebElement> items = browser.findElements(By.cssSelector(".due-item"));
    assertThat(items).hasSize(owed);
    assertThat(browser.findElement(By.id("riepilogo")).getText())
        .isEqualTo("La scadenza del 30/06/2024 per la rilevazione intermedia 2024 è passata: " + owed + " voci in ritardo su " + owed + ".");
    assertThat(items).allSatisfy(i -> assertThat(i.getText()).endsWith("in ritardo"));
    assertThat(items.get(0).getText()).isEqualTo("Valore raggiunto: Rispetto delle fasi temporali in ritardo");
    Browser.assertAccessible(browser);

    click(browser.findElement(By.linkText("Valore raggiunto: Criticità segnalate/riscontrate nella manutenzione del verde")));
    assertThat(browser.findElement(By.tagName("h1")).getText()).contains("Valori raggiunti 2024");
    Browser.assertAccessible(browser);
    WebElement form =
        browser.findElement(
            By.xpath("//h3[text()='Criticità segnalate/riscontrate nella manutenzione del verde']/..//form[.//input[@name='value']]"));
    form.findElement(By.name("value")).sendKeys("2");
    new Select(form.findElement(By.name("checkpoint"))).selectByValue("mid");
    click(form.findElement(By.tagName("button")));
    assertThat(browser.findElement(By.cssSelector(".alert-success")).getText()).startsWith("Valore salvato");

    // the header link, from the top of the page as a person sees it (the page opened at the saved indicator)
    browser.executeScript("window.scrollTo({top: 0, behavior: 'instant'});");
    click(browser.findElement(By.linkText("Scadenze")));
    assertThat(browser.findElements(By.cssSelector(".due-item"))).hasSize(owed - 1);
    assertThat(browser.getPageSource()).doesNotContain("Valore raggiunto: Criticità segnalate/riscontrate nella manutenzione del verde");
    click(browser.findElement(By.xpath("//button[text()='Esci']")));

    browser.get(base + "/enti/scadenze-browser/scadenze");
    logIn("segretario-scadenze");
    assertThat(browser.findElement(By.tagName("h1")).getText()).startsWith("Completamento del monitoraggio");
    WebElement giulia = browser.findElement(By.xpath("//tr[th[text()='Giulia Ferri']]"));
    assertThat(giulia.getText()).contains("giulia.ferri@prova.example.it", "sì", (owed - 1) + "");
    WebElement other = browser.findElement(By.xpath("//tr[th[starts-with(text(), 'Responsabile Servizio 1')]]"));
    assertThat(other.getText()).contains("manca", "no");
    Browser.assertAccessible(browser);

    click(giulia.findElement(By.cssSelector("button[type=submit]")));
    assertThat(browser.findElement(By.cssSelector(".alert-success")).getText())
        .isEqualTo("Promemoria inviato a Giulia Ferri (giulia.ferri@prova.example.it) con " + (owed - 1) + " voci.");
    assertThat(TestSmtp.to("giulia.ferri@prova.example.it")).singleElement()
        .satisfies(m -> assertThat(m.getSubject()).isEqualTo("Traguardo: " + (owed - 1) + " voci in ritardo (scadenza 30/06/2024)"));
    assertThat(browser.findElement(By.xpath("//tr[th[text()='Giulia Ferri']]")).getText()).contains(", inviato");
    Browser.assertAccessible(browser);

    click(browser.findElement(By.xpath("//tr[th[text()='Giulia Ferri']]//a[text()='Voci']")));
    assertThat(browser.findElement(By.tagName("h1")).getText()).startsWith("Scadenze di Giulia Ferri");
    assertThat(browser.findElements(By.cssSelector(".due-item"))).hasSize(owed - 1);
    Browser.assertAccessible(browser);

    browser.get(base + "/enti/scadenze-browser/scadenze/invii");
    assertThat(browser.findElement(By.cssSelector("tbody tr")).getText()).contains("Giulia Ferri", "sollecito del segretario", "inviato");
    Browser.assertAccessible(browser);
    // the EQ of Servizio 1 has no address: the segretario adds it on the people page, then chases them too
    browser.get(base + "/enti/scadenze-browser/scadenze");
    click(browser.findElement(By.xpath("//tr[th[starts-with(text(), 'Responsabile Servizio 1')]]")).findElement(By.linkText("aggiungi")));
    assertThat(browser.findElement(By.tagName("h1")).getText()).startsWith("Persone");
    Browser.assertAccessible(browser);
    WebElement person = browser.findElement(By.xpath("//section[h2[starts-with(text(), 'Responsabile Servizio 1')]]"));
    person.findElement(By.name("email")).sendKeys("servizio1@prova.example.it");
    click(person.findElement(By.cssSelector("button[type=submit]")));
    assertThat(browser.findElement(By.cssSelector(".alert-success")).getText()).startsWith("Dati di «Responsabile Servizio 1");
    Browser.assertAccessible(browser);
    browser.get(base + "/enti/scadenze-browser/scadenze");
    click(browser.findElement(By.xpath("//tr[th[starts-with(text(), 'Responsabile Servizio 1')]]")).findElement(By.cssSelector("button[type=submit]")));
    assertThat(browser.findElement(By.cssSelector(".alert-success")).getText()).startsWith("Promemoria inviato a Responsabile Servizio 1");
    assertThat(TestSmtp.to("servizio1@prova.example.it")).hasSize(1);

    browser.get(base + "/enti/scadenze-browser/scadenze/impostazioni");
    assertThat(browser.findElement(By.id("subjectDue")).getAttribute("value")).isEqualTo("Traguardo: {voci} da compilare entro il {scadenza}");
    Browser.assertAccessible(browser);
  }

  private void logIn(String username) {
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Accesso");
    browser.findElement(By.id("username")).sendKeys(username);
    browser.findElement(By.id("password")).sendKeys(PASSWORD);
    browser.findElement(By.cssSelector("button[type=submit]")).click();
  }

  /** As a person does: scroll the element to the middle of the window (at once: the theme scrolls smoothly), then click it. */
  private void click(WebElement element) {
    browser.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
    element.click();
  }
}
