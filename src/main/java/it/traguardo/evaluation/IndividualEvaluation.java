package it.traguardo.evaluation;

import it.traguardo.measure.AchievementStatus;
import it.traguardo.measure.RollUp;
import it.traguardo.measure.ScoringPolicy;
import it.traguardo.measure.WeightedScore;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The evaluation of one EQ in one year under the ente's SMVP: the results score is the weighted achievement of their
 * objectives, the behaviour score the weighted levels the NdV gave, the total their weighted sum; the total's band
 * gives the percentage of the allowance paid. For a payment-responsible manager a payment-timeliness objective not
 * reached takes its share of the result pay away (art. 4-bis c. 2 DL 13/2023). Every figure is rounded once, to two
 * decimals half up, and the next one is computed from the rounded figure, as a person checking by hand would.
 */
public final class IndividualEvaluation {

  private IndividualEvaluation() {}

  /**
   * One of the manager's objectives as the year ended: its achievement (the NdV's where it set one) and status.
   *
   * @param paymentTimeliness the objective is the payment-timeliness one (bound to the annual delay, or marked)
   */
  public record ObjectiveResult(
      String number, String heading, Optional<BigDecimal> achievement, AchievementStatus status, boolean paymentTimeliness) {}

  /**
   * What the evaluation of one EQ starts from.
   *
   * @param weights the weight of each objective (by number) within the results component
   * @param behaviour the level the NdV gave to each behaviour criterion, by criterion name; missing while not given
   * @param maxAllowance the most result pay this EQ can receive in the year, in euro, or null while not set
   */
  public record Subject(
      boolean paymentResponsible,
      List<ObjectiveResult> objectives,
      Map<String, BigDecimal> weights,
      Map<String, Integer> behaviour,
      BigDecimal maxAllowance) {

    public Subject {
      objectives = List.copyOf(objectives);
      weights = Map.copyOf(weights);
      behaviour = Map.copyOf(behaviour);
    }
  }

  /**
   * The outcome; a figure is empty while what it needs is missing, and {@link #pending()} says what.
   *
   * @param results the weighted achievement of the objectives, with those not evaluable listed
   * @param paymentShare the share of the result pay the payment-timeliness objectives carry, in percent (0 for a
   *     manager not responsible for payments)
   * @param missedPaymentObjectives the payment-timeliness objectives not reached, whose share is not paid
   * @param amount the result pay before the ente's budget is applied ({@link BudgetCap})
   */
  public record Result(
      RollUp results,
      Optional<BigDecimal> behaviourScore,
      Optional<BigDecimal> totalScore,
      Optional<Smvp.PayBand> band,
      Optional<BigDecimal> payPercent,
      BigDecimal paymentShare,
      List<String> missedPaymentObjectives,
      Optional<BigDecimal> amount,
      List<String> pending) {

    public Result {
      missedPaymentObjectives = List.copyOf(missedPaymentObjectives);
      pending = List.copyOf(pending);
    }
  }

