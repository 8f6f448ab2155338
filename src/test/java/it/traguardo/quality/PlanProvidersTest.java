package it.traguardo.quality;

import static it.traguardo.quality.PlanBuilder.objective;
import static it.traguardo.quality.PlanBuilder.plan;
import static org.assertj.core.api.Assertions.assertThat;

import it.traguardo.plan.Dimension;
import it.traguardo.plan.Indicator;
import it.traguardo.plan.Objective;
import it.traguardo.plan.Plan;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** A stored plan's own weights and PIAO dimensions reach the checks. */
class PlanProvidersTest {

  @Test
  void theIndicatorWeightsSetOnThePlanAreChecked() {
    Plan weighted = withFirstObjective(o -> withIndicatorWeights(o, "60", "30"));
    assertThat(Checks.run("STRUTTURA_PESI_INDICATORI", new PlanUnderCheck(weighted, List.of(), Weights.PLAN, Tags.NONE)))
        .singleElement()
        .satisfies(f -> assertThat(f.message()).isEqualTo("I pesi degli indicatori sommano a 90 invece di 100."));
    Plan partly = withFirstObjective(o -> withIndicatorWeights(o, "60", null));
    assertThat(Checks.run("STRUTTURA_PESI_INDICATORI", new PlanUnderCheck(partly, List.of(), Weights.PLAN, Tags.NONE)))
        .singleElement()
        .satisfies(f -> assertThat(f.message()).isEqualTo("L'obiettivo ha 2 indicatori ma 1 peso."));
    Plan right = withFirstObjective(o -> withIndicatorWeights(o, "70", "30"));
    assertThat(Checks.run("STRUTTURA_PESI_INDICATORI", new PlanUnderCheck(right, List.of(), Weights.PLAN, Tags.NONE))).isEmpty();
    Plan unweighted = withFirstObjective(o -> withIndicatorWeights(o, null, null));
    assertThat(Checks.run("STRUTTURA_PESI_INDICATORI", new PlanUnderCheck(unweighted, List.of(), Weights.PLAN, Tags.NONE))).isEmpty();
  }

  @Test
  void aDimensionTagCoversItsTheme() {
    Plan tagged = withFirstObjective(o -> withDimensions(o, Set.of(Dimension.EFFICIENTAMENTO_ENERGETICO)));
    assertThat(Checks.run("CONTENUTI_TEMA_MANCANTE", new PlanUnderCheck(tagged, List.of(), Weights.NONE, Tags.NONE)))
        .anyMatch(f -> f.message().contains("efficientamento energetico"));
    assertThat(Checks.run("CONTENUTI_TEMA_MANCANTE", new PlanUnderCheck(tagged, List.of(), Weights.NONE, Tags.DIMENSIONS)))
        .noneMatch(f -> f.message().contains("efficientamento energetico"))
        .anyMatch(f -> f.message().contains("semplificazione"));
  }

  private static Plan withFirstObjective(UnaryOperator<Objective> change) {
    Plan plan = plan().with(objective("1", "Sportello").indicator(1, "Pratiche", "100%").indicator(1, "Tempi", "≤ 30")).build();
    Objective first = change.apply(plan.objectives().get(0));
    return new Plan(
        plan.id(), plan.entityName(), plan.province(), plan.title(), plan.firstYear(), plan.lastYear(), plan.premise(),
        plan.contents(), List.of(first));
  }

  private static Objective withIndicatorWeights(Objective o, String first, String second) {
    List<Indicator> indicators = o.indicators();
    return copy(o, List.of(weighted(indicators.get(0), first), weighted(indicators.get(1), second)), o.dimensions());
  }

  private static Objective withDimensions(Objective o, Set<Dimension> dimensions) {
    return copy(o, o.indicators(), dimensions);
  }

  private static Indicator weighted(Indicator i, String weight) {
    return new Indicator(
        i.id(), i.phase(), i.name(), i.extra(), i.target(), i.achieved(), i.line(), weight == null ? null : new BigDecimal(weight));
  }

  private static Objective copy(Objective o, List<Indicator> indicators, Set<Dimension> dimensions) {
    return new Objective(
        o.id(), o.number(), o.kind(), o.title(), o.unit(), o.description(), o.assignment(), o.phases(), o.budgetLinks(),
        indicators, o.characteristics(), o.narrative(), o.line(), o.weight(), dimensions, o.managerIds());
  }
}
