package it.traguardo.documents;

import static org.assertj.core.api.Assertions.assertThat;

import it.traguardo.importer.ImportResult;
import it.traguardo.plan.Indicator;
import it.traguardo.plan.Objective;
import it.traguardo.plan.Plan;
import it.traguardo.support.PlanListing;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The spreadsheet, the CSV files and the plan JSON read back with POI, Commons CSV and the JSON reader. */
class PlanDataTest {

  private static final String HYPERLINK = "=HYPERLINK(\"http://esempio.invalid\",\"clic\")";

  /** The seed with two indicator names a spreadsheet would take for formulas. */
  private static Plan withHostileNames() {
    List<Objective> objectives = new ArrayList<>(SeedPlan.PLAN.objectives());
    Objective first = objectives.get(0);
    List<Indicator> indicators = new ArrayList<>(first.indicators());
    indicators.add(new Indicator(null, 1, HYPERLINK, Map.of(), "SI", null, null));
    indicators.add(new Indicator(null, null, "-5 criticità", Map.of(), "@SUM(A1)", null, null));
    objectives.set(
        0,
        new Objective(
            null, first.number(), first.kind(), first.title(), first.unit(), first.description(), first.assignment(),
            first.phases(), first.budgetLinks(), indicators, first.characteristics(), first.narrative(), first.line()));
    Plan p = SeedPlan.PLAN;
    return new Plan(null, p.entityName(), p.province(), p.title(), p.firstYear(), p.lastYear(), p.premise(), p.contents(), objectives);
  }

