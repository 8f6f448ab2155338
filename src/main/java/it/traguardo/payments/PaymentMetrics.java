package it.traguardo.payments;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Payment figures of an ente computed from its stored invoice register, in days to the hundredth. Other modules (the
 * plan pages) depend on this interface only; its implementation lives with the storage.
 */
public interface PaymentMetrics {

  /** Annual delay indicator of {@code year} as of 31 December; empty when no instalment counts in it. */
  Optional<BigDecimal> annualDelay(long entityId, int year);

  /** Value of the metric a plan indicator is bound to, for {@code year}; empty when unbound or not computable. */
  Optional<BigDecimal> boundValue(long entityId, long indicatorId, int year);
}
