package it.traguardo.plan;

import static org.assertj.core.api.Assertions.assertThat;

import it.traguardo.measure.AchievementStatus;
import it.traguardo.measure.NamedDates;
import it.traguardo.measure.ScoringPolicy;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PlanScoringTest {

  private final PlanScoring scoring = new PlanScoring(ScoringPolicy.standard(), NamedDates.empty());

  private static Indicator indicator(String name, String target, String achieved) {
    return new Indicator(null, 1, name, Map.of(), target, achieved, null);
  }

  private static Objective objective(String number, ObjectiveKind kind, String unit, List<Indicator> indicators) {
    return new Objective(
        null, number, kind, "Obiettivo " + number, unit, null, null, List.of(), List.of(), indicators,
        Characteristics.NONE, null, null);
  }

  private static Plan plan(Objective... objectives) {
    return new Plan(null, "Comune di Prova", null, null, 2024, 2026, null, List.of(), List.of(objectives));
  }

  @Test
  void anObjectiveWithoutIndicatorsIsNotEvaluableRatherThanAnError() {
    Plan plan = plan(objective("1", ObjectiveKind.TRANSVERSAL, null, List.of()));
    List<PlanScoring.ObjectiveScore> scores = scoring.score(plan, 2024, PlanScoring.ActualValues.fromDocument(plan));
    assertThat(scores.get(0).rollUp().status()).isEqualTo(AchievementStatus.NON_VALUTABILE);
    assertThat(scoring.overview(scores, List.of()).entity().percentage()).isEmpty();
  }

  @Test
  void theEnteServicesAndManagersAreMeansOfTheirObjectives() {
    Plan plan =
        plan(
            // transversal: SI reached → 100
            objective("1", ObjectiveKind.TRANSVERSAL, null, List.of(indicator("Rispetto delle fasi", "SI", "SI"))),
            // service A: 40 of 80 → 50; "< 5" with 7 → 0; mean 25
            objective(
                "2", ObjectiveKind.SECTORAL, "Servizio A",
                List.of(indicator("N. pratiche", "80", "40"), indicator("Criticità segnalate", "< 5", "7"))),
            // service B: 90% of 90% → 100; a qualitative target is listed, not counted
            objective(
                "3", ObjectiveKind.SECTORAL, "Servizio B",
                List.of(indicator("Pratiche nei tempi", "90%", "90%"), indicator("Immobili", "Tutti quelli possibili", "3"))));
    List<PlanScoring.ObjectiveScore> scores = scoring.score(plan, 2024, PlanScoring.ActualValues.fromDocument(plan));
    assertThat(scores).extracting(s -> s.rollUp().percentage().orElseThrow())
        .containsExactly(new BigDecimal("100.00"), new BigDecimal("25.00"), new BigDecimal("100.00"));
    assertThat(scores.get(2).rollUp().notEvaluated()).containsExactly("Immobili");

    PlanScoring.Overview overview =
        scoring.overview(scores, List.of(new PlanScoring.Manager("EQ A", List.of("Servizio A")), new PlanScoring.Manager("EQ B", List.of("Servizio B"))));
    // (100 + 25 + 100) / 3 = 75
    assertThat(overview.entity().percentage()).contains(new BigDecimal("75.00"));
    assertThat(overview.units().get("Servizio A").percentage()).contains(new BigDecimal("25.00"));
    assertThat(overview.units().get("Servizio B").percentage()).contains(new BigDecimal("100.00"));
    // EQ A: transversal 100 and service A 25 → 62.50; EQ B: 100 and 100
    assertThat(overview.managers()).extracting(m -> m.rollUp().percentage().orElseThrow())
        .containsExactly(new BigDecimal("62.50"), new BigDecimal("100.00"));
    assertThat(overview.managers().get(0).rollUp().status()).isEqualTo(AchievementStatus.PARZIALMENTE_RAGGIUNTO);
  }

  @Test
  void indicatorsCountByTheirWeightsWhenEveryOneHasOne() {
    // 40 of 80 → 50 weighing 80, SI → 100 weighing 20: (50 × 80 + 100 × 20) / 100 = 60, not the equal mean 75
    Objective weighted =
        objective(
            "1", ObjectiveKind.TRANSVERSAL, null,
            List.of(weighted(indicator("N. pratiche", "80", "40"), "80"), weighted(indicator("Fasi", "SI", "SI"), "20")));
    Objective partly =
        objective(
            "2", ObjectiveKind.TRANSVERSAL, null,
            List.of(weighted(indicator("N. pratiche", "80", "40"), "80"), indicator("Fasi", "SI", "SI")));
    Plan plan = plan(weighted, partly);
    List<PlanScoring.ObjectiveScore> scores = scoring.score(plan, 2024, PlanScoring.ActualValues.fromDocument(plan));
    assertThat(scores.get(0).rollUp().percentage()).contains(new BigDecimal("60.00"));
    // a weight missing (the plan checks report it): equal weights
    assertThat(scores.get(1).rollUp().percentage()).contains(new BigDecimal("75.00"));
  }

  private static Indicator weighted(Indicator i, String weight) {
    return new Indicator(i.id(), i.phase(), i.name(), i.extra(), i.target(), i.achieved(), i.line(), new BigDecimal(weight));
  }

  @Test
  void theDocumentsAchievedValuesCountForThePlansFirstYearOnly() {
    Plan plan = plan(objective("1", ObjectiveKind.TRANSVERSAL, null, List.of(indicator("Fasi", "SI", "SI"))));
    PlanScoring.ActualValues document = PlanScoring.ActualValues.fromDocument(plan);
    Indicator indicator = plan.objectives().get(0).indicators().get(0);
    assertThat(document.of(indicator, 2024)).contains("SI");
    assertThat(document.of(indicator, 2025)).isEqualTo(Optional.empty());
  }

  @Test
  void aValueThatDoesNotFitTheTargetIsReportedAndNotScored() {
    Plan plan = plan(objective("1", ObjectiveKind.TRANSVERSAL, null, List.of(indicator("Fasi", "SI", "forse"))));
    PlanScoring.IndicatorScore score =
        scoring.score(plan, 2024, PlanScoring.ActualValues.fromDocument(plan)).get(0).indicators().get(0);
    assertThat(score.actualProblem()).isNotBlank();
    assertThat(score.achievement().status()).isEqualTo(AchievementStatus.NON_VALUTABILE);
  }
}
