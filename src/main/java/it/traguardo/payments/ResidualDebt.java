package it.traguardo.payments;

import java.math.BigDecimal;

/**
 * Residual commercial debt at 31 December and the test of L. 30 dicembre 2018 n. 145 art. 1 c. 859 lett. a: the
 * debt must fall by at least 10 % from the previous year's, unless its overdue part is at most 5 % of the invoices
 * received in the year.
 *
 * @param outstanding everything received by 31 December and not paid by then
 * @param overdue the part of it already due by 31 December
 * @param previousOutstanding the same at 31 December of the previous year
 * @param receivedInYear amounts of the invoices received in the year, net of split-payment VAT
 * @param previousYearKnown whether the data reaches back to the previous year (something received by its end)
 */
public record ResidualDebt(
    BigDecimal outstanding,
    BigDecimal overdue,
    BigDecimal previousOutstanding,
    BigDecimal receivedInYear,
    boolean previousYearKnown) {

  private static final BigDecimal REQUIRED_SHARE_OF_PREVIOUS = new BigDecimal("0.90");
  private static final BigDecimal OVERDUE_TOLERANCE = new BigDecimal("0.05");

  public enum Outcome {
    PASSED,
    NOT_PASSED,
    NOT_EVALUABLE
  }

  /** Which of the two conditions the outcome rests on. */
  public enum Basis {
    REDUCTION,
    OVERDUE_WITHIN_5_PERCENT,
    NONE
  }

  /** Passed when the overdue part is within 5 % of the year's invoices, or the debt fell by ≥ 10 %. */
  public Outcome outcome() {
    return switch (basis()) {
      case OVERDUE_WITHIN_5_PERCENT -> Outcome.PASSED;
      case REDUCTION -> outstanding.compareTo(reductionTarget()) <= 0
          ? Outcome.PASSED
          : Outcome.NOT_PASSED;
      case NONE -> Outcome.NOT_EVALUABLE;
    };
  }

  public Basis basis() {
    if (receivedInYear.signum() > 0
        && overdue.compareTo(overdueLimit()) <= 0) {
      return Basis.OVERDUE_WITHIN_5_PERCENT;
    }
    // a reduction is measurable only against a known, non-zero previous debt
    if (previousYearKnown && previousOutstanding.signum() > 0) {
      return Basis.REDUCTION;
    }
    return Basis.NONE;
  }

  /** The most the overdue part may be to pass on that ground: 5 % of the invoices received in the year. */
  public BigDecimal overdueLimit() {
    return receivedInYear.multiply(OVERDUE_TOLERANCE);
  }

  /** The most the residual debt may be to pass by reduction: 90 % of the previous year's. */
  public BigDecimal reductionTarget() {
    return previousOutstanding.multiply(REQUIRED_SHARE_OF_PREVIOUS);
  }

  /** Change from the previous year in percent (negative when the debt fell); {@code null} when not measurable. */
  public BigDecimal changePercent() {
    if (!previousYearKnown || previousOutstanding.signum() == 0) {
      return null;
    }
    return outstanding
        .subtract(previousOutstanding)
        .multiply(BigDecimal.valueOf(100))
        .divide(previousOutstanding, 2, java.math.RoundingMode.HALF_UP);
  }
}
