package it.traguardo.importer;

import static org.assertj.core.api.Assertions.assertThat;

import it.traguardo.catalog.BudgetCatalog;
import it.traguardo.support.Seed;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Input that is not a plan is refused with the line where it goes wrong, and no plan at all. */
class ImporterErrorsTest {

  private final PlanTextImporter importer = new PlanTextImporter(BudgetCatalog.standard());

  @Test
  void emptyFile() {
    assertRefused(importer.read(new byte[0]), 1, "vuoto");
    assertRefused(importer.read("\n \n\t\n".getBytes(StandardCharsets.UTF_8)), 1, "vuoto");
  }

  @Test
  void binaryFile() {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    assertRefused(importer.read(png), 2, "non è un testo");
  }

  @Test
  void wordDocumentInsteadOfItsText() {
    byte[] zipHeader = {'P', 'K', 3, 4, 20, 0, 6, 0};
    assertRefused(importer.read(zipHeader), 1, "non è un testo");
  }

  @Test
  void textThatIsNotAPlan() {
    ImportResult result = importer.read("Lista della spesa\nlatte\npane\n".getBytes(StandardCharsets.UTF_8));
    assertThat(result.planOrNull()).isNull();
    assertThat(result.diagnostics()).anyMatch(d -> d.severity() == Diagnostic.Severity.ERROR && d.message().contains("Periodo del piano"));
  }

  @Test
  void fileCutInsideTheLastSheet() {
    List<String> lines = Seed.text().lines().toList();
    int lastIndicators = lines.lastIndexOf("INDICATORI\tValore atteso\tRaggiunto");
    String truncated = String.join("\n", lines.subList(0, lastIndicators - 3));
    ImportResult result = importer.read(truncated.getBytes(StandardCharsets.UTF_8));
    assertRefused(result, (int) truncated.lines().count(), "si interrompe nella scheda dell'obiettivo 19");
  }

  @Test
  void fileCutAfterTheIndicatorsOfTheLastSheet() {
    List<String> lines = Seed.text().lines().toList();
    int lastCharacteristics = lines.lastIndexOf("CARATTERISTICHE DELL'OBIETTIVO\tValutazione");
    String truncated = String.join("\n", lines.subList(0, lastCharacteristics - 1));
    ImportResult result = importer.read(truncated.getBytes(StandardCharsets.UTF_8));
    assertRefused(result, (int) truncated.lines().count(), "mancano «Caratteristiche dell'obiettivo», «Stato di attuazione degli obiettivi»");
  }

  @Test
  void objectiveWithoutNumber() {
    List<String> lines = Seed.text().lines().toList();
    String sheetRow = lines.stream().filter(l -> l.startsWith("1. Privacy e trattamento") && l.contains("\t1. ")).findFirst().orElseThrow();
    int line = lines.indexOf(sheetRow) + 1;
    String text = Seed.text().replace(sheetRow, sheetRow.substring(3));
    assertRefused(importer.read(text.getBytes(StandardCharsets.UTF_8)), line, "senza numero");
  }

  @Test
  void budgetCodeThatIsNotANumber() {
    String text = Seed.text().replaceFirst("PROGRAMMA\t02\tSegreteria generale", "PROGRAMMA\tdue\tSegreteria generale");
    ImportResult result = importer.read(text.getBytes(StandardCharsets.UTF_8));
    assertThat(result.planOrNull()).isNull();
    assertThat(result.diagnostics()).anyMatch(d -> d.severity() == Diagnostic.Severity.ERROR && d.message().contains("«due» non valido"));
  }

  @Test
  void unknownProgrammeAndDifferentNameAreWarningsAndTheCodeWins() {
    String text =
        Seed.text()
            .replaceFirst("PROGRAMMA\t02\tSegreteria generale", "PROGRAMMA\t42\tSegreteria generale")
            .replaceFirst("PROGRAMMA\t10\tRisorse umane", "PROGRAMMA\t10\tPersonale");
    ImportResult result = importer.read(text.getBytes(StandardCharsets.UTF_8));
    assertThat(result.hasErrors()).isFalse();
    assertThat(result.diagnostics()).extracting(Diagnostic::message)
        .anyMatch(m -> m.equals("Il programma 42 non appartiene alla missione 01 nel catalogo del D.Lgs. 118/2011."))
        .anyMatch(m -> m.startsWith("Programma 01.10: il nome «Personale» differisce"));
  }

  private static void assertRefused(ImportResult result, int line, String text) {
    assertThat(result.planOrNull()).isNull();
    assertThat(result.hasErrors()).isTrue();
    assertThat(result.diagnostics())
        .filteredOn(d -> d.severity() == Diagnostic.Severity.ERROR)
        .anySatisfy(
            d -> {
              assertThat(d.line()).isEqualTo(line);
              assertThat(d.message()).contains(text);
            });
  }
}
