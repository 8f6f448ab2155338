package it.traguardo.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The template for importing achieved values: one row per indicator, pre-filled with what identifies it and its
 * current value, and the columns to fill (year, checkpoint, value, note). The format is described in
 * docs/formats/valori-raggiunti.md. Text that a spreadsheet would take for a formula is written as text: a quote
 * prefix in the workbook, a leading apostrophe in the CSV.
 */
public final class ValuesTemplate {

  public static final String ID = "ID indicatore";
  public static final String OBJECTIVE = "Obiettivo";
  public static final String INDICATOR = "Indicatore";
  public static final String TARGET = "Valore atteso";
  public static final String CURRENT = "Valore attuale";
  public static final String YEAR = "Anno";
  public static final String CHECKPOINT = "Rilevazione";
  public static final String VALUE = "Valore";
  public static final String NOTE = "Nota";
  public static final List<String> COLUMNS = List.of(ID, OBJECTIVE, INDICATOR, TARGET, CURRENT, YEAR, CHECKPOINT, VALUE, NOTE);

  /** The CSV dialect of the template: semicolons, as spreadsheets set to Italian write and read them. */
  public static final CSVFormat CSV = CSVFormat.DEFAULT.builder().setDelimiter(';').setRecordSeparator("\r\n").get();

  private ValuesTemplate() {}

  /**
   * One indicator of the template.
   *
   * @param current the value recorded for the year and checkpoint, or null
   * @param checkpoint the checkpoint as the template writes it ("intermedia", "finale")
   */
  public record Line(
      long indicatorId, String objective, String indicator, String target, String current, int year, String checkpoint) {}

  /** UTF-8 with a byte-order mark, so that spreadsheets read the accents right. */
  public static byte[] csv(List<Line> lines) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CSVPrinter printer = new CSVPrinter(writer, CSV)) {
      writer.write('\uFEFF');
      printer.printRecord(COLUMNS);
      for (Line line : lines) {
        List<Object> values = new ArrayList<>();
        for (Object value : cells(line)) {
          values.add(value instanceof String text && PlanSpreadsheet.readsAsFormula(text) ? "'" + text : value);
        }
        printer.printRecord(values);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  public static byte[] xlsx(List<Line> lines, String title) {
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      Font bold = workbook.createFont();
      bold.setBold(true);
      CellStyle header = workbook.createCellStyle();
      header.setFont(bold);
      CellStyle quoted = workbook.createCellStyle();
      quoted.setQuotePrefixed(true);
      Sheet sheet = workbook.createSheet("Valori raggiunti");
      Row headerRow = sheet.createRow(0);
      for (int c = 0; c < COLUMNS.size(); c++) {
        headerRow.createCell(c).setCellValue(COLUMNS.get(c));
        headerRow.getCell(c).setCellStyle(header);
      }
      int r = 0;
      for (Line line : lines) {
        Row row = sheet.createRow(++r);
        List<Object> values = cells(line);
        for (int c = 0; c < values.size(); c++) {
          Object value = values.get(c);
          XSSFCell cell = (XSSFCell) row.createCell(c);
          if (value instanceof Number number) {
            cell.setCellValue(number.doubleValue());
          } else if (value != null) {
            String text = value.toString();
            cell.setCellValue(text);
            if (PlanSpreadsheet.readsAsFormula(text)) {
              cell.setCellStyle(quoted);
            }
          }
        }
      }
      sheet.createFreezePane(0, 1);
      sheet.setAutoFilter(new CellRangeAddress(0, Math.max(r, 1), 0, COLUMNS.size() - 1));
      int[] widths = {14, 10, 60, 30, 16, 8, 14, 16, 40};
      for (int c = 0; c < widths.length; c++) {
        sheet.setColumnWidth(c, widths[c] * 256);
      }
      workbook.getProperties().getCoreProperties().setTitle(title);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The cells of a line in column order; the value and the note are left to fill. */
  private static List<Object> cells(Line line) {
    List<Object> cells = new ArrayList<>();
    cells.add(line.indicatorId());
    cells.add(line.objective());
    cells.add(line.indicator());
    cells.add(line.target());
    cells.add(line.current());
    cells.add(line.year());
    cells.add(line.checkpoint());
    cells.add(null);
    cells.add(null);
    return cells;
  }
}
