package it.traguardo.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import it.traguardo.audit.AuditEntry;
import it.traguardo.audit.AuditTrail;
import it.traguardo.organization.Role;
import it.traguardo.plan.Objective;
import it.traguardo.support.EvidenceFiles;
import it.traguardo.support.MonitoredEnte;
import it.traguardo.support.TraguardoIntegrationTest;
import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Evidence files on the values page: accepted by content, refused with a message (never an error page) when the type
 * or the size is wrong, served as attachments to the ente's members only, every upload and removal in the trail.
 */
@TraguardoIntegrationTest
class EvidencePagesTest {

  private static final int LIMIT = 10 * 1024 * 1024;

  @Autowired ApplicationContext context;
  @Autowired MockMvc mvc;
  @Autowired UserDetailsService users;
  @Autowired Evidence evidence;
  @Autowired AuditTrail trail;
  @LocalServerPort int port;

  private MonitoredEnte ente;
  private Objective sixteen;
  private String values;

  @BeforeEach
  void ente() {
    ente = MonitoredEnte.of(context, "prova-evidenze")
        .responsabile("eq-evidenze", MonitoredEnte.SERVIZIO_2)
        .member("giunta-evidenze", Role.GIUNTA);
    sixteen = ente.objective("16");
    values = ente.objectivePath("16") + "/valori";
  }

  private MvcResult upload(long indicator, String as, MockMultipartFile... files) throws Exception {
    var request = multipart(values + "/evidenze");
    for (MockMultipartFile file : files) {
      request.file(file);
    }
    return mvc.perform(request.param("indicatorId", "" + indicator).param("year", "2024").param("checkpoint", "final")
            .with(user(users.loadUserByUsername(as))).with(csrf()))
        .andReturn();
  }

  private static MockMultipartFile file(String name, byte[] content) {
    return new MockMultipartFile("files", name, "application/octet-stream", content);
  }

