package it.traguardo.payments;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An amount-weighted mean delay, {@code Σ(days × amount) / Σ amount}, with the sums it comes from.
 *
 * @param count instalments considered
 * @param amount Σ amount
 * @param weightedDays Σ(days × amount)
 */
public record DelayIndicator(long count, BigDecimal amount, BigDecimal weightedDays) {

  public static final DelayIndicator EMPTY = new DelayIndicator(0, BigDecimal.ZERO, BigDecimal.ZERO);

  /** The indicator made by these contributions: the total line of a drill-down. */
  public static DelayIndicator of(Iterable<Contribution> contributions) {
    long count = 0;
    BigDecimal amount = BigDecimal.ZERO;
    BigDecimal weighted = BigDecimal.ZERO;
    for (Contribution contribution : contributions) {
      count++;
      amount = amount.add(contribution.amount());
      weighted = weighted.add(contribution.weighted());
    }
    return new DelayIndicator(count, amount, weighted);
  }

  /** Mean delay in days to the hundredth (HALF_UP); {@code null} when nothing qualifies. */
  public BigDecimal days() {
    if (amount.signum() == 0) {
      return null;
    }
    return weightedDays.divide(amount, 2, RoundingMode.HALF_UP);
  }
}