  @Test
  void spreadsheetHasTypedCellsFrozenFilteredHeadersAndNoFormulas() throws IOException {
    byte[] xlsx = new PlanSpreadsheet(SeedPlan.CATALOG).xlsx(withHostileNames());
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      assertThat(workbook.getNumberOfSheets()).isEqualTo(4);
      assertThat(List.of(0, 1, 2, 3)).extracting(workbook::getSheetName)
          .containsExactly("Obiettivi", "Fasi", "Indicatori", "Collegamenti bilancio");
      for (Sheet sheet : workbook) {
        assertThat(sheet.getPaneInformation().isFreezePane()).as(sheet.getSheetName()).isTrue();
        assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
        assertThat(((XSSFSheet) sheet).getCTWorksheet().isSetAutoFilter()).as(sheet.getSheetName()).isTrue();
        assertThat(sheet.getColumnWidth(0)).isGreaterThan(256 * 4);
        for (Row row : sheet) {
          for (Cell cell : row) {
            assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA);
          }
        }
      }
      Sheet objectives = workbook.getSheet("Obiettivi");
      assertThat(header(objectives)).startsWith("ente", "primo_anno", "ultimo_anno", "numero", "tipo");
      Row first = objectives.getRow(1);
      assertThat(first.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(first.getCell(1).getNumericCellValue()).isEqualTo(2024);
      assertThat(first.getCell(3).getNumericCellValue()).isEqualTo(1);
      assertThat(objectives.getLastRowNum()).isEqualTo(SeedPlan.PLAN.objectives().size());
      Sheet phases = workbook.getSheet("Fasi");
      assertThat(phases.getRow(1).getCell(5).getNumericCellValue()).isEqualTo(2024);
      assertThat(phases.getRow(1).getCell(6).getNumericCellValue()).isEqualTo(2026);

      Sheet indicators = workbook.getSheet("Indicatori");
      assertThat(header(indicators)).containsExactly("obiettivo", "posizione", "fase", "nome", "altre_colonne", "valore_atteso", "raggiunto");
      Cell hyperlink = find(indicators, HYPERLINK);
      assertThat(hyperlink.getCellType()).isEqualTo(CellType.STRING);
      assertThat(hyperlink.getCellStyle().getQuotePrefixed()).isTrue();
      Cell negative = find(indicators, "-5 criticità");
      assertThat(negative.getCellType()).isEqualTo(CellType.STRING);
      assertThat(negative.getCellStyle().getQuotePrefixed()).isTrue();
      Cell at = find(indicators, "@SUM(A1)");
      assertThat(at.getCellStyle().getQuotePrefixed()).isTrue();
      assertThat(find(indicators, "Rispetto delle fasi temporali").getCellStyle().getQuotePrefixed()).isFalse();
    }
  }

  private static List<String> header(Sheet sheet) {
    List<String> names = new ArrayList<>();
    sheet.getRow(0).forEach(c -> names.add(c.getStringCellValue()));
    return names;
  }

  private static Cell find(Sheet sheet, String text) {
    for (Row row : sheet) {
      for (Cell cell : row) {
        if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(text)) {
          return cell;
        }
      }
    }
    throw new AssertionError("cell not found: " + text);
  }

  @Test
  void csvFilesAreRfc4180WithTheDocumentedColumns() throws IOException {
    Map<String, byte[]> files = new OpenData(SeedPlan.CATALOG).csv(SeedPlan.PLAN);
    assertThat(files.keySet()).containsExactly("obiettivi.csv", "fasi.csv", "indicatori.csv", "collegamenti-bilancio.csv");
    files.values().forEach(bytes -> assertThat(bytes[0]).as("no BOM").isNotEqualTo((byte) 0xEF));

    List<CSVRecord> objectives = parse(files.get("obiettivi.csv"));
    assertThat(objectives).hasSize(SeedPlan.PLAN.objectives().size());
    CSVRecord seven = objectives.get(6);
    assertThat(seven.get("numero")).isEqualTo("7");
    assertThat(seven.get("tipo")).isEqualTo("settoriale");
    assertThat(seven.get("servizio")).isEqualTo("Servizio 1 – Finanziario - Amministrativo");
    assertThat(seven.get("descrizione")).contains("\n- verifica della fattura");
    assertThat(seven.get("rischio")).isEqualTo("BASSO");
    assertThat(seven.get("primo_anno")).isEqualTo("2024");

    List<CSVRecord> indicators = parse(files.get("indicatori.csv"));
    assertThat(indicators).hasSize(SeedPlan.PLAN.objectives().stream().mapToInt(o -> o.indicators().size()).sum());
    assertThat(indicators).filteredOn(r -> r.get("obiettivo").equals("18")).first().satisfies(r -> {
      assertThat(r.get("fase")).isEqualTo("1");
      assertThat(r.get("altre_colonne")).isEqualTo("Azione: Realizzazione entro 31.12.2024-2025-2026 / Costo");
      assertThat(r.get("valore_atteso")).isEqualTo("100%");
    });

    List<CSVRecord> phases = parse(files.get("fasi.csv"));
    assertThat(phases.get(0).get("anni")).isEqualTo("2024;2025;2026");

    List<CSVRecord> links = parse(files.get("collegamenti-bilancio.csv"));
    assertThat(links.get(0).toMap())
        .containsEntry("missione", "01")
        .containsEntry("programma", "02")
        .containsEntry("missione_nome", "Servizi istituzionali, generali e di gestione")
        .containsEntry("programma_testo", "Segreteria generale");
  }

  private static List<CSVRecord> parse(byte[] csv) throws IOException {
    CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
    try (CSVParser parser = CSVParser.parse(new InputStreamReader(new ByteArrayInputStream(csv), StandardCharsets.UTF_8), format)) {
      return parser.getRecords();
    }
  }

  @Test
  void planJsonReadsBackIntoTheSamePlan() {
    byte[] json = new OpenData(SeedPlan.CATALOG).json(SeedPlan.PLAN);
    ImportResult result = new PlanJsonReader().read(json);
    assertThat(result.diagnostics()).isEmpty();
    Plan read = result.planOrNull();
    assertThat(PlanListing.of(read)).containsExactlyElementsOf(PlanListing.of(SeedPlan.PLAN));
    assertThat(read.premise()).isEqualTo(SeedPlan.PLAN.premise());
    assertThat(read.contents()).isEqualTo(SeedPlan.PLAN.contents());
  }

  @Test
  void planJsonThatIsNotAPlanNamesWhatIsWrong() {
    PlanJsonReader reader = new PlanJsonReader();
    assertThat(reader.read("[1, 2]".getBytes()).diagnostics().get(0).message()).contains("atteso un oggetto JSON");
    assertThat(reader.read("{\"entity\": {}}".getBytes()).diagnostics().get(0).message()).contains("$.entity.name");
    String wrongKind =
        "{\"entity\": {\"name\": \"Comune di Prova\"}, \"firstYear\": 2024, \"lastYear\": 2026,"
            + " \"objectives\": [{\"number\": \"1\", \"kind\": \"ALTRO\", \"title\": \"Prova\"}]}";
    assertThat(reader.read(wrongKind.getBytes()).diagnostics().get(0).message()).contains("$.objectives[0].kind", "ALTRO");
    assertThat(reader.read("{\"entity\": ".getBytes()).diagnostics().get(0).line()).isEqualTo(1);
  }
}
