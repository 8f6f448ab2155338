package it.traguardo.payments;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Reads payments, suspensions, exclusions and receipt dates of FatturaPA invoices, one per row:
 * {@code tipo;partita_iva;numero;rata;data;data_fine;importo;motivo}, plus an optional {@code data_fattura} for
 * numbers a supplier reused in different years.
 */
public final class PaymentEventsCsvReader {
  public static final List<String> REQUIRED_COLUMNS = List.of("tipo", "partita_iva", "numero");
  public static final List<String> COLUMNS =
      List.of("tipo", "partita_iva", "numero", "rata", "data", "data_fine", "importo", "motivo", "data_fattura");

  private static final String KIND_NAMES =
      Arrays.stream(PaymentEvent.Kind.values()).map(PaymentEvent.Kind::csvName).collect(Collectors.joining(", "));

  /** True when a CSV header line names the events file's required columns. */
  public static boolean isEventsHeader(String headerLine) {
    return REQUIRED_COLUMNS.stream().allMatch(headerLine::contains);
  }

  public List<PaymentEvent> read(Path file) throws PaymentInputException {
    try (InputStream input = Files.newInputStream(file)) {
      return read(file.toString(), input);
    } catch (IOException e) {
      throw new PaymentInputException(file.toString(), 1, "file non leggibile: " + e.getMessage());
    }
  }

  public List<PaymentEvent> read(String file, InputStream input) throws PaymentInputException {
    List<PaymentEvent> events = new ArrayList<>();
    CsvTables.read(file, input, REQUIRED_COLUMNS, row -> events.add(event(file, row)));
    return events;
  }

  private static PaymentEvent event(String file, CsvTables.Row row) throws PaymentInputException {
    PaymentEvent.Kind kind = kind(row);
    String vat = row.get("partita_iva");
    String number = row.get("numero");
    if (vat.isEmpty() || number.isEmpty()) {
      throw row.error("partita_iva e numero sono obbligatori");
    }
    Integer instalment = instalment(row);
    LocalDate invoiceDate = row.get("data_fattura").isEmpty() ? null : date(row, "data_fattura");
    LocalDate date = null;
    LocalDate endDate = null;
    BigDecimal amount = null;
    String reason = null;
    switch (kind) {
      case PAYMENT -> {
        date = date(row, "data");
        amount = Values.amount(row.get("importo"));
        if (amount == null || amount.signum() <= 0) {
          throw row.error("importo del pagamento mancante o non valido: '" + row.get("importo") + "'");
        }
      }
      case SUSPENSION -> {
        date = date(row, "data");
        endDate = date(row, "data_fine");
        if (endDate.isBefore(date)) {
          throw row.error("data_fine anteriore a data");
        }
      }
      case RECEIPT -> date = date(row, "data");
      case EXCLUSION -> {
        reason = row.get("motivo");
        if (reason.isEmpty()) {
          throw row.error("un'esclusione richiede il motivo");
        }
      }
    }
    return new PaymentEvent(
        kind, InvoiceRef.normaliseVat(vat), number, invoiceDate, instalment, date, endDate, amount, reason, file, row.line());
  }

  private static PaymentEvent.Kind kind(CsvTables.Row row) throws PaymentInputException {
    String name = row.get("tipo").toLowerCase(Locale.ROOT);
    for (PaymentEvent.Kind kind : PaymentEvent.Kind.values()) {
      if (kind.csvName().equals(name)) {
        return kind;
      }
    }
    throw row.error("tipo sconosciuto: '" + row.get("tipo") + "' (ammessi: " + KIND_NAMES + ")");
  }

  private static Integer instalment(CsvTables.Row row) throws PaymentInputException {
    String text = row.get("rata");
    if (text.isEmpty()) {
      return null;
    }
    try {
      int value = Integer.parseInt(text);
      if (value >= 1) {
        return value;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw row.error("rata non valida: '" + text + "' (atteso un numero da 1 in su, o vuoto per tutta la fattura)");
  }

  private static LocalDate date(CsvTables.Row row, String column) throws PaymentInputException {
    String text = row.get(column);
    LocalDate date = Values.date(text);
    if (date == null) {
      throw row.error(
          column + " mancante o non valida: '" + text + "' (formati ammessi: gg/mm/aaaa, aaaa-mm-gg)");
    }
    return date;
  }
}
