package it.traguardo.documents;

import it.traguardo.catalog.BudgetCatalog;
import it.traguardo.plan.Plan;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The plan as an Excel workbook, one sheet per table of {@link PlanTables}: numbers and years are numeric cells, the
 * header row is frozen and filtered. Text that a spreadsheet would take for a formula (starting with = + - @, a tab
 * or a carriage return) is stored as quoted text, so opening the file never runs anything.
 */
public final class PlanSpreadsheet {

  private static final int MAX_WIDTH_CHARS = 60;

  private final BudgetCatalog catalog;

  public PlanSpreadsheet(BudgetCatalog catalog) {
    this.catalog = catalog;
  }

  public byte[] xlsx(Plan plan) {
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      Font bold = workbook.createFont();
      bold.setBold(true);
      CellStyle header = workbook.createCellStyle();
      header.setFont(bold);
      CellStyle quoted = workbook.createCellStyle();
      quoted.setQuotePrefixed(true);
      for (PlanTables.DataTable table : PlanTables.of(plan, catalog)) {
        sheet(workbook, table, header, quoted);
      }
      workbook.getProperties().getCoreProperties().setTitle(PiaoLayout.title(plan) + " – " + plan.entityName());
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void sheet(XSSFWorkbook workbook, PlanTables.DataTable table, CellStyle header, CellStyle quoted) {
    Sheet sheet = workbook.createSheet(table.title());
    List<String> columns = table.columns();
    int[] widths = new int[columns.size()];
    Row headerRow = sheet.createRow(0);
    for (int c = 0; c < columns.size(); c++) {
      headerRow.createCell(c).setCellValue(columns.get(c));
      headerRow.getCell(c).setCellStyle(header);
      widths[c] = columns.get(c).length();
    }
    int r = 0;
    for (List<Object> values : table.rows()) {
      Row row = sheet.createRow(++r);
      for (int c = 0; c < values.size(); c++) {
        Object value = values.get(c);
        if (value == null) {
          continue;
        }
        XSSFCell cell = (XSSFCell) row.createCell(c);
        if (value instanceof Number number) {
          cell.setCellValue(number.doubleValue());
        } else {
          String text = value.toString();
          cell.setCellValue(text);
          if (readsAsFormula(text)) {
            cell.setCellStyle(quoted);
          }
        }
        widths[c] = Math.max(widths[c], value.toString().length());
      }
    }
    sheet.createFreezePane(0, 1);
    sheet.setAutoFilter(new CellRangeAddress(0, Math.max(r, 1), 0, columns.size() - 1));
    for (int c = 0; c < widths.length; c++) {
      sheet.setColumnWidth(c, (Math.min(widths[c], MAX_WIDTH_CHARS) + 2) * 256);
    }
  }

  /** What Excel and LibreOffice would start evaluating (OWASP's list for CSV injection). */
  static boolean readsAsFormula(String text) {
    return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0;
  }
}
