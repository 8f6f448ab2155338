package it.traguardo.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.traguardo.documents.ValuesTemplate;
import it.traguardo.measure.Actual;
import it.traguardo.measure.InvalidActualException;
import it.traguardo.measure.Target;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Reading and validating a values file row by row, by value: every problem located, nothing guessed. */
class ValueRowsTest {

  private static final Map<Long, String> TARGETS = Map.of(11L, "Almeno 80%", 12L, "SI", 13L, "Entro 31.10", 14L, "< 5");
  private static final Map<Long, ValueRows.Known> KNOWN = Map.of(
      11L, new ValueRows.Known(11, "9", "N. posizioni IMU bonificate", true),
      12L, new ValueRows.Known(12, "6", "Pareggio di Bilancio", true),
      13L, new ValueRows.Known(13, "8", "Nuovo CCDI", true),
      14L, new ValueRows.Known(14, "16", "Criticità segnalate nel verde", false));

  /** The target's kind decides, as when a value is entered by hand. */
  private static final ValueRows.ValueCheck CHECK = (indicator, year, value, note) -> {
    try {
      Actual.parse(value, Target.parse(TARGETS.get(indicator.indicatorId())));
      return Optional.empty();
    } catch (InvalidActualException e) {
      return Optional.of(e.getMessage());
    }
  };

  private static final String HEADER = "ID indicatore;Obiettivo;Indicatore;Valore atteso;Valore attuale;Anno;Rilevazione;Valore;Nota\r\n";

  private static ValueRows.Outcome validate(String csv) throws Exception {
    ValuesTable table = ValuesTable.read("valori.csv", csv.getBytes(StandardCharsets.UTF_8));
    return ValueRows.validate("valori.csv", table, KNOWN, 2024, 2026, CHECK);
  }

  @Test
  void goodRowsBecomeValuesAndRowsWithoutAValueAreLeftOut() throws Exception {
    ValueRows.Outcome outcome = validate(HEADER
        + "11;9;N. posizioni IMU;Almeno 80%;;2024;finale;85,5%;da banca dati\r\n"
        + "12;6;Pareggio;SI;;2025;intermedio (30 giugno);SI;\r\n"
        + "13;8;CCDI;Entro 31.10;;2024;Finale;15/10/2024;\r\n"
        + "11;9;N. posizioni IMU;Almeno 80%;;2024;intermedia;;\r\n"
        + ";;;;;;;;\r\n"
        + "11;9;N. posizioni IMU;Almeno 80%;;2026;mid;95.5;\r\n");
    assertThat(outcome.problems()).isEmpty();
    assertThat(outcome.skipped()).isEqualTo(1);
    assertThat(outcome.values()).containsExactly(
        new ValueRows.Value(2, 11, 2024, Checkpoint.FINAL, "85,5%", "da banca dati"),
        new ValueRows.Value(3, 12, 2025, Checkpoint.MID, "SI", null),
        new ValueRows.Value(4, 13, 2024, Checkpoint.FINAL, "15/10/2024", null),
        new ValueRows.Value(7, 11, 2026, Checkpoint.MID, "95.5", null));
  }

  @Test
  void everyProblemIsLocatedAndSaysWhatWasExpected() throws Exception {
    ValueRows.Outcome outcome = validate(HEADER
        + "abc;9;x;x;;2024;finale;85%;\r\n"
        + "99;9;x;x;;2024;finale;85%;\r\n"
        + "14;16;x;x;;2024;finale;3;\r\n"
        + "12;6;x;x;;2023;finale;SI;\r\n"
        + "12;6;x;x;;2024;annuale;SI;\r\n"
        + "12;6;x;x;;2024;finale;forse;\r\n"
        + "11;9;x;x;;2024;finale;80%;\r\n"
        + "11;9;x;x;;2024;finale;81%;\r\n"
        + ";9;x;x;;2024;finale;81%;\r\n");
    assertThat(outcome.values()).extracting(ValueRows.Value::row).containsExactly(8);
    assertThat(outcome.problems()).extracting(p -> p.row() + " | " + p.column() + " | " + p.message()).containsExactly(
        "2 | A «ID indicatore» | atteso il numero che identifica l'indicatore, come nel modello; trovato «abc».",
        "3 | A «ID indicatore» | l'indicatore 99 non è di questo piano.",
        "4 | A «ID indicatore» | l'indicatore «Criticità segnalate nel verde» (obiettivo 16) non è tra quelli di cui lei può"
            + " inserire i valori: è di un altro servizio.",
        "5 | F «Anno» | atteso un anno del piano, dal 2024 al 2026; trovato «2023».",
        "6 | G «Rilevazione» | atteso «intermedia» (30 giugno) o «finale» (31 dicembre); trovato «annuale».",
        "7 | H «Valore» | " + CHECK.problem(KNOWN.get(12L), 2024, "forse", null).orElseThrow(),
        "9 | A «ID indicatore» | l'indicatore «N. posizioni IMU bonificate» ha già un valore per il 2024, rilevazione finale"
            + " (31 dicembre), alla riga 8: lasciarne uno solo.",
        "10 | A «ID indicatore» | manca il numero che identifica l'indicatore (colonna «ID indicatore» del modello).");
    assertThat(outcome.problems()).allSatisfy(p -> assertThat(p.file()).isEqualTo("valori.csv"));
  }

  @Test
  void aFileWithoutTheTemplatesColumnsIsRefusedAtItsFirstRow() throws Exception {
    ValueRows.Outcome outcome = validate("Indicatore,Valore\r\n11,85%\r\n");
    assertThat(outcome.values()).isEmpty();
    assertThat(outcome.problems()).extracting(ValueRows.Problem::row).containsOnly(1);
    assertThat(outcome.problems()).extracting(ValueRows.Problem::column)
        .containsExactly("«ID indicatore»", "«Anno»", "«Rilevazione»");
  }

