package it.traguardo.browser;

import static org.assertj.core.api.Assertions.assertThat;

import it.traguardo.support.Browser;
import it.traguardo.support.TraguardoIntegrationTest;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A citizen opens the sample plan and one sheet in a real browser. */
@TraguardoIntegrationTest
class PlanBrowserTest {

  @LocalServerPort int port;
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
  void fromTheIndexToThePlanToOneSheet() {
    browser.get("http://localhost:" + port + "/");
    assertThat(browser.getTitle()).contains("Enti e piani");
    Browser.assertAccessible(browser);

    click(browser.findElement(By.linkText("PIAO 2024-2026, sottosezione Performance")));
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Comune di Cedrasco");
    List<WebElement> objectives = browser.findElements(By.cssSelector(".objective-item"));
    assertThat(objectives).hasSize(19);
    Browser.assertAccessible(browser);

    WebElement filter = browser.findElement(By.id("filtro-obiettivi"));
    filter.sendKeys("pagamento");
    assertThat(browser.findElements(By.cssSelector(".objective-item")).stream().filter(WebElement::isDisplayed))
        .extracting(e -> e.findElement(By.tagName("a")).getText())
        .containsExactly("7. Rispetto dei tempi di pagamento delle fatture");
    assertThat(browser.findElement(By.id("filtro-esito")).getText()).isEqualTo("1 obiettivo corrisponde al filtro.");

    click(browser.findElement(By.linkText("7. Rispetto dei tempi di pagamento delle fatture")));
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("7. Rispetto dei tempi di pagamento delle fatture");
    assertThat(browser.findElement(By.id("indicatori")).isDisplayed()).isTrue();
    assertThat(browser.getPageSource()).contains("indicatore annuale di ritardo elaborato dalla Pcc").contains("meno di 0");
    Browser.assertAccessible(browser);
  }

  /** As a person does: scroll the element to the middle of the window (at once: the theme scrolls smoothly), then click it. */
  private void click(WebElement element) {
    browser.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
    element.click();
  }

  @Test
  void theSegretarioLogsInAndReachesTheUploadPage() {
    browser.get("http://localhost:" + port + "/importa");
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Accesso");
    Browser.assertAccessible(browser);
    browser.findElement(By.id("username")).sendKeys("admin");
    browser.findElement(By.id("password")).sendKeys("password sbagliata");
    browser.findElement(By.cssSelector("button[type=submit]")).click();
    assertThat(browser.findElement(By.cssSelector(".alert-danger")).getText()).isEqualTo("Nome utente o password non corretti.");

    browser.findElement(By.id("username")).sendKeys("admin");
    browser.findElement(By.id("password")).sendKeys("test-admin-password");
    browser.findElement(By.cssSelector("button[type=submit]")).click();
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Importa un piano della performance");
    Browser.assertAccessible(browser);

    // the pages of a member: the plan with its verification and one objective's values form
    browser.get("http://localhost:" + port + "/");
    click(browser.findElement(By.linkText("PIAO 2024-2026, sottosezione Performance")));
    click(browser.findElement(By.linkText("Verifica del piano")));
    assertThat(browser.findElement(By.tagName("h1")).getText()).contains("Verifica del piano");
    Browser.assertAccessible(browser);
    browser.navigate().back();
    click(browser.findElement(By.linkText("16. Mantenere il patrimonio esistente - Garantire la cura e la tutela del verde pubblico e degli immobili comunali")));
    click(browser.findElement(By.linkText("Inserisci i valori raggiunti")));
    Browser.assertAccessible(browser);
    WebElement value = browser.findElements(By.name("value")).get(0);
    value.sendKeys("2");
    click(value.findElement(By.xpath("ancestor::form//button")));
    assertThat(browser.findElement(By.cssSelector(".alert-success")).getText()).startsWith("Valore salvato");
    assertThat(browser.getPageSource()).contains("finale: <strong>2</strong>");
    Browser.assertAccessible(browser);
  }
}
