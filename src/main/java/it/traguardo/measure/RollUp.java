package it.traguardo.measure;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A weighted mean of achievements: indicators into an objective, objectives into a service, an ente or a
 * manager's result.
 *
 * @param percentage the weighted mean (2 decimals), empty when no part is evaluable
 * @param status the status of that percentage under the policy's thresholds
 * @param notEvaluated labels of the parts without a percentage, listed rather than counted as 0 (unless the
 *     policy counts them as 0, in which case they are listed and counted)
 */
public record RollUp(Optional<BigDecimal> percentage, AchievementStatus status, List<String> notEvaluated) {

  public RollUp {
    notEvaluated = List.copyOf(notEvaluated);
  }

  /**
   * The weighted mean of {@code parts}.
   *
   * @throws InvalidWeightsException when a weight is missing or negative, or none is positive
   */
  public static RollUp of(List<WeightedScore> parts, ScoringPolicy policy) {
    List<String> problems = weightProblems(parts);
    if (!problems.isEmpty()) {
      throw new InvalidWeightsException(problems);
    }
    BigDecimal weightedSum = BigDecimal.ZERO;
    BigDecimal totalWeight = BigDecimal.ZERO;
    List<String> notEvaluated = new ArrayList<>();
    for (WeightedScore part : parts) {
      Optional<BigDecimal> percentage = part.percentage();
      if (percentage.isEmpty()) {
        notEvaluated.add(part.label());
        if (!policy.nonEvaluableCountsAsZero()) {
          continue;
        }
      }
      weightedSum = weightedSum.add(percentage.orElse(BigDecimal.ZERO).multiply(part.weight()));
      totalWeight = totalWeight.add(part.weight());
    }
    if (totalWeight.signum() == 0) {
      return new RollUp(Optional.empty(), AchievementStatus.NON_VALUTABILE, notEvaluated);
    }
    BigDecimal mean = weightedSum.divide(totalWeight, 2, RoundingMode.HALF_UP);
    return new RollUp(Optional.of(mean), policy.thresholds().statusOf(mean), notEvaluated);
  }

  /** Why {@code parts} cannot be weighted, in Italian; empty when they can. For forms, before saving. */
  public static List<String> weightProblems(List<WeightedScore> parts) {
    List<String> problems = new ArrayList<>();
    if (parts == null || parts.isEmpty()) {
      problems.add("Nessun elemento da pesare");
      return problems;
    }
    boolean anyPositive = false;
    for (WeightedScore part : parts) {
      if (part.weight() == null) {
        problems.add("Peso mancante per «" + part.label() + "»");
      } else if (part.weight().signum() < 0) {
        problems.add("Peso negativo per «" + part.label() + "»: i pesi devono essere 0 o più");
      } else if (part.weight().signum() > 0) {
        anyPositive = true;
      }
    }
    if (!anyPositive) {
      problems.add("Almeno un peso deve essere maggiore di 0");
    }
    return problems;
  }
}
