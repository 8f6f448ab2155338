package it.traguardo.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RollUpTest {

  private static final ScoringPolicy STANDARD = ScoringPolicy.standard();

  private static WeightedScore part(String label, String percentage, String weight) {
    return new WeightedScore(label,
        Optional.ofNullable(percentage).map(BigDecimal::new), new BigDecimal(weight));
  }

  @Test
  void objectiveIsTheEqualWeightMeanOfItsEvaluableIndicators() {
    RollUp objective = RollUp.of(List.of(
        part("Report", "100", "1"),
        part("Pubblicazioni", "50", "1"),
        part("Affrancazioni", null, "1")), STANDARD);

    assertThat(objective.percentage()).contains(new BigDecimal("75.00"));
    assertThat(objective.status()).isEqualTo(AchievementStatus.PARZIALMENTE_RAGGIUNTO);
    assertThat(objective.notEvaluated()).containsExactly("Affrancazioni");
  }

  @Test
  void thePolicyMayCountNotEvaluableAsZero() {
    RollUp objective = RollUp.of(List.of(
        part("Report", "100", "1"),
        part("Affrancazioni", null, "1")), STANDARD.countingNonEvaluableAsZero(true));

    assertThat(objective.percentage()).contains(new BigDecimal("50.00"));
    assertThat(objective.notEvaluated()).containsExactly("Affrancazioni");
  }

  @Test
  void weightsCount() {
    RollUp service = RollUp.of(List.of(
        part("Obiettivo 6", "100", "30"),
        part("Obiettivo 7", "0", "10"),
        part("Obiettivo 8", "40", "0")), STANDARD);

    assertThat(service.percentage()).contains(new BigDecimal("75.00"));
  }

  @Test
  void rollsUpAchievementsAndRollUps() {
    Target target = Target.parse("1000");
    Achievement eighty = STANDARD.score(target, Polarity.HIGHER_IS_BETTER, Actual.parse("800", target), 2024,
        NamedDates.empty());
    RollUp objective = RollUp.of(List.of(WeightedScore.equalWeight("N. mandati", eighty)), STANDARD);

    RollUp ente = RollUp.of(List.of(WeightedScore.of("Obiettivo 6", objective, BigDecimal.ONE),
        WeightedScore.of("Obiettivo 7", new RollUp(Optional.of(new BigDecimal("100.00")),
            AchievementStatus.RAGGIUNTO, List.of()), BigDecimal.ONE)), STANDARD);

    assertThat(ente.percentage()).contains(new BigDecimal("90.00"));
  }

  @Test
  void nothingEvaluableIsNotEvaluable() {
    RollUp objective = RollUp.of(List.of(part("Affrancazioni", null, "1")), STANDARD);

    assertThat(objective.percentage()).isEmpty();
    assertThat(objective.status()).isEqualTo(AchievementStatus.NON_VALUTABILE);
  }

  @Test
  void reportsWhyWeightsAreInvalid() {
    assertThat(RollUp.weightProblems(List.of(part("A", "10", "-1"), part("B", "10", "0"))))
        .containsExactly("Peso negativo per «A»: i pesi devono essere 0 o più",
            "Almeno un peso deve essere maggiore di 0");
    assertThat(RollUp.weightProblems(List.of())).containsExactly("Nessun elemento da pesare");
    assertThatThrownBy(() -> RollUp.of(List.of(part("A", "10", "0")), STANDARD))
        .isInstanceOf(InvalidWeightsException.class)
        .hasMessageContaining("maggiore di 0");
  }
}
