package it.traguardo.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import it.traguardo.plan.Objective;
import it.traguardo.plan.ObjectiveKind;
import it.traguardo.plan.Plan;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** The seed's PIAO PDF read back with PDFBox and validated with veraPDF, independently of how it was made. */
class PiaoPdfTest {

  private static List<String> pages;
  private static List<String> spacedPages;

  @BeforeAll
  static void readPages() throws IOException {
    try (PDDocument pdf = Loader.loadPDF(SeedPlan.pdf())) {
      PDFTextStripper stripper = new PDFTextStripper();
      pages = new ArrayList<>();
      spacedPages = new ArrayList<>();
      for (int p = 1; p <= pdf.getNumberOfPages(); p++) {
        stripper.setStartPage(p);
        stripper.setEndPage(p);
        String text = stripper.getText(pdf);
        pages.add(comparable(text));
        spacedPages.add(Normalizer.normalize(text, Normalizer.Form.NFKC));
      }
    }
  }

  /**
   * Ligatures (ﬁ) as letters and no whitespace at all: lines wrap at different places in the contents and in the
   * sheets, even inside "2024-2026".
   */
  private static String comparable(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("\\s+", "");
  }

  /** Every heading the contents must list, derived from the plan, not from the document. */
  private static List<String> expectedEntries() {
    List<String> entries = new ArrayList<>(List.of("Premessa metodologica", "OBIETTIVI GESTIONALI TRASVERSALI"));
    SeedPlan.PLAN.objectives().stream().filter(o -> o.kind() == ObjectiveKind.TRANSVERSAL).forEach(o -> entries.add(o.heading()));
    entries.add("OBIETTIVI GESTIONALI SETTORIALI");
    String unit = null;
    for (Objective objective : SeedPlan.PLAN.objectives()) {
      if (objective.kind() == ObjectiveKind.SECTORAL) {
        if (!objective.unit().equals(unit)) {
          unit = objective.unit();
          entries.add(unit);
        }
        entries.add(objective.heading());
      }
    }
    return entries;
  }

  @Test
  void everyContentsEntryCitesThePageWhereItsHeadingFirstAppears() {
    assertThat(pages.get(0)).contains(comparable("Comune di Cedrasco Provincia di Sondrio"), "2024-2026", "Performance");
    for (String heading : expectedEntries()) {
      int contentsPage = -1;
      int cited = -1;
      for (int p = 0; p < pages.size() && contentsPage < 0; p++) {
        Matcher entry = contentsEntry(heading).matcher(spacedPages.get(p));
        if (entry.find()) {
          contentsPage = p + 1;
          cited = Integer.parseInt(entry.group(1));
        }
      }
      assertThat(contentsPage).as("contents entry of %s", heading).isBetween(2, 3);
      int firstAppearance = -1;
      for (int p = contentsPage; p < pages.size() && firstAppearance < 0; p++) {
        if (pages.get(p).contains(comparable(heading))) {
          firstAppearance = p + 1;
        }
      }
      assertThat(cited).as("page cited for %s", heading).isEqualTo(firstAppearance);
      List<String> lines = spacedPages.get(firstAppearance - 1).lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
      assertThat(List.of(lines.get(0), lines.get(lines.size() - 1)))
          .as("footer of page %d", firstAppearance)
          .contains(String.valueOf(firstAppearance));
    }
  }

  /** The entry with its dot leader and page number, wherever its lines wrap. */
  private static Pattern contentsEntry(String heading) {
    StringBuilder regex = new StringBuilder();
    heading.replaceAll("\\s+", "").codePoints().forEach(c -> regex.append(Pattern.quote(Character.toString(c))).append("\\s*"));
    return Pattern.compile(regex + "\\.{3,}\\s*(\\d+)\\b");
  }

  @Test
  void sheetsShowEveryPartOfTheSeed() {
    String all = String.join("", pages);
    for (String expected :
        List.of(
            "OBIETTIVI GESTIONALI TRASVERSALI", "OBIETTIVI GESTIONALI SETTORIALI",
            "Servizio 1 – Finanziario - Amministrativo", "Servizio 3 – Lavori Pubblici, Territorio, Manutenzioni",
            "DEFINIZIONE OBIETTIVO DESCRIZIONE/FASI ORIZZONTE TEMPORALE ASSEGNAZIONE OBIETTIVO",
            "PROGRAMMA 02 Segreteria generale", "Servizi istituzionali, generali e di gestione",
            "INDICATORI Azione Valore atteso Raggiunto", "Realizzazione entro 31.12.2024-2025-2026",
            "Impatto sul Valore Pubblico generato con il raggiungimento Alto",
            "Stato di attuazione degli obiettivi (campo dedicato alla relazione finale)",
            "Piano delle Performance", "1- Rispetto delle fasi temporali SI")) {
      assertThat(all).contains(comparable(expected));
    }
    assertThat(all)
        .doesNotContain("**");
  }

