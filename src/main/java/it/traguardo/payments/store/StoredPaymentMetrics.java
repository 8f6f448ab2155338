package it.traguardo.payments.store;

import it.traguardo.payments.DelayIndicator;
import it.traguardo.payments.IndicatorCalculator;
import it.traguardo.payments.PaymentIndicators;
import it.traguardo.payments.PaymentMetric;
import it.traguardo.payments.PaymentMetrics;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * {@link PaymentMetrics} from the stored register, as of 31 December of the year, or as of today while the year is
 * under way: an instalment due in September is not late in June. The indicators of a year are kept
 * until the ente's next import: a plan page asks for each bound indicator and each year, and a large register takes
 * a second to weigh.
 */
@Service
class StoredPaymentMetrics implements PaymentMetrics {

  private static final int CACHED_YEARS = 64;

  private final PaymentRegister register;
  private final IndicatorBindings bindings;
  private final Clock clock;

  /** A year's indicators as of a date and the ente's latest import (every change to the register is an import). */
  private record Computed(long entityId, int year, LocalDate asOf, long latestImport) {}

  private final Map<Computed, PaymentIndicators> computed =
      Collections.synchronizedMap(
          new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Computed, PaymentIndicators> eldest) {
              return size() > CACHED_YEARS;
            }
          });

  StoredPaymentMetrics(PaymentRegister register, IndicatorBindings bindings, Clock clock) {
    this.register = register;
    this.bindings = bindings;
    this.clock = clock;
  }

  @Override
  public Optional<BigDecimal> annualDelay(long entityId, int year) {
    return value(entityId, PaymentMetric.ANNUAL_DELAY, year);
  }

  @Override
  public Optional<BigDecimal> itp(long entityId, int year) {
    return value(entityId, PaymentMetric.ITP, year);
  }

  @Override
  public Set<Long> boundIndicators(long entityId) {
    return bindings.bindings(entityId).keySet();
  }

  @Override
  public Set<Long> boundIndicators(long entityId, PaymentMetric metric) {
    return bindings.bindings(entityId).entrySet().stream()
        .filter(binding -> binding.getValue() == metric)
        .map(Map.Entry::getKey)
        .collect(Collectors.toSet());
  }

  @Override
  public Optional<BigDecimal> boundValue(long entityId, long indicatorId, int year) {
    return bindings.metric(entityId, indicatorId).flatMap(metric -> value(entityId, metric, year));
  }

  @Override
  public Optional<OffsetDateTime> lastImportAt(long entityId) {
    return register.lastImportAt(entityId);
  }

  private Optional<BigDecimal> value(long entityId, PaymentMetric metric, int year) {
    LocalDate yearEnd = LocalDate.of(year, 12, 31);
    LocalDate today = LocalDate.now(clock);
    LocalDate asOf = today.isBefore(yearEnd) ? today : yearEnd;
    if (asOf.getYear() < year) {
      return Optional.empty(); // a year still to come has nothing due yet
    }
    Computed key = new Computed(entityId, year, asOf, register.latestImport(entityId));
    PaymentIndicators indicators = computed.get(key);
    if (indicators == null) {
      indicators = IndicatorCalculator.calculate(year, asOf, register.instalments(entityId));
      computed.put(key, indicators);
    }
    DelayIndicator indicator = switch (metric) {
      case ANNUAL_DELAY -> indicators.annualDelay();
      case ITP -> indicators.itp();
    };
    return Optional.ofNullable(indicator.days());
  }
}
