package it.traguardo.measure;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * How far an indicator's target was achieved ("Grado di raggiungimento").
 *
 * @param computed the percentage computed by the SMVP (2 decimals), empty when not evaluable
 * @param explanation why this percentage, in Italian
 * @param override the evaluator's percentage and reason, which wins over {@code computed} when present
 * @param status the status of the percentage that counts ({@link #percentage()})
 */
public record Achievement(
    Optional<BigDecimal> computed,
    String explanation,
    Optional<EvaluatorOverride> override,
    AchievementStatus status) {

  /** The percentage that counts: the evaluator's when there is one, else the computed one. */
  public Optional<BigDecimal> percentage() {
    return override.isPresent() ? override.map(EvaluatorOverride::percentage) : computed;
  }

  /** False when there is no percentage: qualitative target, no value entered, deadline without a date. */
  public boolean isEvaluable() {
    return status != AchievementStatus.NON_VALUTABILE;
  }
}