  @Test
  void outlineListsEveryContentsEntry() throws IOException {
    try (PDDocument pdf = Loader.loadPDF(SeedPlan.pdf())) {
      List<String> titles = new ArrayList<>();
      collect(pdf.getDocumentCatalog().getDocumentOutline(), titles);
      assertThat(titles).containsExactlyElementsOf(expectedEntries());
    }
  }

  private static void collect(PDOutlineNode node, List<String> titles) {
    node.children().forEach(item -> {
      titles.add(item.getTitle());
      collect(item, titles);
    });
  }

  @Test
  void isItalianTaggedAndEmbedsEveryFont() throws IOException {
    try (PDDocument pdf = Loader.loadPDF(SeedPlan.pdf())) {
      assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("it");
      assertThat(pdf.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
      assertThat(pdf.getDocumentInformation().getTitle()).contains("2024-2026");
      List<String> fonts = new ArrayList<>();
      for (PDPage page : pdf.getPages()) {
        PDResources resources = page.getResources();
        for (var name : resources.getFontNames()) {
          PDFont font = resources.getFont(name);
          assertThat(font.isEmbedded()).as(font.getName()).isTrue();
          fonts.add(font.getName());
        }
      }
      assertThat(fonts).isNotEmpty().allMatch(name -> name.contains("DejaVuSansCondensed"));
    }
  }

  /** Poppler, where installed, as a second opinion on fonts and text. */
  @Test
  void popplerSeesEmbeddedFontsAndTheContents(@TempDir Path dir) throws Exception {
    assumeTrue(Files.isExecutable(Path.of("/usr/bin/pdffonts")), "poppler-utils not installed");
    Path pdf = Files.write(dir.resolve("piao.pdf"), SeedPlan.pdf());
    List<String> fonts = run("pdffonts", pdf.toString()).lines().skip(2).toList();
    assertThat(fonts).isNotEmpty().allSatisfy(line -> assertThat(line.split("\\s+")[4]).as(line).isEqualTo("yes"));
    assertThat(run("pdftotext", "-f", "2", "-l", "2", pdf.toString(), "-")).contains("Sommario", "13. Protocollo");
  }

  private static String run(String... command) throws Exception {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    assertThat(process.waitFor()).as(output).isZero();
    return output;
  }

  enum Conformance {
    PDFA_3A(PDFAFlavour.PDFA_3_A),
    PDFUA_1(PDFAFlavour.PDFUA_1);

    final PDFAFlavour flavour;

    Conformance(PDFAFlavour flavour) {
      this.flavour = flavour;
    }
  }

  @ParameterizedTest
  @EnumSource(Conformance.class)
  void passesVeraPdf(Conformance conformance) throws Exception {
    assertThat(failedRules(SeedPlan.pdf(), conformance.flavour)).isEmpty();
  }

  /** A made-up plan without province, with markup characters and a service heading per unit, conforms too. */
  @Test
  void aMadeUpPlanConformsToo() throws Exception {
    Plan made = RandomPlansRoundTripTest.randomPlan(new java.util.Random(42));
    Plan plan = new Plan(null, made.entityName(), null, null, made.firstYear(), made.lastYear(), null, List.of(), made.objectives());
    byte[] pdf = new PiaoDocuments(SeedPlan.CATALOG).pdf(plan);
    assertThat(failedRules(pdf, PDFAFlavour.PDFA_3_A)).isEmpty();
    assertThat(failedRules(pdf, PDFAFlavour.PDFUA_1)).isEmpty();
  }

  static List<String> failedRules(byte[] pdf, PDFAFlavour flavour) throws Exception {
    VeraGreenfieldFoundryProvider.initialise();
    try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour);
        PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
      ValidationResult result = validator.validate(parser);
      return result.getTestAssertions().stream()
          .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
          .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + " " + a.getMessage())
          .distinct()
          .toList();
    }
  }
}
