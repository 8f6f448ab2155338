package it.traguardo.measure;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * One part of a roll-up: an indicator in its objective, or an objective in a service, an ente or a manager's
 * set.
 *
 * @param label what the part is, as shown in the list of parts not evaluated
 * @param percentage its percentage, empty when not evaluable
 * @param weight its weight; only the ratios between weights matter
 */
public record WeightedScore(String label, Optional<BigDecimal> percentage, BigDecimal weight) {

  public WeightedScore {
    label = label == null ? "" : label;
    percentage = percentage == null ? Optional.empty() : percentage;
  }

  /** An indicator's achievement with its weight. */
  public static WeightedScore of(String label, Achievement achievement, BigDecimal weight) {
    return new WeightedScore(label, achievement.percentage(), weight);
  }

  /** An indicator's achievement with the same weight as the others. */
  public static WeightedScore equalWeight(String label, Achievement achievement) {
    return of(label, achievement, BigDecimal.ONE);
  }

  /** An objective's (or any lower level's) roll-up with its weight. */
  public static WeightedScore of(String label, RollUp rollUp, BigDecimal weight) {
    return new WeightedScore(label, rollUp.percentage(), weight);
  }
}
