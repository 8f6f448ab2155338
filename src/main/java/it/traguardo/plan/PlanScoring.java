package it.traguardo.plan;

import it.traguardo.measure.Achievement;
import it.traguardo.measure.Actual;
import it.traguardo.measure.InvalidActualException;
import it.traguardo.measure.NamedDates;
import it.traguardo.measure.PolarityAssessment;
import it.traguardo.measure.RollUp;
import it.traguardo.measure.ScoringPolicy;
import it.traguardo.measure.Target;
import it.traguardo.measure.WeightedScore;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A plan measured for one year: each indicator's target read, its achieved value scored under the ente's policy,
 * each objective rolled up from its evaluable indicators with equal weights.
 */
public final class PlanScoring {

  private final ScoringPolicy policy;
  private final NamedDates calendar;

  public PlanScoring(ScoringPolicy policy, NamedDates calendar) {
    this.policy = policy;
    this.calendar = calendar;
  }

  /** Where the achieved values come from: the text a person entered for an indicator in a year, if any. */
  @FunctionalInterface
  public interface ActualValues {
    Optional<String> of(Indicator indicator, int year);

    /**
     * The "Raggiunto" cells of the imported document: they report on the plan's first year, the one the
     * document's relazione finale covers.
     */
    static ActualValues fromDocument(Plan plan) {
      return (indicator, year) -> year == plan.firstYear() ? Optional.ofNullable(indicator.achieved()) : Optional.empty();
    }
  }

  public List<ObjectiveScore> score(Plan plan, int year, ActualValues actuals) {
    List<ObjectiveScore> objectives = new ArrayList<>();
    for (Objective objective : plan.objectives()) {
      objectives.add(score(objective, year, actuals));
    }
    return objectives;
  }

  public ObjectiveScore score(Objective objective, int year, ActualValues actuals) {
    List<IndicatorScore> indicators = new ArrayList<>();
    List<WeightedScore> parts = new ArrayList<>();
    for (Indicator indicator : objective.indicators()) {
      IndicatorScore scored = score(indicator, year, actuals.of(indicator, year).orElse(null));
      indicators.add(scored);
      parts.add(WeightedScore.equalWeight(indicator.name(), scored.achievement()));
    }
    return new ObjectiveScore(objective, RollUp.of(parts, policy), indicators);
  }

  IndicatorScore score(Indicator indicator, int year, String actualText) {
    Target target = Target.parse(indicator.target());
    PolarityAssessment polarity = PolarityAssessment.assess(indicator.name(), target, null);
    Actual actual;
    String problem = null;
    try {
      actual = Actual.parse(actualText, target);
    } catch (InvalidActualException e) {
      actual = Actual.missing();
      problem = e.getMessage();
    }
    Achievement achievement = policy.score(target, polarity.polarity(), actual, year, calendar);
    return new IndicatorScore(indicator, target, target.sentence(year), polarity, actualText, problem, achievement);
  }

  /**
   * One indicator measured in a year.
   *
   * @param actualText the achieved value as entered, or null
   * @param actualProblem why the entered value could not be read for this target, or null
   */
  public record IndicatorScore(
      Indicator indicator,
      Target target,
      String sentence,
      PolarityAssessment polarity,
      String actualText,
      String actualProblem,
      Achievement achievement) {}

  /** One objective measured in a year. */
  public record ObjectiveScore(Objective objective, RollUp rollUp, List<IndicatorScore> indicators) {}
}
