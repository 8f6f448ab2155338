package it.traguardo.payments;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Something that happened to an invoice read from FatturaPA files, from the events CSV.
 *
 * @param kind what happened
 * @param supplierVat supplier VAT number, normalised with {@link InvoiceRef#normaliseVat}
 * @param number invoice number
 * @param invoiceDate invoice date, needed only when the supplier reused the number in another year; may be
 *     {@code null}
 * @param instalment 1-based instalment, or {@code null} for the whole invoice
 * @param date payment order date, suspension start or receipt date; {@code null} for exclusions
 * @param endDate last suspended day (inclusive); only for suspensions
 * @param amount amount paid, net of split-payment VAT; only for payments
 * @param reason why the invoice is excluded; only for exclusions
 * @param file file it was read from
 * @param line its line
 */
public record PaymentEvent(
    Kind kind,
    String supplierVat,
    String number,
    LocalDate invoiceDate,
    Integer instalment,
    LocalDate date,
    LocalDate endDate,
    BigDecimal amount,
    String reason,
    String file,
    long line) {

  public enum Kind {
    /** Payment order sent to the treasurer. */
    PAYMENT("pagamento"),
    /** Debt not payable because contested or in litigation, from {@code date} to {@code endDate}. */
    SUSPENSION("sospensione"),
    /** Left out of the indicators, with a reason. */
    EXCLUSION("esclusione"),
    /** Date the invoice was received (SdI delivery), which FatturaPA files do not carry. */
    RECEIPT("ricezione");

    private final String csvName;

    Kind(String csvName) {
      this.csvName = csvName;
    }

    /** The value of the {@code tipo} column. */
    public String csvName() {
      return csvName;
    }
  }

  PaymentInputException error(String message) {
    return new PaymentInputException(file, line, message);
  }
}
