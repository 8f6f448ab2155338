package it.traguardo.documents;

import static org.assertj.core.api.Assertions.assertThat;

import it.traguardo.importer.Diagnostic;
import it.traguardo.importer.ImportResult;
import it.traguardo.importer.PlanTextImporter;
import it.traguardo.support.PlanListing;
import it.traguardo.support.Seed;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;

/** The DOCX read back with POI, and Word documents read into the plan model. */
class DocxTest {

  private final DocxPlanReader reader = new DocxPlanReader(SeedPlan.CATALOG);

  @Test
  void readsBackTheSamePlan() {
    ImportResult result = reader.read(SeedPlan.docx());
    assertThat(result.hasErrors()).as(result.diagnostics().toString()).isFalse();
    assertThat(PlanListing.of(result.planOrNull())).containsExactlyElementsOf(PlanListing.of(SeedPlan.PLAN));
    assertThat(result.planOrNull().premise()).isEqualTo(SeedPlan.PLAN.premise());
    // the contents field lists the entries until Word computes their pages: navigation, not text of the plan
    assertThat(result.planOrNull().contents()).isEmpty();
    // only what the plan itself says: indicators naming a phase their objective does not have, and the one
    // qualitative target the NdV judges
    assertThat(result.diagnostics())
        .extracting(Diagnostic::message)
        .hasSize(4)
        .allMatch(m -> m.contains("del documento Word]"))
        .filteredOn(m -> m.contains("si riferisce alla fase"))
        .hasSize(3);
  }

