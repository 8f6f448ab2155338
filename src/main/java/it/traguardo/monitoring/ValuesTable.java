package it.traguardo.monitoring;

import it.traguardo.documents.ValuesTemplate;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A file of achieved values read as rows of text cells, whatever its format: CSV (semicolons, commas or tabs; UTF-8,
 * or Windows-1252 when it is not UTF-8) or XLSX (the first sheet; formulas are never evaluated, their cached results
 * are read). Numbers of a workbook come back in the Italian form ("3,5", "80%"), dates as ISO dates. Plain Java.
 *
 * @param header the cells of the first row
 * @param rows the following rows, each with its number as a spreadsheet shows it (the header is row 1)
 */
public record ValuesTable(List<String> header, List<TableRow> rows) {

  /** Larger files are refused before they are read. */
  public static final int MAX_BYTES = 5 * 1024 * 1024;

  /** More rows than an ente has indicators many times over. */
  public static final int MAX_ROWS = 10_000;

  public ValuesTable {
    header = List.copyOf(header);
    rows = List.copyOf(rows);
  }

  /** One row and its number. */
  public record TableRow(int number, List<String> cells) {
    public TableRow {
      cells = List.copyOf(cells);
    }

    public String cell(int column) {
      return column >= 0 && column < cells.size() ? cells.get(column) : "";
    }

    public boolean isBlank() {
      return cells.stream().allMatch(String::isBlank);
    }
  }

  /** The file could not be read as a table: nothing in it was looked at. */
  public static final class UnreadableException extends Exception {
    public UnreadableException(String message) {
      super(message);
    }
  }

  public static ValuesTable read(String fileName, byte[] content) throws UnreadableException {
    if (content.length == 0) {
      throw new UnreadableException("il file è vuoto.");
    }
    if (content.length > MAX_BYTES) {
      throw new UnreadableException("il file supera i " + MAX_BYTES / (1024 * 1024) + " MB ammessi.");
    }
    boolean zip = content.length > 3 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
    boolean xlsxName = fileName != null && fileName.toLowerCase(Locale.ROOT).endsWith(".xlsx");
    if (zip || xlsxName) {
      return xlsx(content);
    }
    return csv(text(content));
  }

  private static ValuesTable xlsx(byte[] content) throws UnreadableException {
    // POI refuses zip bombs (inflate ratio) and does not resolve external entities in the workbook's XML
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
      if (workbook.getNumberOfSheets() == 0) {
        throw new UnreadableException("la cartella di lavoro non ha fogli.");
      }
      Sheet sheet = workbook.getSheetAt(0);
      if (sheet.getLastRowNum() > MAX_ROWS) {
        throw new UnreadableException("il foglio ha più di " + MAX_ROWS + " righe.");
      }
      List<String> header = null;
      List<TableRow> rows = new ArrayList<>();
      for (int r = 0; r <= sheet.getLastRowNum(); r++) {
        Row row = sheet.getRow(r);
        List<String> cells = new ArrayList<>();
        if (row != null) {
          for (int c = 0; c < Math.max(row.getLastCellNum(), 0); c++) {
            cells.add(text(row.getCell(c)));
          }
        }
        if (r == 0) {
          header = cells;
        } else {
          rows.add(new TableRow(r + 1, cells));
        }
      }
      return new ValuesTable(header == null ? List.of() : header, rows);
    } catch (IOException | RuntimeException e) {
      throw new UnreadableException("non è un file XLSX leggibile (" + e.getClass().getSimpleName() + ").");
    }
  }

  private static String text(Cell cell) {
    if (cell == null) {
      return "";
    }
    if (cell.getCellType() == CellType.FORMULA && cell instanceof XSSFCell formula && !formula.getCTCell().isSetV()) {
      return ""; // a formula never computed has no value to read, and is not computed here
    }
    CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
    return switch (type) {
      case STRING -> unquoted(cell.getStringCellValue().strip());
      case BOOLEAN -> cell.getBooleanCellValue() ? "SI" : "NO";
      case NUMERIC -> number(cell);
      default -> "";
    };
  }

  private static String number(Cell cell) {
    if (DateUtil.isCellDateFormatted(cell)) {
      return cell.getLocalDateTimeCellValue().toLocalDate().toString();
    }
    BigDecimal value = BigDecimal.valueOf(cell.getNumericCellValue());
    boolean percent = cell.getCellStyle() != null && cell.getCellStyle().getDataFormatString().contains("%");
    if (percent) {
      value = value.movePointRight(2);
    }
    String plain = value.stripTrailingZeros().toPlainString().replace('.', ',');
    return percent ? plain + "%" : plain;
  }

  /** The template writes formula-like text with a leading apostrophe: it is not part of the value. */
  private static String unquoted(String text) {
    return text.length() > 1 && text.charAt(0) == '\'' && "=+-@".indexOf(text.charAt(1)) >= 0 ? text.substring(1) : text;
  }

  private static String text(byte[] content) {
    int start = content.length >= 3 && (content[0] & 0xff) == 0xef && (content[1] & 0xff) == 0xbb && (content[2] & 0xff) == 0xbf ? 3 : 0;
    ByteBuffer bytes = ByteBuffer.wrap(content, start, content.length - start);
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(bytes)
          .toString();
    } catch (CharacterCodingException notUtf8) {
      return new String(content, start, content.length - start, Charset.forName("windows-1252"));
    }
  }

  private static ValuesTable csv(String text) throws UnreadableException {
    String firstLine = text.lines().findFirst().orElse("");
    char delimiter = delimiter(firstLine);
    CSVFormat format = ValuesTemplate.CSV.builder().setDelimiter(delimiter).setIgnoreSurroundingSpaces(true).get();
    try (Reader reader = new StringReader(text); CSVParser parser = CSVParser.parse(reader, format)) {
      List<String> header = null;
      List<TableRow> rows = new ArrayList<>();
      int number = 0;
      for (CSVRecord record : parser) {
        number++;
        if (number > MAX_ROWS + 1) {
          throw new UnreadableException("il file ha più di " + MAX_ROWS + " righe.");
        }
        List<String> cells = new ArrayList<>();
        record.forEach(cell -> cells.add(unquoted(cell.strip())));
        if (header == null) {
          header = cells;
        } else {
          rows.add(new TableRow(number, cells));
        }
      }
      if (header == null) {
        throw new UnreadableException("il file è vuoto.");
      }
      return new ValuesTable(header, rows);
    } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
      throw new UnreadableException("non è un file CSV leggibile: " + e.getMessage());
    }
  }

  /** The separator used most in the header line: semicolon, comma or tab. */
  private static char delimiter(String header) {
    char best = ';';
    long most = -1;
    for (char candidate : new char[] {';', ',', '\t'}) {
      long count = header.chars().filter(c -> c == candidate).count();
      if (count > most) {
        best = candidate;
        most = count;
      }
    }
    return best;
  }
}
