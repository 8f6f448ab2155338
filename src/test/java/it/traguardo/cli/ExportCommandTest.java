package it.traguardo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import it.traguardo.catalog.BudgetCatalog;
import it.traguardo.documents.DocxPlanReader;
import it.traguardo.importer.PlanTextImporter;
import it.traguardo.support.MeasuredSeed;
import it.traguardo.support.PlanListing;
import it.traguardo.support.Seed;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The {@code export} subcommand run as the jar runs it, without Spring and without a database. */
class ExportCommandTest {

  @TempDir Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(Object command, String... args) {
    CommandLine commandLine = new CommandLine(command);
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    return commandLine.execute(args);
  }

  private Path seed() throws Exception {
    return Files.write(dir.resolve("piao.txt"), Seed.bytes());
  }

  @Test
  void writesThePdfOfTheTextExport() throws Exception {
    Path pdf = dir.resolve("out/piao.pdf");
    assertThat(run(new ExportCommand(), "--document", "piao", "--format", "pdf", "--input", seed().toString(), "--out", pdf.toString()))
        .as(err.toString())
        .isZero();
    assertThat(new String(Files.readAllBytes(pdf), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    assertThat(out.toString().strip()).isEqualTo(pdf.toString());
  }

  @Test
  void writesEveryCsvIntoTheOutputFolder() throws Exception {
    Path folder = dir.resolve("dati");
    assertThat(run(new ExportCommand(), "--document", "piao", "--format", "csv", "--input", seed().toString(), "--out", folder.toString()))
        .isZero();
    try (var files = Files.list(folder)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("obiettivi.csv", "fasi.csv", "indicatori.csv", "collegamenti-bilancio.csv");
    }
  }

  /** import --dry-run --json, then export from that JSON: the DOCX holds the same plan as the text it came from. */
  @Test
  void exportsFromThePlanJsonOfImport() throws Exception {
    StringWriter json = new StringWriter();
    CommandLine importer = new CommandLine(new ImportCommand(properties -> null));
    importer.setOut(new PrintWriter(json, true));
    importer.setErr(new PrintWriter(new StringWriter(), true));
    assertThat(importer.execute("--dry-run", "--json", seed().toString())).isZero();
    Path planJson = Files.writeString(dir.resolve("piano.json"), json.toString());
    Path docx = dir.resolve("piao.docx");
    assertThat(run(new ExportCommand(), "--document", "piao", "--format", "docx", "--input", planJson.toString(), "--out", docx.toString()))
        .as(err.toString())
        .isZero();
    BudgetCatalog catalog = BudgetCatalog.standard();
    var fromDocx = new DocxPlanReader(catalog).read(Files.readAllBytes(docx)).plan().orElseThrow();
    var fromText = new PlanTextImporter(catalog).read(Seed.bytes()).plan().orElseThrow();
    assertThat(PlanListing.of(fromDocx)).containsExactlyElementsOf(PlanListing.of(fromText));
  }

  @Test
  void badInputExitsWithOneAndLocatedMessages() throws Exception {
    Path notAPlan = Files.writeString(dir.resolve("lettera.txt"), "Gentile Sindaco,\nnessun piano qui.\n");
    assertThat(run(new ExportCommand(), "--document", "piao", "--format", "pdf", "--input", notAPlan.toString(), "--out", dir.resolve("x.pdf").toString()))
        .isEqualTo(1);
    assertThat(err.toString()).containsPattern("lettera\\.txt:\\d+: errore: ");
    assertThat(err.toString()).doesNotContain("Exception");
    assertThat(Files.exists(dir.resolve("x.pdf"))).isFalse();
  }

  @Test
  void brokenJsonIsReportedAtItsLine() throws Exception {
    Path json = Files.writeString(dir.resolve("piano.json"), "{\n  \"entity\": {\"name\": \"Comune di Prova\"},\n  \"firstYear\": 2024,,\n}");
    assertThat(run(new ExportCommand(), "--document", "piao", "--format", "json", "--input", json.toString(), "--out", dir.resolve("o.json").toString()))
        .isEqualTo(1);
    assertThat(err.toString()).contains("piano.json:3: errore: JSON non valido");
  }

  /** The Relazione of 2024 from a file whose "Raggiunto" column has values, read back with PDFBox and POI. */
  @Test
  void writesTheRelazioneOfAYearAsPdfAndDocx() throws Exception {
    Path input = Files.write(dir.resolve("misurato.txt"), MeasuredSeed.bytes());
    Path pdf = dir.resolve("relazione.pdf");
    assertThat(run(new ExportCommand(), "--document", "relazione", "--year", "2024", "--format", "pdf", "--input", input.toString(), "--out", pdf.toString()))
        .as(err.toString())
        .isZero();
    try (PDDocument document = Loader.loadPDF(Files.readAllBytes(pdf))) {
      assertThat(new PDFTextStripper().getText(document)).contains("Relazione sulla performance", "Anno 2024", "55,56 %", "66,67 %");
    }
    Path docx = dir.resolve("relazione.docx");
    assertThat(run(new ExportCommand(), "--document", "relazione", "--year", "2024", "--format", "docx", "--input", input.toString(), "--out", docx.toString()))
        .isZero();
    try (XWPFDocument document = new XWPFDocument(Files.newInputStream(docx))) {
      assertThat(document.getTables()).anySatisfy(t -> assertThat(t.getText()).contains("55,56 %"));
    }
  }

  @Test
  void theRelazioneNeedsAYearInsideThePlanAndADocumentFormat() throws Exception {
    String input = seed().toString();
    String outFile = dir.resolve("r.pdf").toString();
    assertThat(run(new ExportCommand(), "--document", "relazione", "--format", "pdf", "--input", input, "--out", outFile)).isEqualTo(2);
    assertThat(err.toString()).contains("--year");
    assertThat(run(new ExportCommand(), "--document", "relazione", "--year", "2024", "--format", "xlsx", "--input", input, "--out", outFile))
        .isEqualTo(2);
    assertThat(run(new ExportCommand(), "--document", "relazione", "--year", "2030", "--format", "pdf", "--input", input, "--out", outFile))
        .isEqualTo(1);
    assertThat(err.toString()).contains("non il 2030");
  }

  @Test
  void unknownFormatsAndMissingOptionsAreUsageErrors() throws Exception {
    assertThat(run(new ExportCommand(), "--document", "piao", "--format", "odt", "--input", seed().toString(), "--out", "x")).isEqualTo(2);
    assertThat(run(new ExportCommand(), "--document", "piao", "--format", "pdf")).isEqualTo(2);
  }
}