  @Test
  void commasTabsAndWindowsEncodingAreRead() throws Exception {
    String csv = "ID indicatore,Anno,Rilevazione,Valore,Nota\r\n12,2024,finale,SI,\"verificato, con nota\"\r\n";
    assertThat(ValueRows.validate("v.csv", ValuesTable.read("v.csv", csv.getBytes(StandardCharsets.UTF_8)), KNOWN, 2024, 2026, CHECK).values())
        .containsExactly(new ValueRows.Value(2, 12, 2024, Checkpoint.FINAL, "SI", "verificato, con nota"));
    String tabs = "ID indicatore\tAnno\tRilevazione\tValore\tNota\n12\t2024\tfinale\tSI\tpiù che verificato\n";
    ValuesTable latin = ValuesTable.read("v.csv", tabs.getBytes(Charset.forName("windows-1252")));
    assertThat(latin.rows().get(0).cells()).containsExactly("12", "2024", "finale", "SI", "più che verificato");
    assertThatThrownBy(() -> ValuesTable.read("v.csv", new byte[0])).hasMessage("il file è vuoto.");
    assertThatThrownBy(() -> ValuesTable.read("v.xlsx", "non un foglio".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(ValuesTable.UnreadableException.class).hasMessageStartingWith("non è un file XLSX leggibile");
  }

  @Test
  void theTemplateReadsBackAndKeepsFormulasAsText() throws Exception {
    List<ValuesTemplate.Line> lines = List.of(
        new ValuesTemplate.Line(11, "9", "=HYPERLINK(\"http://x\")", "Almeno 80%", "70%", 2024, "finale"),
        new ValuesTemplate.Line(14, "16", "Criticità segnalate", "< 5", null, 2024, "finale"));
    String csv = new String(ValuesTemplate.csv(lines), StandardCharsets.UTF_8);
    assertThat(csv).startsWith("\uFEFF" + HEADER).contains("11;9;\"'=HYPERLINK(\"\"http://x\"\")\";Almeno 80%;70%;2024;finale;;\r\n");
    ValuesTable fromCsv = ValuesTable.read("m.csv", ValuesTemplate.csv(lines));
    assertThat(fromCsv.header()).containsExactlyElementsOf(ValuesTemplate.COLUMNS);
    assertThat(fromCsv.rows().get(0).cells()).containsExactly("11", "9", "=HYPERLINK(\"http://x\")", "Almeno 80%", "70%", "2024", "finale", "", "");

    byte[] xlsx = ValuesTemplate.xlsx(lines, "Valori");
    try (XSSFWorkbook workbook = new XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
      var cell = workbook.getSheetAt(0).getRow(1).getCell(2);
      assertThat(cell.getCellStyle().getQuotePrefixed()).isTrue();
      assertThat(workbook.getSheetAt(0).getRow(1).getCell(0).getNumericCellValue()).isEqualTo(11.0);
    }
    ValuesTable fromXlsx = ValuesTable.read("m.xlsx", xlsx);
    assertThat(fromXlsx.rows()).extracting(ValuesTable.TableRow::number).containsExactly(2, 3);
    assertThat(fromXlsx.rows().get(1).cells()).startsWith("14", "16", "Criticità segnalate", "< 5", "", "2024", "finale");
  }

  @Test
  void workbookNumbersComeBackInTheItalianForm() throws Exception {
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      Row header = workbook.createSheet("Valori").createRow(0);
      List<String> names = List.of("ID indicatore", "Anno", "Rilevazione", "Valore");
      for (int c = 0; c < names.size(); c++) {
        header.createCell(c).setCellValue(names.get(c));
      }
      CellStyle percent = workbook.createCellStyle();
      percent.setDataFormat(workbook.createDataFormat().getFormat("0.0%"));
      CellStyle date = workbook.createCellStyle();
      date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
      Row one = workbook.getSheetAt(0).createRow(1);
      one.createCell(0).setCellValue(11);
      one.createCell(1).setCellValue(2024);
      one.createCell(2).setCellValue("finale");
      one.createCell(3).setCellValue(0.855);
      one.getCell(3).setCellStyle(percent);
      Row two = workbook.getSheetAt(0).createRow(2);
      two.createCell(0).setCellValue(13);
      two.createCell(1).setCellValue(2024);
      two.createCell(2).setCellValue("finale");
      two.createCell(3).setCellValue(java.time.LocalDate.of(2024, 10, 15));
      two.getCell(3).setCellStyle(date);
      Row three = workbook.getSheetAt(0).createRow(3);
      three.createCell(0).setCellValue(11);
      three.createCell(1).setCellValue(2025);
      three.createCell(2).setCellValue("finale");
      three.createCell(3).setCellFormula("80+1.5");
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      workbook.write(out);
      ValuesTable table = ValuesTable.read("valori.xlsx", out.toByteArray());
      assertThat(table.rows()).extracting(r -> r.cell(3)).containsExactly("85,5%", "2024-10-15", "");
      ValueRows.Outcome outcome = ValueRows.validate("valori.xlsx", table, KNOWN, 2024, 2026, CHECK);
      assertThat(outcome.values()).extracting(ValueRows.Value::value).containsExactly("85,5%", "2024-10-15");
      assertThat(outcome.problems()).isEmpty();
      assertThat(outcome.skipped()).isEqualTo(1);
    }
  }
}
