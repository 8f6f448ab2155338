package it.traguardo.measure;

import static it.traguardo.measure.AchievementStatus.NON_RAGGIUNTO;
import static it.traguardo.measure.AchievementStatus.NON_VALUTABILE;
import static it.traguardo.measure.AchievementStatus.PARZIALMENTE_RAGGIUNTO;
import static it.traguardo.measure.AchievementStatus.RAGGIUNTO;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Hand-checked cases of the default SMVP, rule by rule (docs/smvp-default.md). */
class ScoringPolicyTest {

  private static final int YEAR = 2024;
  private static final ScoringPolicy STANDARD = ScoringPolicy.standard();

  private static Achievement score(ScoringPolicy policy, String target, Polarity polarity, String actual) {
    Target parsed = Target.parse(target);
    return policy.score(parsed, polarity, Actual.parse(actual, parsed), YEAR, NamedDates.empty());
  }

  private static Achievement score(String target, Polarity polarity, String actual) {
    return score(STANDARD, target, polarity, actual);
  }

  @ParameterizedTest(name = "{0} {1} raggiunto {2} → {3}")
  @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
      SI          | HIGHER_IS_BETTER | SI  | 100.00 | RAGGIUNTO
      SI          | HIGHER_IS_BETTER | NO  | 0.00   | NON_RAGGIUNTO
      NO          | HIGHER_IS_BETTER | NO  | 100.00 | RAGGIUNTO
      Tutti       | HIGHER_IS_BETTER | Tutti | 100.00 | RAGGIUNTO
      Tutti       | HIGHER_IS_BETTER | 95% | 0.00   | NON_RAGGIUNTO
      Tutti       | HIGHER_IS_BETTER | 100% | 100.00 | RAGGIUNTO
      < 5         | LOWER_IS_BETTER  | 4   | 100.00 | RAGGIUNTO
      < 5         | LOWER_IS_BETTER  | 5   | 0.00   | NON_RAGGIUNTO
      < 0         | LOWER_IS_BETTER  | -2  | 100.00 | RAGGIUNTO
      < 0         | LOWER_IS_BETTER  | 0   | 0.00   | NON_RAGGIUNTO
      < 0         | LOWER_IS_BETTER  | 12  | 0.00   | NON_RAGGIUNTO
      > 95%       | HIGHER_IS_BETTER | 96% | 100.00 | RAGGIUNTO
      > 95%       | HIGHER_IS_BETTER | 95% | 0.00   | NON_RAGGIUNTO
      Almeno 80%  | HIGHER_IS_BETTER | 80  | 100.00 | RAGGIUNTO
      Almeno 80%  | HIGHER_IS_BETTER | 79,99 | 0.00 | NON_RAGGIUNTO
      Max – 5 anni | LOWER_IS_BETTER | 5   | 100.00 | RAGGIUNTO
      Max – 5 anni | LOWER_IS_BETTER | 6   | 0.00   | NON_RAGGIUNTO
      = 12        | EXACT            | 12  | 100.00 | RAGGIUNTO
      1000        | HIGHER_IS_BETTER | 800 | 80.00  | PARZIALMENTE_RAGGIUNTO
      1000        | HIGHER_IS_BETTER | 1.200 | 100.00 | RAGGIUNTO
      1000        | HIGHER_IS_BETTER | 499 | 49.90  | NON_RAGGIUNTO
      1000        | HIGHER_IS_BETTER | 500 | 50.00  | PARZIALMENTE_RAGGIUNTO
      1000        | HIGHER_IS_BETTER | -50 | 0.00   | NON_RAGGIUNTO
      90%         | HIGHER_IS_BETTER | 60% | 66.67  | PARZIALMENTE_RAGGIUNTO
      3           | HIGHER_IS_BETTER | 1   | 33.33  | NON_RAGGIUNTO
      2/annuo     | HIGHER_IS_BETTER | 1   | 50.00  | PARZIALMENTE_RAGGIUNTO
      0           | HIGHER_IS_BETTER | 0   | 100.00 | RAGGIUNTO
      0           | HIGHER_IS_BETTER | 3   | 100.00 | RAGGIUNTO
      0           | HIGHER_IS_BETTER | -1  | 0.00   | NON_RAGGIUNTO
      - 5         | HIGHER_IS_BETTER | -7  | 0.00   | NON_RAGGIUNTO
      - 5         | HIGHER_IS_BETTER | -5  | 100.00 | RAGGIUNTO
      10          | LOWER_IS_BETTER  | 8   | 100.00 | RAGGIUNTO
      10          | LOWER_IS_BETTER  | 10  | 100.00 | RAGGIUNTO
      10          | LOWER_IS_BETTER  | 12  | 80.00  | PARZIALMENTE_RAGGIUNTO
      10          | LOWER_IS_BETTER  | 15  | 50.00  | PARZIALMENTE_RAGGIUNTO
      10          | LOWER_IS_BETTER  | 20  | 0.00   | NON_RAGGIUNTO
      10          | LOWER_IS_BETTER  | 35  | 0.00   | NON_RAGGIUNTO
      0           | LOWER_IS_BETTER  | 0   | 100.00 | RAGGIUNTO
      0           | LOWER_IS_BETTER  | 1   | 0.00   | NON_RAGGIUNTO
      0%          | LOWER_IS_BETTER  | 0,5% | 0.00  | NON_RAGGIUNTO
      - 5         | LOWER_IS_BETTER  | -4  | 0.00   | NON_RAGGIUNTO
      - 5         | LOWER_IS_BETTER  | -9  | 100.00 | RAGGIUNTO
      12          | EXACT            | 12  | 100.00 | RAGGIUNTO
      12          | EXACT            | 11  | 0.00   | NON_RAGGIUNTO
      Entro 31.10 | HIGHER_IS_BETTER | 31/10/2024 | 100.00 | RAGGIUNTO
      Entro 31.10 | HIGHER_IS_BETTER | 01/11/2024 | 0.00   | NON_RAGGIUNTO
      Entro il 31.12 anno precedente | HIGHER_IS_BETTER | 2023-12-20 | 100.00 | RAGGIUNTO
      Entro il 31.12 anno precedente | HIGHER_IS_BETTER | 2024-01-10 | 0.00 | NON_RAGGIUNTO
      Realizzazione entro 31.12.2024-2025-2026 | HIGHER_IS_BETTER | 30/12/2024 | 100.00 | RAGGIUNTO
      """)
  void scoresByTheDefaultRules(String target, Polarity polarity, String actual, String percentage,
      AchievementStatus status) {
    Achievement achievement = score(target, polarity, actual);

    assertThat(achievement.percentage()).hasValueSatisfying(
        value -> assertThat(value).isEqualTo(new BigDecimal(percentage)));
    assertThat(achievement.status()).isEqualTo(status);
    assertThat(achievement.explanation()).isNotBlank();
  }

  /** The bug this guards against: every target ≤ 0 scoring 100% whatever was achieved. */
  @Test
  void targetsOfZeroOrLessDoNotScoreEverything() {
    assertThat(score("< 0", Polarity.LOWER_IS_BETTER, "30").percentage()).contains(new BigDecimal("0.00"));
    assertThat(score("0", Polarity.LOWER_IS_BETTER, "30").percentage()).contains(new BigDecimal("0.00"));
    assertThat(score("0%", Polarity.LOWER_IS_BETTER, "10%").percentage()).contains(new BigDecimal("0.00"));
    assertThat(score("- 5", Polarity.LOWER_IS_BETTER, "0").percentage()).contains(new BigDecimal("0.00"));
    assertThat(score("- 5", Polarity.HIGHER_IS_BETTER, "-10").percentage()).contains(new BigDecimal("0.00"));
  }

  @Test
  void whatCannotBeScoredIsNotEvaluable() {
    Target qualitative = Target.parse("Tutti quelli possibili in relazione alla documentazione");
    Achievement judged = STANDARD.score(qualitative, Polarity.HIGHER_IS_BETTER,
        Actual.parse("12 immobili", qualitative), YEAR, NamedDates.empty());
    Achievement missing = score("100%", Polarity.HIGHER_IS_BETTER, "");
    Achievement noDate = score("Entro la scadenza fiscale", Polarity.HIGHER_IS_BETTER, "20/04/2025");
    Achievement notThisYear = score(STANDARD, "Realizzazione entro 31.12.2025-2026",
        Polarity.HIGHER_IS_BETTER, "20/04/2024");
    Achievement wrongType = STANDARD.score(Target.parse("SI"), Polarity.HIGHER_IS_BETTER,
        new Actual.Amount(BigDecimal.TEN), YEAR, NamedDates.empty());

    for (Achievement achievement : List.of(judged, missing, noDate, notThisYear, wrongType)) {
      assertThat(achievement.status()).isEqualTo(NON_VALUTABILE);
      assertThat(achievement.percentage()).isEmpty();
      assertThat(achievement.isEvaluable()).isFalse();
    }
    assertThat(judged.explanation()).contains("Nucleo di Valutazione");
    assertThat(noDate.explanation()).contains("calendario");
  }

  @Test
  void namedDeadlinesUseTheEntesCalendar() {
    Target fiscal = Target.parse("Entro la scadenza fiscale");
    NamedDates calendar = NamedDates.empty().with(YEAR, "scadenza fiscale", LocalDate.of(2025, 4, 30));

    Achievement onTime = STANDARD.score(fiscal, Polarity.HIGHER_IS_BETTER,
        Actual.parse("20/04/2025", fiscal), YEAR, calendar);
    Achievement late = STANDARD.score(fiscal, Polarity.HIGHER_IS_BETTER,
        Actual.parse("2025-05-02", fiscal), YEAR, calendar);

    assertThat(onTime.status()).isEqualTo(RAGGIUNTO);
    assertThat(late.status()).isEqualTo(NON_RAGGIUNTO);
  }

  @Test
  void deadlineToleranceDecaysLinearly() {
    ScoringPolicy tolerant = STANDARD.withDeadlineToleranceDays(10);

    assertThat(score(tolerant, "Entro 31.10", null, "31/10/2024").percentage()).contains(new BigDecimal("100.00"));
    assertThat(score(tolerant, "Entro 31.10", null, "03/11/2024").percentage()).contains(new BigDecimal("70.00"));
    assertThat(score(tolerant, "Entro 31.10", null, "10/11/2024").percentage()).contains(new BigDecimal("0.00"));
    assertThat(score(tolerant, "Entro 31.10", null, "31/12/2024").percentage()).contains(new BigDecimal("0.00"));
  }

  @Test
  void overAchievementOnlyWhenThePolicyAllowsItAndUpToItsCap() {
    ScoringPolicy generous = STANDARD.allowingOverAchievementUpTo(new BigDecimal("120"));

    assertThat(score("1000", Polarity.HIGHER_IS_BETTER, "1100").percentage()).contains(new BigDecimal("100.00"));
    assertThat(score(generous, "1000", Polarity.HIGHER_IS_BETTER, "1100").percentage())
        .contains(new BigDecimal("110.00"));
    assertThat(score(generous, "1000", Polarity.HIGHER_IS_BETTER, "5000").percentage())
        .contains(new BigDecimal("120.00"));
    assertThat(score(generous, "10", Polarity.LOWER_IS_BETTER, "1").percentage())
        .contains(new BigDecimal("100.00"));
    assertThatThrownBy(() -> STANDARD.allowingOverAchievementUpTo(new BigDecimal("90")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void thresholdsAndBandsAreTheEntesChoice() {
    ScoringPolicy strict =
        STANDARD.withThresholds(new StatusThresholds(new BigDecimal("95"), new BigDecimal("70")));
    assertThat(score(strict, "100", Polarity.HIGHER_IS_BETTER, "96").status()).isEqualTo(RAGGIUNTO);
    assertThat(score(strict, "100", Polarity.HIGHER_IS_BETTER, "60").status()).isEqualTo(NON_RAGGIUNTO);

    BandTable bands = new BandTable(List.of(
        new BandTable.Band(new BigDecimal("50"), new BigDecimal("50")),
        new BandTable.Band(new BigDecimal("75"), new BigDecimal("75")),
        new BandTable.Band(new BigDecimal("90"), new BigDecimal("100"))));
    ScoringPolicy banded = STANDARD.withBands(bands);
    assertThat(score(banded, "100", Polarity.HIGHER_IS_BETTER, "49").percentage())
        .contains(new BigDecimal("0.00"));
    assertThat(score(banded, "100", Polarity.HIGHER_IS_BETTER, "60").percentage())
        .contains(new BigDecimal("50.00"));
    assertThat(score(banded, "100", Polarity.HIGHER_IS_BETTER, "80").percentage())
        .contains(new BigDecimal("75.00"));
    assertThat(score(banded, "100", Polarity.HIGHER_IS_BETTER, "91").status()).isEqualTo(RAGGIUNTO);
    assertThatThrownBy(() -> new BandTable(List.of(bands.bands().get(1), bands.bands().get(0))))
        .hasMessageContaining("crescenti");
  }

  @Test
  void theEvaluatorsOverrideWinsAndTheComputedValueStaysVisible() {
    Achievement computed = score("1000", Polarity.HIGHER_IS_BETTER, "400");

    Achievement overridden = STANDARD.override(computed,
        new EvaluatorOverride(new BigDecimal("80"), "Fusione dei servizi a metà anno"));

    assertThat(overridden.percentage()).contains(new BigDecimal("80.00"));
    assertThat(overridden.computed()).contains(new BigDecimal("40.00"));
    assertThat(overridden.status()).isEqualTo(PARZIALMENTE_RAGGIUNTO);
    assertThat(overridden.override()).hasValueSatisfying(
        override -> assertThat(override.reason()).isEqualTo("Fusione dei servizi a metà anno"));
    assertThatThrownBy(() -> new EvaluatorOverride(new BigDecimal("80"), " "))
        .hasMessageContaining("motivazione");
    assertThatThrownBy(() -> STANDARD.override(computed, new EvaluatorOverride(new BigDecimal("101"), "x")))
        .hasMessageContaining("100");
  }

  @Test
  void theEvaluatorCanJudgeQualitativeTargets() {
    Target qualitative = Target.parse("Tutti quelli possibili");
    Achievement notEvaluable = STANDARD.score(qualitative, Polarity.HIGHER_IS_BETTER, Actual.missing(), YEAR,
        NamedDates.empty());

    Achievement judged = STANDARD.override(notEvaluable, new EvaluatorOverride(BigDecimal.valueOf(100), "Ok"));

    assertThat(judged.status()).isEqualTo(RAGGIUNTO);
    assertThat(judged.computed()).isEmpty();
  }
}
