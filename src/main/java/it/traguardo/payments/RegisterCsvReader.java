package it.traguardo.payments;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Reads the invoice register that accounting software exports, one row per invoice or instalment:
 * {@code numero;fornitore;data_ricezione;data_scadenza;importo;iva_split_payment;data_pagamento;giorni_sospensione}.
 * Rows stream to the consumer one at a time, so a register of any size reads in constant memory.
 *
 * <p>Rows whose net amount is negative are credit notes: counted, but not passed on as instalments.
 */
public final class RegisterCsvReader {
  public static final List<String> REQUIRED_COLUMNS =
      List.of("numero", "fornitore", "data_ricezione", "importo");
  public static final List<String> COLUMNS =
      List.of(
          "numero",
          "fornitore",
          "data_ricezione",
          "data_scadenza",
          "importo",
          "iva_split_payment",
          "data_pagamento",
          "giorni_sospensione");

  /** Days from receipt to due date when the invoice states none (d.lgs. 9 ottobre 2002 n. 231 art. 4). */
  static final int DEFAULT_PAYMENT_TERM_DAYS = 30;

  private static final Set<InstalmentFlag> DUE_DATE_ASSUMED = Set.of(InstalmentFlag.DUE_DATE_ASSUMED);
  private static final int MAX_SUSPENDED_DAYS = 36_600;

  /** Rows read, and how many of them were credit notes. */
  public record Summary(long rows, long creditNotes) {}

  /**
   * True when a CSV header line names the register's required columns, each as a whole column name; extra columns
   * are allowed ("tipo_documento" too), but not a column "tipo", which marks the events file.
   */
  public static boolean isRegisterHeader(String headerLine) {
    Set<String> columns =
        Arrays.stream(headerLine.split("[;,]"))
            .map(column -> column.strip().replace("\"", "").toLowerCase(Locale.ROOT))
            .collect(Collectors.toSet());
    return columns.containsAll(REQUIRED_COLUMNS) && !columns.contains("tipo");
  }

  public Summary read(Path file, Consumer<Instalment> sink) throws PaymentInputException {
    try (InputStream input = Files.newInputStream(file)) {
      return read(file.toString(), input, sink);
    } catch (IOException e) {
      throw new PaymentInputException(file.toString(), 1, "file non leggibile: " + e.getMessage());
    }
  }

  /**
   * @param file name used in messages
   * @param sink receives each instalment as soon as its row is read; on an exception, discard what it received
   */
  public Summary read(String file, InputStream input, Consumer<Instalment> sink) throws PaymentInputException {
    long[] creditNotes = {0};
    long rows =
        CsvTables.read(
            file,
            input,
            REQUIRED_COLUMNS,
            row -> {
              Instalment instalment = instalment(file, row);
              if (instalment == null) {
                creditNotes[0]++;
              } else {
                sink.accept(instalment);
              }
            });
    return new Summary(rows, creditNotes[0]);
  }

  private static Instalment instalment(String file, CsvTables.Row row) throws PaymentInputException {
    String number = required(row, "numero");
    String supplier = required(row, "fornitore");
    LocalDate received = date(row, "data_ricezione", true);
    LocalDate due = date(row, "data_scadenza", false);
    BigDecimal amount = amount(row, "importo", true);
    BigDecimal splitVat = amount(row, "iva_split_payment", false);
    if (splitVat != null && amount.signum() > 0 && splitVat.compareTo(amount) > 0) {
      throw row.error("iva_split_payment (" + splitVat + ") superiore all'importo (" + amount + ")");
    }
    BigDecimal net = splitVat == null ? amount : amount.subtract(splitVat);
    if (net.signum() < 0) {
      return null;
    }
    LocalDate paid = date(row, "data_pagamento", false);
    int suspended = suspendedDays(row);
    Set<InstalmentFlag> flags = Set.of();
    if (due == null) {
      due = received.plusDays(DEFAULT_PAYMENT_TERM_DAYS);
      flags = DUE_DATE_ASSUMED;
    }
    return new Instalment(
        new InvoiceRef(supplier, number, 1),
        received,
        due,
        net,
        paid,
        suspended,
        null,
        flags,
        file + ":" + row.line());
  }

  private static String required(CsvTables.Row row, String column) throws PaymentInputException {
    String value = row.get(column);
    if (value.isEmpty()) {
      throw row.error("manca il valore di " + column);
    }
    return value;
  }

  private static LocalDate date(CsvTables.Row row, String column, boolean required)
      throws PaymentInputException {
    String text = required ? required(row, column) : row.get(column);
    if (text.isEmpty()) {
      return null;
    }
    LocalDate date = Values.date(text);
    if (date == null) {
      throw row.error(column + " non valida: '" + text + "' (formati ammessi: gg/mm/aaaa, aaaa-mm-gg)");
    }
    return date;
  }

  private static BigDecimal amount(CsvTables.Row row, String column, boolean required)
      throws PaymentInputException {
    String text = required ? required(row, column) : row.get(column);
    if (text.isEmpty()) {
      return null;
    }
    BigDecimal amount = Values.amount(text);
    if (amount == null) {
      throw row.error(column + " non valido: '" + text + "' (esempi ammessi: 1234,56 oppure 1234.56)");
    }
    return amount;
  }

  private static int suspendedDays(CsvTables.Row row) throws PaymentInputException {
    String text = row.get("giorni_sospensione");
    if (text.isEmpty()) {
      return 0;
    }
    try {
      int days = Integer.parseInt(text);
      if (days >= 0 && days <= MAX_SUSPENDED_DAYS) {
        return days;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw row.error("giorni_sospensione non valido: '" + text + "' (atteso un numero intero di giorni, 0 o più)");
  }
}
