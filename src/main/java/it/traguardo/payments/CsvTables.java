package it.traguardo.payments;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Row-by-row reading of the CSV files users export: UTF-8 (BOM allowed), semicolon or comma guessed from the
 * header, Italian column names in any order and case, extra columns ignored, each row with its line number.
 */
final class CsvTables {
  private CsvTables() {}

  interface RowHandler {
    void row(Row row) throws PaymentInputException;
  }

  /** One data row; cells of absent columns or short rows read as empty. */
  static final class Row {
    private final String file;
    private final Map<String, Integer> columns;
    private CSVRecord record;
    private long line;

    Row(String file, Map<String, Integer> columns) {
      this.file = file;
      this.columns = columns;
    }

    String get(String column) {
      Integer index = columns.get(column);
      return index == null || index >= record.size() ? "" : record.get(index);
    }

    long line() {
      return line;
    }

    PaymentInputException error(String message) {
      return new PaymentInputException(file, line, message);
    }
  }

  /**
   * Reads the header, checks that the required columns are there, then hands each row to {@code handler}.
   *
   * @return rows read
   */
  static long read(String file, InputStream input, List<String> required, RowHandler handler)
      throws PaymentInputException {
    BufferedReader reader =
        new BufferedReader(new InputStreamReader(input, StandardCharsets.UTF_8), 1 << 16);
    try {
      reader.mark(1 << 16);
      String firstLine = reader.readLine();
      if (firstLine == null) {
        throw new PaymentInputException(file, 1, "file vuoto: manca la riga di intestazione");
      }
      reader.reset();
      if (firstLine.startsWith("\uFEFF")) {
        reader.skip(1);
      }
      char delimiter = count(firstLine, ';') >= count(firstLine, ',') ? ';' : ',';
      CSVFormat format =
          CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setTrim(true).setIgnoreEmptyLines(true).get();
      CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get();
      Iterator<CSVRecord> records = parser.iterator();
      if (!hasNext(records, file, 1)) {
        throw new PaymentInputException(file, 1, "file vuoto: manca la riga di intestazione");
      }
      Row row = new Row(file, header(file, records.next(), required));
      while (true) {
        row.line = parser.getCurrentLineNumber() + 1;
        if (!hasNext(records, file, row.line)) {
          return parser.getRecordNumber() - 1;
        }
        row.record = records.next();
        handler.row(row);
      }
    } catch (IOException e) {
      throw new PaymentInputException(file, 1, "CSV non leggibile: " + e.getMessage());
    }
  }

  private static boolean hasNext(Iterator<CSVRecord> records, String file, long line)
      throws PaymentInputException {
    try {
      return records.hasNext();
    } catch (UncheckedIOException e) {
      // Commons CSV reports malformed quoting (and read failures) as unchecked
      throw new PaymentInputException(file, line, "CSV non valido: " + e.getCause().getMessage());
    } catch (IllegalStateException e) {
      throw new PaymentInputException(file, line, "CSV non valido: " + e.getMessage());
    }
  }

  private static Map<String, Integer> header(String file, CSVRecord header, List<String> required)
      throws PaymentInputException {
    Map<String, Integer> columns = new HashMap<>();
    for (int i = 0; i < header.size(); i++) {
      String name = header.get(i).replace("\uFEFF", "").trim().toLowerCase(Locale.ROOT);
      if (!name.isEmpty() && columns.putIfAbsent(name, i) != null) {
        throw new PaymentInputException(file, 1, "colonna ripetuta nell'intestazione: " + name);
      }
    }
    for (String column : required) {
      if (!columns.containsKey(column)) {
        throw new PaymentInputException(
            file, 1, "manca la colonna " + column + " (intestazione attesa: " + String.join(";", required) + ")");
      }
    }
    return columns;
  }

  /** First line of a CSV file, without BOM, for telling registers from event files. */
  static String headerLine(byte[] start) {
    String text = new String(start, StandardCharsets.UTF_8).replace("\uFEFF", "");
    int end = text.indexOf('\n');
    return (end < 0 ? text : text.substring(0, end)).trim().toLowerCase(Locale.ROOT);
  }

  private static int count(String text, char c) {
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == c) {
        n++;
      }
    }
    return n;
  }
}
