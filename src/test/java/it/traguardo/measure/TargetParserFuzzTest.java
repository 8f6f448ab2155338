package it.traguardo.measure;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.math.BigDecimal;

/**
 * Whatever people paste into a plan, reading it never fails, and scoring never fails on a target and actual
 * that were read. Runs its seed inputs with the tests; {@code JAZZER_FUZZ=1} fuzzes for real.
 */
class TargetParserFuzzTest {

  private static final ScoringPolicy[] POLICIES = {
    ScoringPolicy.standard(),
    ScoringPolicy.standard().withDeadlineToleranceDays(10).allowingOverAchievementUpTo(new BigDecimal("120"))
  };

  @FuzzTest(maxDuration = "60s")
  void parsingAndScoringNeverThrow(FuzzedDataProvider data) {
    int year = data.consumeInt(1900, 2200);
    Polarity polarity = data.consumeBoolean() ? null : data.pickValue(Polarity.values());
    ScoringPolicy policy = data.pickValue(POLICIES);
    String indicator = data.consumeString(60);
    String targetText = data.consumeString(200);
    String actualText = data.consumeRemainingAsString();

    Target target = Target.parse(targetText);
    assertThat(target.text()).isEqualTo(targetText);
    target.sentence(year);
    PolarityAssessment assessment = PolarityAssessment.assess(indicator, target, polarity);

    Actual actual;
    try {
      actual = Actual.parse(actualText, target);
    } catch (InvalidActualException expected) {
      assertThat(expected.getMessage()).startsWith("Valore raggiunto");
      return;
    }
    Achievement achievement = policy.score(target, assessment.polarity(), actual, year, NamedDates.empty());
    achievement.percentage().ifPresent(percentage -> assertThat(percentage)
        .isBetween(BigDecimal.ZERO, policy.maximumPercentage()));
  }
}
