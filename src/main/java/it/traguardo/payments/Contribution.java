package it.traguardo.payments;

import java.math.BigDecimal;

/**
 * What one instalment adds to an amount-weighted delay indicator: the drill-down row behind a figure.
 *
 * @param instalment the instalment
 * @param days delay in calendar days (negative when early), suspended days already taken off where they apply
 * @param amount weight, net of split-payment VAT
 * @param weighted {@code days × amount}
 */
public record Contribution(Instalment instalment, long days, BigDecimal amount, BigDecimal weighted) {

  static Contribution of(Instalment instalment, long days) {
    BigDecimal amount = instalment.amount();
    return new Contribution(instalment, days, amount, amount.multiply(BigDecimal.valueOf(days)));
  }
}
