package it.traguardo.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import it.traguardo.evaluation.IndividualEvaluation.ObjectiveResult;
import it.traguardo.evaluation.IndividualEvaluation.Result;
import it.traguardo.evaluation.IndividualEvaluation.Subject;
import it.traguardo.measure.AchievementStatus;
import it.traguardo.measure.ScoringPolicy;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The chain achievements → results → total → band → euro, each step computed by hand in the comments. */
class IndividualEvaluationTest {

  private static final Smvp SMVP = Smvp.standard();
  private static final ScoringPolicy POLICY = ScoringPolicy.standard();
  private static final Map<String, BigDecimal> WEIGHTS =
      Map.of("1", new BigDecimal("28.57"), "6", new BigDecimal("28.57"), "7", new BigDecimal("42.86"));
  /** Levels 4, 4, 3, 5, 3 on the five default criteria weighing 25, 25, 20, 15, 15. */
  private static final Map<String, Integer> GOOD_BEHAVIOUR = behaviour(4, 4, 3, 5, 3);

  private static Map<String, Integer> behaviour(int... levels) {
    java.util.HashMap<String, Integer> given = new java.util.HashMap<>();
    for (int i = 0; i < levels.length; i++) {
      given.put(SMVP.criteria().get(i).name(), levels[i]);
    }
    return given;
  }

  private static ObjectiveResult objective(String number, String achievement, boolean payment) {
    Optional<BigDecimal> value = Optional.ofNullable(achievement).map(BigDecimal::new);
    AchievementStatus status = value.map(POLICY.thresholds()::statusOf).orElse(AchievementStatus.NON_VALUTABILE);
    return new ObjectiveResult(number, "Obiettivo " + number, value, status, payment);
  }

  private static Result evaluate(String paymentAchievement, Map<String, Integer> behaviour, String allowance) {
    return IndividualEvaluation.evaluate(
        SMVP, POLICY,
        new Subject(
            true,
            List.of(objective("1", "100.00", false), objective("6", "55.56", false), objective("7", paymentAchievement, true)),
            WEIGHTS, behaviour, allowance == null ? null : new BigDecimal(allowance)));
  }

  @Test
  void fromAchievementsToEuro() {
    Result result = evaluate("100.00", GOOD_BEHAVIOUR, "3000");
    // results: (100 × 28,57 + 55,56 × 28,57 + 100 × 42,86) / 100 = (2857 + 1587,3492 + 4286) / 100 = 87,303492 → 87,30
    assertThat(result.results().percentage()).contains(new BigDecimal("87.30"));
    // behaviour: (25 × 4 + 25 × 4 + 20 × 3 + 15 × 5 + 15 × 3) / 5 = (100 + 100 + 60 + 75 + 45) / 5 = 380 / 5 = 76,00
    assertThat(result.behaviourScore()).contains(new BigDecimal("76.00"));
    // total: (87,30 × 70 + 76,00 × 30) / 100 = (6111 + 2280) / 100 = 83,91
    assertThat(result.totalScore()).contains(new BigDecimal("83.91"));
    // band "da 80 a meno di 90" → 80 % of € 3.000 = € 2.400,00; objective 7 reached, nothing taken away
    assertThat(result.band().map(SMVP::label)).contains("da 80 a meno di 90");
    assertThat(result.payPercent()).contains(new BigDecimal("80"));
    assertThat(result.paymentShare()).isEqualByComparingTo("30.002");
    assertThat(result.missedPaymentObjectives()).isEmpty();
    assertThat(result.amount()).contains(new BigDecimal("2400.00"));
    assertThat(result.pending()).isEmpty();
  }

  @Test
  void aMissedPaymentObjectiveTakesItsShareOfThePayAway() {
    Result result = evaluate("0.00", behaviour(5, 5, 5, 5, 5), "3000");
    // results: (100 × 28,57 + 55,56 × 28,57 + 0 × 42,86) / 100 = 44,443492 → 44,44
    assertThat(result.results().percentage()).contains(new BigDecimal("44.44"));
    // behaviour: every criterion at the top level → 100,00; total (44,44 × 70 + 100 × 30) / 100 = 61,108 → 61,11
    assertThat(result.totalScore()).contains(new BigDecimal("61.11"));
    assertThat(result.payPercent()).contains(new BigDecimal("60"));
    // objective 7 carries 42,86 × 70 / 100 = 30,002 % of the pay, not paid:
    // 3000 × 60 / 100 × (100 − 30,002) / 100 = 1800 × 0,69998 = 1259,964 → € 1.259,96
    assertThat(result.missedPaymentObjectives()).containsExactly("7");
    assertThat(result.amount()).contains(new BigDecimal("1259.96"));
  }

