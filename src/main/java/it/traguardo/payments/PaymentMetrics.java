package it.traguardo.payments;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.Set;

/**
 * Payment figures of an ente computed from its stored invoice register, in days to the hundredth. Other modules (the
 * plan pages) depend on this interface only; its implementation lives with the storage.
 */
public interface PaymentMetrics {

  /** Annual delay indicator of {@code year} as of 31 December, or today during the year; empty when none counts. */
  Optional<BigDecimal> annualDelay(long entityId, int year);

  /** ITP (DPCM 22 settembre 2014 art. 9) of {@code year}; empty when nothing was paid in it. */
  Optional<BigDecimal> itp(long entityId, int year);

  /** The ente's indicators bound to a metric: the only ones {@link #boundValue} has a value for. */
  Set<Long> boundIndicators(long entityId);

  /** The ente's indicators bound to {@code metric}. */
  Set<Long> boundIndicators(long entityId, PaymentMetric metric);

  /** Value of the metric a plan indicator is bound to, for {@code year}; empty when unbound or not computable. */
  Optional<BigDecimal> boundValue(long entityId, long indicatorId, int year);

  /**
   * When the ente last imported invoices or payments; empty before the first import. A value typed by hand over a
   * computed one counts only if given (with its reason) after the data it corrects.
   */
  Optional<OffsetDateTime> lastImportAt(long entityId);
}