  @Test
  void usesWordHeadingStylesAndAContentsFieldWordUpdates() throws IOException {
    try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(SeedPlan.docx()))) {
      assertThat(docx.getStyles().getStyle("Heading1").getName()).isEqualTo("heading 1");
      assertThat(docx.getStyles().getStyle("Heading3").getCTStyle().getPPr().getOutlineLvl().getVal().intValue()).isEqualTo(2);
      List<String> headings = new ArrayList<>();
      for (XWPFParagraph p : docx.getParagraphs()) {
        if (p.getStyle() != null && p.getStyle().startsWith("Heading")) {
          headings.add(p.getStyle() + " " + p.getText());
        }
      }
      assertThat(headings)
          .contains("Heading1 Premessa metodologica", "Heading1 OBIETTIVI GESTIONALI TRASVERSALI")
          .contains("Heading2 1. Privacy e trattamento dei dati personali: adeguamento alle nuove disposizioni legislative")
          .contains("Heading2 Servizio 1 – Finanziario - Amministrativo", "Heading3 13. Protocollo")
          .hasSize(1 + 2 + 3 + SeedPlan.PLAN.objectives().size());
      String body = docx.getDocument().xmlText();
      assertThat(body).contains("TOC \\o \"1-3\" \\h \\z \\u");
      assertThat(docx.isEnforcedUpdateFields()).isTrue();
      assertThat(docx.getParagraphs())
          .filteredOn(p -> p.getStyle() != null && p.getStyle().startsWith("TOC") && !p.getStyle().equals("TOCHeading"))
          .extracting(p -> p.getStyle() + " " + p.getText())
          .hasSize(1 + 2 + 3 + SeedPlan.PLAN.objectives().size())
          .contains("TOC1 Premessa metodologica", "TOC2 Servizio 2 – Edilizia Privata, Urbanistica, Sue", "TOC3 13. Protocollo");
      List<XWPFTable> tables = docx.getTables();
      assertThat(tables).hasSize(4 * SeedPlan.PLAN.objectives().size());
      assertThat(tables).allMatch(t -> t.getRow(0).isRepeatHeader());
      XWPFTableRow first = tables.get(0).getRow(0);
      assertThat(first.getTableCells()).extracting(c -> c.getText())
          .containsExactly("DEFINIZIONE OBIETTIVO", "DESCRIZIONE/FASI", "ORIZZONTE TEMPORALE", "ASSEGNAZIONE OBIETTIVO");
      assertThat(docx.getParagraphs()).extracting(XWPFParagraph::getText).noneMatch(t -> t.contains("**"));
    }
  }

  /** A Word document in the seed's own layout: paragraphs, and tables where the export has tab-separated lines. */
  @Test
  void readsAWordDocumentInTheSeedsLayoutLikeItsTextExport() throws IOException {
    ImportResult fromText = new PlanTextImporter(SeedPlan.CATALOG).read(Seed.bytes());
    ImportResult fromWord = reader.read(seedAsWord());
    assertThat(fromWord.hasErrors()).as(fromWord.diagnostics().toString()).isFalse();
    assertThat(PlanListing.of(fromWord.planOrNull())).containsExactlyElementsOf(PlanListing.of(fromText.planOrNull()));
    assertThat(fromWord.planOrNull().contents())
        .extracting(e -> e.number() + " " + e.title() + " " + e.page())
        .containsExactlyElementsOf(fromText.planOrNull().contents().stream().map(e -> e.number() + " " + e.title() + " " + e.page()).toList());
    assertThat(fromWord.diagnostics()).extracting(d -> d.severity() + " " + withoutLocations(d.message()))
        .containsExactlyElementsOf(fromText.diagnostics().stream().map(d -> d.severity() + " " + withoutLocations(d.message())).toList());
    assertThat(fromWord.diagnostics()).allMatch(d -> d.message().matches(".*\\[(paragrafo \\d+|tabella \\d+, riga \\d+) del documento Word]"));
  }

  private static String withoutLocations(String message) {
    return message.replaceAll(" \\[[^\\]]*del documento Word]$", "").replaceAll("riga \\d+", "riga N");
  }

  /** The seed as Word writes it: its contents inside a TOC field with the page numbers Word computed. */
  private static byte[] seedAsWord() throws IOException {
    try (XWPFDocument docx = new XWPFDocument()) {
      List<String[]> rows = new ArrayList<>();
      List<String> contents = new ArrayList<>();
      boolean inContents = false;
      for (String line : Seed.text().split("\r?\n", -1)) {
        if (line.equals("Sommario")) {
          inContents = true;
        } else if (inContents && line.contains("\t")) {
          contents.add(line);
          continue;
        } else if (inContents && !contents.isEmpty()) {
          contentsField(docx, contents);
          inContents = false;
        }
        if (line.contains("\t")) {
          rows.add(line.split("\t", -1));
          continue;
        }
        flushTable(docx, rows);
        if (!line.isBlank()) {
          docx.createParagraph().createRun().setText(line);
        }
      }
      flushTable(docx, rows);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      docx.write(out);
      return out.toByteArray();
    }
  }

  private static void contentsField(XWPFDocument docx, List<String> entries) {
    for (int i = 0; i < entries.size(); i++) {
      XWPFParagraph paragraph = docx.createParagraph();
      if (i == 0) {
        paragraph.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        paragraph.createRun().getCTR().addNewInstrText().setStringValue(" TOC \\o \"1-3\" \\h \\z \\u ");
        paragraph.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
      }
      String[] parts = entries.get(i).split("\t");
      XWPFRun run = paragraph.createRun();
      run.setText(parts[0]);
      run.addTab();
      run.setText(parts[1]);
      if (i == entries.size() - 1) {
        paragraph.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
      }
    }
  }

  private static void flushTable(XWPFDocument docx, List<String[]> rows) {
    if (rows.isEmpty()) {
      return;
    }
    int columns = rows.stream().mapToInt(r -> r.length).max().orElse(1);
    XWPFTable table = docx.createTable(rows.size(), columns);
    for (int r = 0; r < rows.size(); r++) {
      for (int c = 0; c < rows.get(r).length; c++) {
        table.getRow(r).getCell(c).setText(rows.get(r)[c]);
      }
    }
    rows.clear();
  }

  @Test
  void refusesWhatIsNotAWordDocumentWithAnItalianMessage() throws IOException {
    byte[] random = new byte[4096];
    new Random(7).nextBytes(random);
    byte[] docx = SeedPlan.docx();
    assertRefused(random, "non è un documento Word");
    assertRefused(new byte[0], "non è un documento Word");
    assertRefused(Arrays.copyOf(docx, docx.length / 2), "danneggiato o troncato");
    assertRefused(zip("note.txt", "Non è un piano".getBytes()), "non un documento");
    assertRefused(new PlanSpreadsheet(SeedPlan.CATALOG).xlsx(SeedPlan.PLAN), "foglio di calcolo");
    assertRefused(zip("word/document.xml", new byte[120 * 1024 * 1024]), "zip bomb");
  }

  private void assertRefused(byte[] content, String expected) {
    ImportResult result = reader.read(content);
    assertThat(result.plan()).isEmpty();
    assertThat(result.diagnostics()).singleElement().satisfies(d -> {
      assertThat(d.severity()).isEqualTo(Diagnostic.Severity.ERROR);
      assertThat(d.message()).contains(expected);
    });
  }

  private static byte[] zip(String name, byte[] content) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry(name));
      zip.write(content);
      zip.closeEntry();
    }
    return out.toByteArray();
  }
}