  @Test
  void aPartiallyReachedPaymentObjectiveIsNotReached() {
    Result result = evaluate("80.00", behaviour(5, 5, 5, 5, 5), "1000");
    // results: (2857 + 1587,3492 + 80 × 42,86) / 100 = (4444,3492 + 3428,8) / 100 = 78,731492 → 78,73
    // total: (78,73 × 70 + 100 × 30) / 100 = 85,111 → 85,11 → 80 %; 1000 × 80 / 100 × 69,998 / 100 = 559,984 → 559,98
    assertThat(result.totalScore()).contains(new BigDecimal("85.11"));
    assertThat(result.amount()).contains(new BigDecimal("559.98"));
  }

  @Test
  void whatIsMissingLeavesTheFiguresThatNeedItEmptyAndSaysWhy() {
    Result noBehaviour = evaluate("100.00", behaviour(4, 4), "3000");
    assertThat(noBehaviour.results().percentage()).contains(new BigDecimal("87.30"));
    assertThat(noBehaviour.behaviourScore()).isEmpty();
    assertThat(noBehaviour.totalScore()).isEmpty();
    assertThat(noBehaviour.band()).isEmpty();
    assertThat(noBehaviour.amount()).isEmpty();
    assertThat(noBehaviour.pending())
        .containsExactly(
            "Comportamenti non ancora valutati: Orientamento all'utenza e qualità del servizio, Innovazione e soluzione"
                + " dei problemi, Valutazione dei collaboratori");

    Result noPaymentValue = evaluate(null, GOOD_BEHAVIOUR, null);
    // objective 7 not evaluable: results (2857 + 1587,3492) / 57,14 = 77,78 with it listed apart
    assertThat(noPaymentValue.results().percentage()).contains(new BigDecimal("77.78"));
    assertThat(noPaymentValue.results().notEvaluated()).containsExactly("Obiettivo 7");
    assertThat(noPaymentValue.totalScore()).isPresent();
    assertThat(noPaymentValue.amount()).isEmpty();
    assertThat(noPaymentValue.pending())
        .containsExactly(
            "Obiettivo 7 sulla tempestività dei pagamenti non ancora valutabile",
            "Retribuzione di risultato massima non indicata");
  }

  @Test
  void weightsThatBreakTheThirtyPercentRuleNeverPay() {
    Result result =
        IndividualEvaluation.evaluate(
            SMVP, POLICY,
            new Subject(
                true, List.of(objective("6", "100.00", false), objective("7", "100.00", true)),
                Map.of("6", new BigDecimal("60"), "7", new BigDecimal("40")), GOOD_BEHAVIOUR, new BigDecimal("3000")));
    assertThat(result.totalScore()).isPresent();
    assertThat(result.amount()).isEmpty();
    assertThat(result.pending()).singleElement().asString().startsWith("L'obiettivo sulla tempestività dei pagamenti vale il 28%");
  }

  @Test
  void aManagerWhoPaysInvoicesWithoutAPaymentObjectiveIsNotPaid() {
    Result result =
        IndividualEvaluation.evaluate(
            SMVP, POLICY,
            new Subject(true, List.of(objective("6", "100.00", false)), Map.of("6", new BigDecimal("100")), GOOD_BEHAVIOUR,
                new BigDecimal("3000")));
    assertThat(result.amount()).isEmpty();
    assertThat(result.pending()).singleElement().asString().startsWith("Nessun obiettivo sulla tempestività dei pagamenti");
  }

  @Test
  void aManagerWhoDoesNotPayInvoicesIsNotBoundByThePaymentObjective() {
    Result result =
        IndividualEvaluation.evaluate(
            SMVP, POLICY,
            new Subject(
                false, List.of(objective("6", "100.00", false), objective("7", "0.00", true)),
                Map.of("6", new BigDecimal("90"), "7", new BigDecimal("10")), behaviour(5, 5, 5, 5, 5), new BigDecimal("2000")));
    // results (100 × 90 + 0 × 10) / 100 = 90; total (90 × 70 + 100 × 30) / 100 = 93 → 100 % of € 2.000, nothing taken away
    assertThat(result.totalScore()).contains(new BigDecimal("93.00"));
    assertThat(result.paymentShare()).isEqualByComparingTo("0");
    assertThat(result.amount()).contains(new BigDecimal("2000.00"));
  }
}
