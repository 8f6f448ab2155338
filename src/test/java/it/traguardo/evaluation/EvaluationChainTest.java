package it.traguardo.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import it.traguardo.evaluation.store.Evaluations;
import it.traguardo.evaluation.store.Evaluations.ManagerEvaluation;
import it.traguardo.evaluation.store.Evaluations.YearEvaluation;
import it.traguardo.evaluation.store.Outcome;
import it.traguardo.evaluation.store.Reviews;
import it.traguardo.evaluation.store.YearValidation;
import it.traguardo.monitoring.Actuals;
import it.traguardo.plan.PlanLifecycle;
import it.traguardo.plan.PlanMeasurement;
import it.traguardo.plan.PlanState;
import it.traguardo.plan.Plans;
import it.traguardo.support.SampleEnte;
import it.traguardo.support.TraguardoIntegrationTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The sample ente's 2024 from entered values to euro: the NdV reviews, validates, and each EQ gets a score, a band and
 * an amount, every figure computed by hand in the comments; then the year is frozen and its art. 20 figures published.
 */
@TraguardoIntegrationTest
class EvaluationChainTest {

  @Autowired ApplicationContext context;
  @Autowired Reviews reviews;
  @Autowired Evaluations evaluations;
  @Autowired YearValidation validation;
  @Autowired PlanLifecycle lifecycle;
  @Autowired PlanMeasurement measurement;
  @Autowired Plans plans;
  @Autowired EvaluationPublication publication;

  private static final int YEAR = 2024;

  private static Map<String, Integer> levels(int... levels) {
    Map<String, Integer> given = new HashMap<>();
    for (int i = 0; i < levels.length; i++) {
      given.put(Smvp.standard().criteria().get(i).name(), levels[i]);
    }
    return given;
  }

