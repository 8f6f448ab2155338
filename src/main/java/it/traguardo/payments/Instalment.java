package it.traguardo.payments;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * One amount the comune owes by a due date: an invoice instalment, or the paid or unpaid part of one when it was
 * paid in several goes. This is the unit every indicator weighs.
 *
 * @param invoice which invoice instalment
 * @param receiptDate date the invoice was received
 * @param dueDate due date (d.lgs. 231/2002: receipt + 30 days when the invoice states none, flagged)
 * @param amount amount owed to the supplier, net of split-payment VAT
 * @param paidDate date the payment order was sent to the treasurer; {@code null} while unpaid
 * @param suspendedDays days the debt was not payable (contested or in litigation)
 * @param exclusionReason why this instalment is left out of the indicators; {@code null} when it counts
 * @param flags assumptions made while reading it
 * @param source where it was read, as {@code file:line}
 */
public record Instalment(
    InvoiceRef invoice,
    LocalDate receiptDate,
    LocalDate dueDate,
    BigDecimal amount,
    LocalDate paidDate,
    int suspendedDays,
    String exclusionReason,
    Set<InstalmentFlag> flags,
    String source) {

  public Instalment {
    Objects.requireNonNull(invoice, "invoice");
    Objects.requireNonNull(receiptDate, "receiptDate");
    Objects.requireNonNull(dueDate, "dueDate");
    Objects.requireNonNull(amount, "amount");
    flags = Set.copyOf(flags);
  }

  public boolean isPaid() {
    return paidDate != null;
  }

  public boolean isExcluded() {
    return exclusionReason != null;
  }

  public Instalment withPayment(LocalDate paid, BigDecimal paidAmount) {
    return new Instalment(
        invoice, receiptDate, dueDate, paidAmount, paid, suspendedDays, exclusionReason, flags, source);
  }
}
