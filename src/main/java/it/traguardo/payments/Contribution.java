package it.traguardo.payments;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What one instalment adds to an amount-weighted delay indicator: the drill-down row behind a figure.
 *
 * @param instalment the instalment
 * @param days delay in calendar days (negative when early), suspended days already taken off where they apply
 * @param suspendedDays the suspended days taken off: the instalment's own for a payment, none for a debt still open
 * @param amount weight, net of split-payment VAT
 * @param weighted {@code days × amount}
 */
public record Contribution(Instalment instalment, long days, long suspendedDays, BigDecimal amount, BigDecimal weighted) {

  /** A payment: payment date − due date − suspended days. */
  static Contribution paid(Instalment instalment) {
    long days = instalment.paidDate().toEpochDay() - instalment.dueDate().toEpochDay() - instalment.suspendedDays();
    return of(instalment, days, instalment.suspendedDays());
  }

  /** A debt still open at {@code asOf}: late since its due date, without suspension. */
  static Contribution open(Instalment instalment, LocalDate asOf) {
    return of(instalment, asOf.toEpochDay() - instalment.dueDate().toEpochDay(), 0);
  }

  private static Contribution of(Instalment instalment, long days, long suspendedDays) {
    BigDecimal amount = instalment.amount();
    return new Contribution(instalment, days, suspendedDays, amount, amount.multiply(BigDecimal.valueOf(days)));
  }
}