  @Test
  void fromEnteredValuesToValidatedPayAndPublishedFigures() {
    SampleEnte sample = new SampleEnte(context);
    SampleEnte.Created ente = sample.create("valutazione-catena");
    long entityId = ente.entityId();

    // values the EQs entered for 2024 (final checkpoint)
    sample.record(ente, ente.indicator("1", 0), YEAR, "SI");     // objective 1 (transversal): SI of SI → 100
    sample.record(ente, ente.indicator("6", 1), YEAR, "2");      // objective 6: 2 variations of 3 → 66,67
    sample.record(ente, ente.indicator("6", 7), YEAR, "SI");     //              pareggio SI → 100; objective (66,67 + 100) / 2 = 83,34
    sample.record(ente, ente.indicator("7", 0), YEAR, "-2,5");   // objective 7: annual delay −2,5 < 0 → 100
    sample.record(ente, ente.indicator("15", 2), YEAR, "81%");   // objective 15: 81 % of 90 % → 90,00
    sample.record(ente, ente.indicator("18", 1), YEAR, "75%");   // objective 18: 75 % of 100 % → 75,00

    // the NdV: objective 6 set to 90 with a reason (83,34 stays visible); the qualitative indicator of objective 19
    // judged 100; objective 1 accepted as computed
    String ndv = "valutazione-catena-ndv";
    assertThat(reviews.set(entityId, ente.planId(), ente.objective("6"), YEAR, new BigDecimal("90"), " ", -1, ndv))
        .isEqualTo(new Outcome.Refused("Indicare la motivazione: il grado stabilito dal Nucleo la richiede sempre."));
    assertThat(reviews.set(entityId, ente.planId(), ente.objective("6"), YEAR, new BigDecimal("90"),
            "Variazioni non necessarie: risultato sostanzialmente raggiunto", -1, ndv))
        .isEqualTo(Outcome.SAVED);
    assertThat(reviews.setIndicator(entityId, ente.planId(), ente.objective("19"), ente.indicator("19", 1), YEAR,
            new BigDecimal("100"), "Affrancati tutti gli immobili con documentazione completa", -1, ndv))
        .isEqualTo(Outcome.SAVED);
    assertThat(reviews.accept(entityId, ente.planId(), ente.objective("1"), YEAR, -1, ndv)).isEqualTo(Outcome.SAVED);
    // a second write naming the version it read before the first is stale: nothing changes
    assertThat(reviews.accept(entityId, ente.planId(), ente.objective("1"), YEAR, -1, ndv)).isInstanceOf(Outcome.Stale.class);

    var six = measurement.measure(entityId, ente.plan().plan(), ente.objective("6"), YEAR);
    assertThat(six.computed().percentage()).contains(new BigDecimal("83.34"));
    assertThat(six.rollUp().percentage()).contains(new BigDecimal("90.00"));
    var nineteen = measurement.measure(entityId, ente.plan().plan(), ente.objective("19"), YEAR);
    assertThat(nineteen.rollUp().percentage()).contains(new BigDecimal("100.00"));

    // behaviour: EQ 1 all 5 → 100; EQ 2 4,4,3,5,3 → (100 + 100 + 60 + 75 + 45) / 5 = 76; EQ 3 all 3 → 60
    List<Long> eqs = ente.eqs();
    for (int i = 0; i < 3; i++) {
      Map<String, Integer> given = List.of(levels(5, 5, 5, 5, 5), levels(4, 4, 3, 5, 3), levels(3, 3, 3, 3, 3)).get(i);
      assertThat(evaluations.saveBehaviour(entityId, ente.plan(), YEAR, eqs.get(i), given, null, null, ndv)).isEqualTo(Outcome.SAVED);
    }

    YearEvaluation evaluation = evaluations.of(entityId, ente.plan(), YEAR);
    ManagerEvaluation eq1 = evaluation.manager(eqs.get(0)).orElseThrow();
    ManagerEvaluation eq2 = evaluation.manager(eqs.get(1)).orElseThrow();
    ManagerEvaluation eq3 = evaluation.manager(eqs.get(2)).orElseThrow();

    // EQ 1 (service 1): objectives 1–14, default weights 4,40 (1–6, 8), 4,39 (9–14), 42,86 (7). Evaluable: 1 (100),
    // 6 (90, the NdV's), 7 (100): (100 × 4,40 + 90 × 4,40 + 100 × 42,86) / (4,40 + 4,40 + 42,86) = 5122 / 51,66
    // = 99,148… → 99,15; total (99,15 × 70 + 100 × 30) / 100 = 99,405 → 99,41 → band "da 90 a 100" → 100 % of € 2.000
    assertThat(eq1.objectives()).hasSize(14);
    assertThat(eq1.result().results().percentage()).contains(new BigDecimal("99.15"));
    assertThat(eq1.result().totalScore()).contains(new BigDecimal("99.41"));
    assertThat(eq1.result().payPercent()).contains(new BigDecimal("100"));
    assertThat(eq1.result().amount()).contains(new BigDecimal("2000.00"));

    // EQ 2 (service 2): objectives 1–5, 7 (they pay invoices), 15–17; weights 7,15 (1, 2), 7,14 (3–5, 15–17), 42,86 (7).
    // Evaluable: 1 (100), 7 (100), 15 (90): (715 + 4286 + 642,6) / 57,15 = 98,750… → 98,75;
    // total (98,75 × 70 + 76 × 30) / 100 = 91,925 → 91,93 → 100 % of € 2.000
    assertThat(eq2.objectives()).extracting(l -> l.objective().number())
        .containsExactly("1", "2", "3", "4", "5", "7", "15", "16", "17");
    assertThat(eq2.result().results().percentage()).contains(new BigDecimal("98.75"));
    assertThat(eq2.result().totalScore()).contains(new BigDecimal("91.93"));
    assertThat(eq2.result().amount()).contains(new BigDecimal("2000.00"));

    // EQ 3 (service 3): objectives 1–5, 7, 18, 19; weights 8,17 (1, 2), 8,16 (3–5, 18, 19), 42,86 (7). Evaluable: 1 (100),
    // 7 (100), 18 (75), 19 (100, from the NdV's judgement): (817 + 4286 + 612 + 816) / 67,35 = 96,971… → 96,97;
    // total (96,97 × 70 + 60 × 30) / 100 = 85,879 → 85,88 → band "da 80 a meno di 90" → 80 % of € 2.000 = € 1.600
    assertThat(eq3.result().results().percentage()).contains(new BigDecimal("96.97"));
    assertThat(eq3.result().totalScore()).contains(new BigDecimal("85.88"));
    assertThat(eq3.result().band().map(evaluation.smvp().smvp()::label)).contains("da 80 a meno di 90");
    assertThat(eq3.result().amount()).contains(new BigDecimal("1600.00"));

    // 2000 + 2000 + 1600 = 5600 over the budget of 5000: × 5000 / 5600 → 1785,714…, 1785,714…, 1428,571…;
    // truncated 1785,71 + 1785,71 + 1428,57 = 4999,99, the cent left to the largest remainder (a tie: the first)
    assertThat(evaluation.cap().reduced()).isTrue();
    assertThat(evaluation.managers()).extracting(m -> m.payAmount().orElseThrow().toPlainString())
        .containsExactly("1785.72", "1785.71", "1428.57");

    // nothing is published before the validation
    assertThat(publication.resultPay(entityId, ente.planId(), YEAR)).isEmpty();

    // the segretario reports the year; the NdV validates it
    assertThat(lifecycle.report(entityId, ente.planId(), YEAR, "valutazione-catena-segretario"))
        .isInstanceOf(PlanLifecycle.StepOutcome.Done.class);
    assertThat(validation.validate(entityId, ente.plan(), YEAR, "Verbale del Nucleo n. 3", LocalDate.of(2025, 5, 20), null, ndv))
        .isEqualTo(Outcome.SAVED);
    assertThat(plans.summary(entityId, ente.planId()).orElseThrow().state()).isEqualTo(PlanState.VALIDATO);
    assertThat(validation.validate(entityId, ente.plan(), YEAR, "Verbale n. 4", LocalDate.of(2025, 5, 21), null, ndv))
        .isEqualTo(new Outcome.Refused("I risultati del 2024 sono già stati validati."));

    // frozen: no value, no NdV achievement, no weight changes; the results stay the same
    assertThat(sample.record(ente, ente.indicator("18", 1), YEAR, "100%")).isInstanceOf(Actuals.Outcome.Frozen.class);
    assertThat(reviews.set(entityId, ente.planId(), ente.objective("18"), YEAR, new BigDecimal("100"), "ripensamento", -1, ndv))
        .isEqualTo(new Outcome.Refused("I risultati del 2024 sono stati validati dal Nucleo di Valutazione: non si modificano più."));
    Map<String, BigDecimal> weights = new HashMap<>();
    eq3.objectives().forEach(l -> weights.put(l.objective().number(), l.weight()));
    assertThat(evaluations.saveWeights(entityId, ente.plan(), YEAR, eqs.get(2), weights, null, ndv)).isInstanceOf(Outcome.Refused.class);
    // the next year is open
    assertThat(sample.record(ente, ente.indicator("18", 1), 2025, "100%")).isInstanceOf(Actuals.Outcome.Recorded.class);
    assertThat(evaluations.of(entityId, ente.plan(), YEAR).managers()).extracting(m -> m.payAmount().orElseThrow().toPlainString())
        .containsExactly("1785.72", "1785.71", "1428.57");

    // art. 20: 5000 allocated and paid; two people in the top band (3571,43), one in 80–90 (1428,57)
    PayDistribution published = publication.resultPay(entityId, ente.planId(), YEAR).orElseThrow();
    assertThat(published.allocated()).isEqualByComparingTo("5000");
    assertThat(published.paid()).isEqualByComparingTo("5000");
    assertThat(published.bands()).extracting(b -> b.people() + " " + b.amount().toPlainString())
        .containsExactly("0 0.00", "0 0.00", "0 0.00", "1 1428.57", "2 3571.43");
    // scores 99,41, 91,93, 85,88: mean 277,22 / 3 = 92,406… → 92,41
    assertThat(published.averageScore()).isEqualByComparingTo("92.41");
    // paid over allowance: 1428,57 / 2000 = 71,43 %; 1785,72 / 2000 = 89,29 %
    assertThat(published.paidPercents().orElseThrow().lowest()).isEqualByComparingTo("71.43");
    assertThat(published.paidPercents().orElseThrow().highest()).isEqualByComparingTo("89.29");
  }
}
