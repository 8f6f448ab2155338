package it.traguardo.payments.store;

import it.traguardo.payments.DelayIndicator;
import it.traguardo.payments.IndicatorCalculator;
import it.traguardo.payments.PaymentIndicators;
import it.traguardo.payments.PaymentMetric;
import it.traguardo.payments.PaymentMetrics;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/** {@link PaymentMetrics} from the stored register, at 31 December of the year. */
@Service
class StoredPaymentMetrics implements PaymentMetrics {
  private final PaymentRegister register;
  private final IndicatorBindings bindings;

  StoredPaymentMetrics(PaymentRegister register, IndicatorBindings bindings) {
    this.register = register;
    this.bindings = bindings;
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

  private Optional<BigDecimal> value(long entityId, PaymentMetric metric, int year) {
    PaymentIndicators indicators =
        IndicatorCalculator.calculate(year, LocalDate.of(year, 12, 31), register.instalments(entityId));
    DelayIndicator indicator = switch (metric) {
      case ANNUAL_DELAY -> indicators.annualDelay();
      case ITP -> indicators.itp();
    };
    return Optional.ofNullable(indicator.days());
  }
}