  @Test
  void severalFilesAreAttachedListedAndDownloadedAsAttachments() throws Exception {
    long indicator = sixteen.indicators().get(1).id();
    byte[] pdf = EvidenceFiles.pdf();
    MvcResult added = upload(indicator, "eq-evidenze", file("verbale sopralluogo.pdf", pdf), file("C:\\foto\\aiuola.png", EvidenceFiles.png()));
    assertThat(added.getResponse().getRedirectedUrl()).isEqualTo(values + "?anno=2024#indicatore-" + indicator);
    assertThat(added.getFlashMap().get("message")).isEqualTo("Allegati 2 documenti a «Criticità segnalate/riscontrate nella manutenzione del territorio».");
    List<Evidence.StoredEvidence> stored = evidence.of(ente.entityId(), indicator);
    assertThat(stored).extracting(Evidence.StoredEvidence::fileName).containsExactly("verbale sopralluogo.pdf", "aiuola.png");
    assertThat(stored).extracting(Evidence.StoredEvidence::type).containsExactly(EvidenceType.PDF, EvidenceType.PNG);
    assertThat(stored.get(0).sha256()).hasSize(64);

    String page = mvc.perform(get(values).param("anno", "2024").with(user(users.loadUserByUsername("giunta-evidenze"))))
        .andReturn().getResponse().getContentAsString();
    assertThat(page).contains(">verbale sopralluogo.pdf</a>").contains("aiuola.png").doesNotContain("/elimina");

    MockHttpServletResponse download =
        mvc.perform(get(values + "/evidenze/" + stored.get(0).id()).with(user(users.loadUserByUsername("giunta-evidenze"))))
            .andExpect(status().isOk())
            .andReturn().getResponse();
    assertThat(download.getContentAsByteArray()).isEqualTo(pdf);
    assertThat(download.getContentType()).isEqualTo("application/pdf");
    assertThat(download.getHeader("Content-Disposition")).startsWith("attachment;").contains("verbale");
    assertThat(download.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");

    List<AuditEntry> uploads =
        trail.ofObjective(ente.entityId(), sixteen.id()).stream().filter(e -> e.action().equals("EVIDENZA_CARICATA")).toList();
    assertThat(uploads).extracting(AuditEntry::afterValue)
        .contains("verbale sopralluogo.pdf (PDF, " + EvidenceCheck.megabytes(pdf.length) + ": " + pdf.length + " byte)");
    assertThat(uploads.get(0).subject())
        .isEqualTo("Documento a supporto di Criticità segnalate/riscontrate nella manutenzione del territorio — 2024, rilevazione finale (31 dicembre)");
  }

  @Test
  void aProgramOrAPageRenamedIsRefusedAndNothingIsStored() throws Exception {
    long indicator = sixteen.indicators().get(2).id();
    MvcResult refused =
        upload(indicator, "eq-evidenze", file("relazione.pdf", EvidenceFiles.pdf()), file("relazione2.pdf", EvidenceFiles.exe()),
            file("foto.png", EvidenceFiles.html()));
    assertThat((String) refused.getFlashMap().get("problem"))
        .startsWith("Nessun documento allegato a «Criticità segnalate/riscontrate nella pulizia degli immobili»: «relazione2.pdf» non è un tipo di file ammesso")
        .contains("«foto.png» non è un tipo di file ammesso");
    assertThat(evidence.of(ente.entityId(), indicator)).isEmpty();
    // the same content twice is one document
    byte[] pdf = EvidenceFiles.pdf();
    upload(indicator, "eq-evidenze", file("relazione.pdf", pdf));
    MvcResult again = upload(indicator, "eq-evidenze", file("copia.pdf", pdf));
    assertThat((String) again.getFlashMap().get("problem")).endsWith("«copia.pdf» è già allegato a questo valore (stesso contenuto).");
    assertThat(evidence.of(ente.entityId(), indicator)).hasSize(1);
  }

  @Test
  void aFileOverTheLimitIsRefusedWithAMessage() throws Exception {
    long indicator = sixteen.indicators().get(3).id();
    MvcResult refused = upload(indicator, "eq-evidenze", file("scansione.pdf", EvidenceFiles.largePdf(LIMIT + 1)));
    assertThat(refused.getFlashMap().get("problem"))
        .isEqualTo("Nessun documento allegato a «Percentuale RD territorio»: «scansione.pdf» pesa più di 10 MB: il limite è 10 MB per file.");
    assertThat(evidence.of(ente.entityId(), indicator)).isEmpty();
    assertThat(upload(indicator, "eq-evidenze", file("scansione.pdf", EvidenceFiles.largePdf(LIMIT))).getFlashMap().get("message"))
        .isEqualTo("Allegato un documento a «Percentuale RD territorio».");
  }

  /** Through the real server: the container's multipart limits let a file over the evidence limit reach the page. */
  @Test
  void overRealHttpAFileOverTheLimitComesBackToThePageWithItsMessage() throws Exception {
    HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    String base = "http://localhost:" + port;
    String token = token(http.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(), HttpResponse.BodyHandlers.ofString()).body());
    http.send(
        HttpRequest.newBuilder(URI.create(base + "/login")).header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString("username=eq-evidenze&password=" + MonitoredEnte.PASSWORD + "&_csrf=" + token)).build(),
        HttpResponse.BodyHandlers.ofString());
    String page = http.send(HttpRequest.newBuilder(URI.create(base + values + "?anno=2024")).build(), HttpResponse.BodyHandlers.ofString()).body();
    long indicator = sixteen.indicators().get(0).id();
    String boundary = "----traguardo";
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.writeBytes(field(boundary, "indicatorId", "" + indicator));
    body.writeBytes(field(boundary, "year", "2024"));
    body.writeBytes(field(boundary, "checkpoint", "final"));
    body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"grande.pdf\"\r\nContent-Type: application/pdf\r\n\r\n")
        .getBytes(StandardCharsets.UTF_8));
    body.writeBytes(EvidenceFiles.largePdf(LIMIT + 512 * 1024));
    body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
    body.writeBytes(field(boundary, "_csrf", token(page)));
    body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    HttpResponse<String> posted =
        http.send(
            HttpRequest.newBuilder(URI.create(base + values + "/evidenze")).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(posted.statusCode()).isEqualTo(302);
    String location = posted.headers().firstValue("Location").orElseThrow();
    assertThat(location).endsWith(values + "?anno=2024#indicatore-" + indicator);
    String shown = http.send(HttpRequest.newBuilder(URI.create(location)).build(), HttpResponse.BodyHandlers.ofString()).body();
    assertThat(shown).contains("«grande.pdf» pesa 10,5 MB: il limite è 10 MB per file.");
  }

  @Test
  void removalIsForThoseWhoAttachAndIsAudited() throws Exception {
    long indicator = sixteen.indicators().get(0).id();
    upload(indicator, "eq-evidenze", file("foto.jpg", EvidenceFiles.jpeg()));
    Evidence.StoredEvidence photo =
        evidence.of(ente.entityId(), indicator).stream().filter(f -> f.fileName().equals("foto.jpg")).findFirst().orElseThrow();
    String remove = values + "/evidenze/" + photo.id() + "/elimina";
    mvc.perform(post(remove).param("year", "2024").with(user(users.loadUserByUsername("giunta-evidenze"))).with(csrf()))
        .andExpect(status().isForbidden());
    mvc.perform(post(remove).param("year", "2024").with(user(users.loadUserByUsername("eq-evidenze"))).with(csrf()))
        .andExpect(redirectedUrl(values + "?anno=2024#indicatore-" + indicator));
    assertThat(evidence.find(ente.entityId(), photo.id())).isEmpty();
    // a colleague who removes it again from a page still showing it is told, not shown an error
    MvcResult again =
        mvc.perform(post(remove).param("year", "2024").with(user(users.loadUserByUsername("admin"))).with(csrf()))
            .andExpect(redirectedUrl(values + "?anno=2024"))
            .andReturn();
    assertThat(again.getFlashMap().get("message")).isEqualTo("Il documento era già stato eliminato da un altro utente.");
    AuditEntry removed =
        trail.ofObjective(ente.entityId(), sixteen.id()).stream().filter(e -> e.action().equals("EVIDENZA_ELIMINATA")).findFirst().orElseThrow();
    assertThat(removed.beforeValue()).startsWith("foto.jpg (immagine JPEG, ").endsWith(" byte)");
    assertThat(removed.afterValue()).isNull();
    assertThat(removed.actor()).isEqualTo("eq-evidenze");
  }

  @Test
  void anotherEnteAndOtherRolesGetNothing() throws Exception {
    long indicator = sixteen.indicators().get(0).id();
    upload(indicator, "eq-evidenze", file("foto.png", EvidenceFiles.png()));
    long id = evidence.of(ente.entityId(), indicator).get(0).id();
    MonitoredEnte.of(context, "prova-evidenze-estraneo").member("segretario-evidenze-estraneo", Role.SEGRETARIO);
    mvc.perform(get(values + "/evidenze/" + id).with(user(users.loadUserByUsername("segretario-evidenze-estraneo"))))
        .andExpect(status().isNotFound());
    assertThat(upload(indicator, "segretario-evidenze-estraneo", file("x.pdf", EvidenceFiles.pdf())).getResponse().getStatus()).isEqualTo(404);
    assertThat(upload(indicator, "giunta-evidenze", file("x.pdf", EvidenceFiles.pdf())).getResponse().getStatus()).isEqualTo(403);
    // a file of this ente named under another objective's address does not exist there
    mvc.perform(get(ente.objectivePath("6") + "/valori/evidenze/" + id).with(user(users.loadUserByUsername("admin"))))
        .andExpect(status().isNotFound());
    mvc.perform(get(values + "/evidenze/" + id)).andExpect(status().is3xxRedirection());
  }

  private static byte[] field(String boundary, String name, String value) {
    return ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8);
  }

  private static String token(String html) {
    Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(html);
    assertThat(m.find()).as("a CSRF token in the page").isTrue();
    return m.group(1);
  }
}
