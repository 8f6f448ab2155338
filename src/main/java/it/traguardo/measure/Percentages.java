package it.traguardo.measure;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** Percentage arithmetic shared by scoring and roll-ups. */
final class Percentages {

  static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);
  static final BigDecimal HUNDRED = new BigDecimal("100.00");
  static final MathContext PRECISION = MathContext.DECIMAL64;

  private Percentages() {}

  /** Two decimals, half up, as shown everywhere. */
  static BigDecimal rounded(BigDecimal value) {
    return value.setScale(2, RoundingMode.HALF_UP);
  }

  /** {@code fraction} × 100, kept within [0, max] and rounded. */
  static BigDecimal ofFraction(BigDecimal fraction, BigDecimal max) {
    return within(fraction.movePointRight(2), max);
  }

  /** {@code percentage} kept within [0, max] and rounded. */
  static BigDecimal within(BigDecimal percentage, BigDecimal max) {
    if (percentage.signum() <= 0) {
      return ZERO;
    }
    return rounded(percentage.min(max));
  }
}
