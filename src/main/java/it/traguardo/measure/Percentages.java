package it.traguardo.measure;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Percentage arithmetic shared by scoring and roll-ups. */
final class Percentages {

  static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);
  static final BigDecimal HUNDRED = new BigDecimal("100.00");

  private Percentages() {}

  /** Two decimals, half up, as shown everywhere. */
  static BigDecimal rounded(BigDecimal value) {
    return value.setScale(2, RoundingMode.HALF_UP);
  }

  /**
   * {@code numerator} / {@code denominator} × 100, kept within [0, max], rounded once: dividing straight to
   * two decimals is both exact and cheaper than dividing first and rounding after.
   */
  static BigDecimal ofRatio(BigDecimal numerator, BigDecimal denominator, BigDecimal max) {
    return within(numerator.movePointRight(2).divide(denominator, 2, RoundingMode.HALF_UP), max);
  }

  /** {@code percentage} kept within [0, max] and rounded. */
  static BigDecimal within(BigDecimal percentage, BigDecimal max) {
    if (percentage.signum() <= 0) {
      return ZERO;
    }
    return rounded(percentage.min(max));
  }
}
