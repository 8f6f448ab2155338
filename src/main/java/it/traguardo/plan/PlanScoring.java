package it.traguardo.plan;

import it.traguardo.measure.Achievement;
import it.traguardo.measure.AchievementStatus;
import it.traguardo.measure.Actual;
import it.traguardo.measure.EvaluatorOverride;
import it.traguardo.measure.InvalidActualException;
import it.traguardo.measure.NamedDates;
import it.traguardo.measure.PolarityAssessment;
import it.traguardo.measure.RollUp;
import it.traguardo.measure.ScoringPolicy;
import it.traguardo.measure.Target;
import it.traguardo.measure.WeightedScore;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A plan measured for one year: each indicator's target read, its achieved value scored under the ente's policy,
 * each objective rolled up from its evaluable indicators with equal weights. Where the Nucleo di Valutazione set its
 * own percentage for an indicator or an objective ({@link Reviews}), that one counts and the computed one stays
 * visible beside it.
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

  /** The Nucleo di Valutazione's own percentages for a year, each with its reason; none by default. */
  public interface Reviews {

    Reviews NONE = new Reviews() {};

    default Optional<EvaluatorOverride> of(Indicator indicator) {
      return Optional.empty();
    }

    default Optional<EvaluatorOverride> of(Objective objective) {
      return Optional.empty();
    }
  }

  public List<ObjectiveScore> score(Plan plan, int year, ActualValues actuals) {
    return score(plan, year, actuals, Reviews.NONE);
  }

  public List<ObjectiveScore> score(Plan plan, int year, ActualValues actuals, Reviews reviews) {
    List<ObjectiveScore> objectives = new ArrayList<>();
    for (Objective objective : plan.objectives()) {
      objectives.add(score(objective, year, actuals, reviews));
    }
    return objectives;
  }

  public ObjectiveScore score(Objective objective, int year, ActualValues actuals) {
    return score(objective, year, actuals, Reviews.NONE);
  }

  /**
   * One objective: its indicators scored (the NdV's percentage replacing the computed one where it set one), rolled
   * up, and the NdV's percentage for the whole objective in place of the roll-up where it set one.
   */
  public ObjectiveScore score(Objective objective, int year, ActualValues actuals, Reviews reviews) {
    List<IndicatorScore> indicators = new ArrayList<>();
    List<WeightedScore> parts = new ArrayList<>();
    boolean weighted = isWeighted(objective);
    for (Indicator indicator : objective.indicators()) {
      IndicatorScore scored = score(indicator, year, actuals.of(indicator, year).orElse(null));
      Optional<EvaluatorOverride> override = reviews.of(indicator);
      if (override.isPresent()) {
        scored = scored.withAchievement(policy.override(scored.achievement(), override.get()));
      }
      indicators.add(scored);
      parts.add(
          weighted
              ? WeightedScore.of(indicator.name(), scored.achievement(), indicator.weight())
              : WeightedScore.equalWeight(indicator.name(), scored.achievement()));
    }
    RollUp computed = rollUp(parts);
    Optional<EvaluatorOverride> override = reviews.of(objective);
    RollUp counted =
        override
            .map(o -> new RollUp(Optional.of(o.percentage()), policy.thresholds().statusOf(o.percentage()), computed.notEvaluated()))
            .orElse(computed);
    return new ObjectiveScore(objective, counted, indicators, computed, override);
  }

  /**
   * Whether the objective's indicators count by the weights the segretario gave them: only when every indicator has
   * one and some weight is positive; otherwise (none given, or some missing, which the plan checks report) they
   * count equally.
   */
  private static boolean isWeighted(Objective objective) {
    return !objective.indicators().isEmpty()
        && objective.indicators().stream().allMatch(i -> i.weight() != null && i.weight().signum() >= 0)
        && objective.indicators().stream().anyMatch(i -> i.weight().signum() > 0);
  }

  /**
   * The ente, each service and each manager, as equally weighted means of their objectives: a service has its
   * sectoral objectives; a manager those of their units plus the transversal ones, which every manager shares.
   */
  public Overview overview(List<ObjectiveScore> objectives, List<Manager> managers) {
    Map<String, List<WeightedScore>> byUnit = new LinkedHashMap<>();
    List<WeightedScore> all = new ArrayList<>();
    for (ObjectiveScore score : objectives) {
      WeightedScore part = part(score);
      all.add(part);
      if (score.objective().unit() != null) {
        byUnit.computeIfAbsent(score.objective().unit(), unit -> new ArrayList<>()).add(part);
      }
    }
    Map<String, RollUp> units = new LinkedHashMap<>();
    byUnit.forEach((unit, parts) -> units.put(unit, rollUp(parts)));
    List<ManagerScore> people = new ArrayList<>();
    for (Manager manager : managers) {
      List<WeightedScore> own =
          objectives.stream()
              .filter(s -> manager.answersFor(s.objective()))
              .map(PlanScoring::part)
              .toList();
      people.add(new ManagerScore(manager, rollUp(own)));
    }
    return new Overview(rollUp(all), units, people);
  }

  private static WeightedScore part(ObjectiveScore score) {
    return WeightedScore.of(score.objective().heading(), score.rollUp(), BigDecimal.ONE);
  }

  /** Nothing to weigh (an objective without indicators) is not evaluable, not an error. */
  private RollUp rollUp(List<WeightedScore> parts) {
    return parts.isEmpty()
        ? new RollUp(Optional.empty(), AchievementStatus.NON_VALUTABILE, List.of())
        : RollUp.of(parts, policy);
  }

  /** A person responsible for units, by the units' names. */
  public record Manager(String name, List<String> units) {

    /** The objectives of the manager's units, and the transversal ones, which every manager shares. */
    public boolean answersFor(Objective objective) {
      return objective.kind() == ObjectiveKind.TRANSVERSAL || units.contains(objective.unit());
    }
  }

  public record ManagerScore(Manager manager, RollUp rollUp) {}

  /** The plan's achievement for the ente, by service and by manager. */
  public record Overview(RollUp entity, Map<String, RollUp> units, List<ManagerScore> managers) {}

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
      Achievement achievement) {

    IndicatorScore withAchievement(Achievement newAchievement) {
      return new IndicatorScore(indicator, target, sentence, polarity, actualText, actualProblem, newAchievement);
    }
  }

  /**
   * One objective measured in a year.
   *
   * @param rollUp the achievement that counts: the NdV's where it set one, else {@code computed}
   * @param computed the weighted mean of the indicators
   * @param override the NdV's percentage for the objective and its reason, if any
   */
  public record ObjectiveScore(
      Objective objective,
      RollUp rollUp,
      List<IndicatorScore> indicators,
      RollUp computed,
      Optional<EvaluatorOverride> override) {

    /** An objective without the NdV's own percentage. */
    public ObjectiveScore(Objective objective, RollUp rollUp, List<IndicatorScore> indicators) {
      this(objective, rollUp, indicators, rollUp, Optional.empty());
    }
  }
}
