package it.traguardo.transparency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import it.traguardo.catalog.BudgetCatalog;
import it.traguardo.importer.ImportResult;
import it.traguardo.importer.PlanImportService;
import it.traguardo.importer.PlanTextImporter;
import it.traguardo.plan.Adoption;
import it.traguardo.plan.PlanState;
import it.traguardo.support.MeasuredSeed;
import it.traguardo.support.TraguardoIntegrationTest;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** The public transparency page of a published plan, its downloads and the background rendering of documents. */
@TraguardoIntegrationTest
class TransparencyPagesTest {

  private static final String PAGE = "/trasparenza/tr-pagine/performance/2024";

  @Autowired MockMvc mvc;
  @Autowired PlanImportService imports;
  private long planId;

  @BeforeEach
  void storePlans() {
    planId = store("tr-pagine", PlanState.IN_MONITORAGGIO, new Adoption("Delibera di Giunta n. 5", LocalDate.of(2024, 1, 30), false));
    store("tr-bozza", PlanState.BOZZA, null);
  }

  private long store(String code, PlanState state, Adoption adoption) {
    ImportResult result = new PlanTextImporter(BudgetCatalog.standard()).read(MeasuredSeed.bytes());
    return imports
        .store(result.planOrNull(), code, null, true, "piano.txt", "test", result.diagnostics(), state, adoption)
        .planId();
  }

  @Test
  void aPublishedPlanIsPublicWithItsAchievementsAndDownloads() throws Exception {
    String page = mvc.perform(get(PAGE)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    assertThat(page)
        .contains("<h1>Performance 2024</h1>", "Delibera di Giunta n. 5", " del 30/01/2024")
        .contains("6. Gestione accurata Bilancio e stock del debito", "55,56 %", "Parzialmente raggiunto")
        .contains("<th scope=\"col\">Obiettivo</th>", "<th scope=\"row\"")
        .contains(PAGE + "/relazione.pdf", PAGE + "/relazione.docx", PAGE + "/piao.pdf", PAGE + "/piao.docx")
        .contains(PAGE + "/piano.xlsx", PAGE + "/dati-csv.zip", PAGE + "/piano.json")
        .contains("Relazione sulla performance 2024 (PDF)", "aria-live=\"polite\"", "/js/trasparenza.js");
    // headings in order: one h1, then h2 only
    assertThat(page.split("<h1").length - 1).isEqualTo(1);
    assertThat(page).doesNotContain("<h3", "<h4");

    String planPage =
        mvc.perform(get("/enti/tr-pagine/piani/{id}", planId).param("anno", "2024")).andReturn().getResponse().getContentAsString();
    assertThat(planPage).contains("href=\"" + PAGE + "\"");
  }

  @Test
  void draftsUnknownEntiAndYearsOutsideThePlanDoNotExist() throws Exception {
    mvc.perform(get("/trasparenza/tr-bozza/performance/2024")).andExpect(status().isNotFound());
    mvc.perform(get("/trasparenza/tr-bozza/performance/2024/piano.json")).andExpect(status().isNotFound());
    mvc.perform(get("/trasparenza/tr-bozza/performance/2024/relazione.pdf/genera")).andExpect(status().isNotFound());
    mvc.perform(get("/trasparenza/ente-inesistente/performance/2024")).andExpect(status().isNotFound());
    mvc.perform(get("/trasparenza/tr-pagine/performance/2030")).andExpect(status().isNotFound());
    mvc.perform(get(PAGE + "/altro.pdf/stato")).andExpect(status().isNotFound());
  }

  @Test
  void aDocumentRendersInTheBackgroundAndStaysDownloadable() throws Exception {
    String started =
        mvc.perform(get(PAGE + "/relazione.pdf/genera"))
            .andExpect(status().isAccepted())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(started).containsAnyOf("\"stato\":\"in-corso\"", "\"stato\":\"pronto\"");
    String state = started;
    for (int i = 0; i < 240 && !state.contains("pronto"); i++) {
      Thread.sleep(500);
      state = mvc.perform(get(PAGE + "/relazione.pdf/stato")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
      assertThat(state).doesNotContain("errore");
    }
    assertThat(state).contains("\"stato\":\"pronto\"");

    MockHttpServletResponse pdf =
        mvc.perform(get(PAGE + "/relazione.pdf"))
            .andExpect(status().isOk())
            .andExpect(content().contentType("application/pdf"))
            .andExpect(header().string("Content-Disposition", "attachment; filename=\"tr-pagine-relazione-2024.pdf\""))
            .andReturn()
            .getResponse();
    assertThat(new String(pdf.getContentAsByteArray(), 0, 5)).isEqualTo("%PDF-");
    // once stored, the page links the file directly
    String page = mvc.perform(get(PAGE)).andReturn().getResponse().getContentAsString();
    assertThat(page).doesNotContain(PAGE + "/relazione.pdf/genera").contains(PAGE + "/relazione.docx/genera");
  }

  @Test
  void filesHaveTheirContentTypes() throws Exception {
    MockHttpServletResponse docx =
        mvc.perform(get(PAGE + "/relazione.docx"))
            .andExpect(status().isOk())
            .andExpect(content().contentType("application/vnd.openxmlformats-officedocument.wordprocessingml.document"))
            .andReturn()
            .getResponse();
    assertThat(new String(docx.getContentAsByteArray(), 0, 2)).isEqualTo("PK");
    mvc.perform(get(PAGE + "/piano.xlsx"))
        .andExpect(content().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
        .andExpect(header().string("Content-Disposition", "attachment; filename=\"tr-pagine-piano-2024-2026.xlsx\""));
    mvc.perform(get(PAGE + "/piano.json")).andExpect(content().contentType("application/json"));
    byte[] zip =
        mvc.perform(get(PAGE + "/dati-csv.zip"))
            .andExpect(content().contentType("application/zip"))
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    List<String> names = new ArrayList<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        names.add(entry.getName());
      }
    }
    assertThat(names).containsExactly("obiettivi.csv", "fasi.csv", "indicatori.csv", "collegamenti-bilancio.csv");
  }
}