  public static Result evaluate(Smvp smvp, ScoringPolicy policy, Subject subject) {
    List<String> pending = new ArrayList<>();
    RollUp results = results(policy, subject, pending);
    Optional<BigDecimal> behaviour = behaviour(smvp, subject, pending);
    Optional<BigDecimal> total = Optional.empty();
    if (results.percentage().isPresent() && (behaviour.isPresent() || smvp.behaviourWeight().signum() == 0)) {
      BigDecimal weighted =
          results.percentage().get().multiply(smvp.resultsWeight())
              .add(behaviour.orElse(BigDecimal.ZERO).multiply(smvp.behaviourWeight()));
      total = Optional.of(weighted.divide(Smvp.HUNDRED, 2, RoundingMode.HALF_UP));
    }
    Optional<Smvp.PayBand> band = total.map(smvp::bandOf);
    Optional<BigDecimal> payPercent = band.map(Smvp.PayBand::payPercent);

    BigDecimal paymentShare = BigDecimal.ZERO;
    BigDecimal missedShare = BigDecimal.ZERO;
    List<String> missed = new ArrayList<>();
    boolean paymentKnown = true;
    if (subject.paymentResponsible()) {
      List<ObjectiveResult> payment = subject.objectives().stream().filter(ObjectiveResult::paymentTimeliness).toList();
      if (payment.isEmpty()) {
        pending.add(
            "Nessun obiettivo sulla tempestività dei pagamenti tra quelli del responsabile, che paga fatture commerciali: l'"
                + PaymentTimelinessRule.NORM + " lo richiede");
        paymentKnown = false;
      }
      BigDecimal paymentWeight = BigDecimal.ZERO;
      for (ObjectiveResult objective : payment) {
        BigDecimal weight = subject.weights().getOrDefault(objective.number(), BigDecimal.ZERO);
        paymentWeight = paymentWeight.add(weight);
        if (objective.status() == AchievementStatus.NON_VALUTABILE) {
          pending.add("Obiettivo " + objective.number() + " sulla tempestività dei pagamenti non ancora valutabile");
          paymentKnown = false;
        } else if (objective.status() != AchievementStatus.RAGGIUNTO) {
          missed.add(objective.number());
          missedShare = missedShare.add(PaymentTimelinessRule.share(weight, smvp.resultsWeight()));
        }
      }
      paymentShare = PaymentTimelinessRule.share(paymentWeight, smvp.resultsWeight());
      if (!payment.isEmpty()) {
        Optional<String> violation = PaymentTimelinessRule.violation(paymentWeight, smvp.resultsWeight());
        if (violation.isPresent()) {
          pending.add(violation.get());
          paymentKnown = false;
        }
      }
    }
    if (subject.maxAllowance() == null) {
      pending.add("Retribuzione di risultato massima non indicata");
    }
    Optional<BigDecimal> amount = Optional.empty();
    if (payPercent.isPresent() && subject.maxAllowance() != null && paymentKnown) {
      BigDecimal paid = Smvp.HUNDRED.subtract(missedShare);
      amount =
          Optional.of(
              subject.maxAllowance().multiply(payPercent.get()).multiply(paid)
                  .divide(new BigDecimal("10000"), 2, RoundingMode.HALF_UP));
    }
    return new Result(results, behaviour, total, band, payPercent, paymentShare, missed, amount, pending);
  }

  private static RollUp results(ScoringPolicy policy, Subject subject, List<String> pending) {
    if (subject.objectives().isEmpty()) {
      pending.add("Nessun obiettivo assegnato");
      return new RollUp(Optional.empty(), AchievementStatus.NON_VALUTABILE, List.of());
    }
    List<WeightedScore> parts =
        subject.objectives().stream()
            .map(o -> new WeightedScore(o.heading(), o.achievement(), subject.weights().get(o.number())))
            .toList();
    RollUp results = RollUp.of(parts, policy);
    if (results.percentage().isEmpty()) {
      pending.add("Nessun obiettivo valutabile");
    }
    return results;
  }

  private static Optional<BigDecimal> behaviour(Smvp smvp, Subject subject, List<String> pending) {
    if (smvp.behaviourWeight().signum() == 0) {
      return Optional.empty();
    }
    BigDecimal weighted = BigDecimal.ZERO;
    List<String> missing = new ArrayList<>();
    for (Smvp.Criterion criterion : smvp.criteria()) {
      Integer level = subject.behaviour().get(criterion.name());
      if (level == null || smvp.level(level).isEmpty()) {
        missing.add(criterion.name());
      } else {
        weighted = weighted.add(criterion.weight().multiply(BigDecimal.valueOf(level)));
      }
    }
    if (!missing.isEmpty()) {
      pending.add("Comportamenti non ancora valutati: " + String.join(", ", missing));
      return Optional.empty();
    }
    // Σ weight × level / top level: the criteria's weights sum to 100, so this is the weighted mean out of 100
    return Optional.of(weighted.divide(BigDecimal.valueOf(smvp.topLevel()), 2, RoundingMode.HALF_UP));
  }
}
