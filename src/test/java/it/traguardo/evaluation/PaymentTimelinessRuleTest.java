package it.traguardo.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class PaymentTimelinessRuleTest {

  private static BigDecimal n(String value) {
    return new BigDecimal(value);
  }

  @Test
  void theLeastWeightIsThirtyOverTheResultsWeightRoundedUpToTheCent() {
    // 30 × 100 / 70 = 42,857… → 42,86 (42,85 would give 29,995 %)
    assertThat(PaymentTimelinessRule.minimumWeight(n("70"))).isEqualByComparingTo("42.86");
    // 30 × 100 / 45 = 66,666… → 66,67
    assertThat(PaymentTimelinessRule.minimumWeight(n("45"))).isEqualByComparingTo("66.67");
    assertThat(PaymentTimelinessRule.minimumWeight(n("75"))).isEqualByComparingTo("40.00");
    assertThat(PaymentTimelinessRule.minimumWeight(n("100"))).isEqualByComparingTo("30.00");
  }

  @Test
  void theShareIsComputedExactly() {
    // 42,86 × 70 / 100 = 30,002; 42,85 × 70 / 100 = 29,995 (rounding it to 30,00 would let it through)
    assertThat(PaymentTimelinessRule.share(n("42.86"), n("70"))).isEqualByComparingTo("30.002");
    assertThat(PaymentTimelinessRule.share(n("42.85"), n("70"))).isEqualByComparingTo("29.995");
  }

  @Test
  void underThirtyPercentIsRefusedCitingTheNorm() {
    assertThat(PaymentTimelinessRule.violation(n("42.86"), n("70"))).isEmpty();
    assertThat(PaymentTimelinessRule.violation(n("30"), n("100"))).isEmpty();
    assertThat(PaymentTimelinessRule.violation(n("42.85"), n("70")))
        .contains(
            "L'obiettivo sulla tempestività dei pagamenti vale il 29,995% della retribuzione di risultato (peso 42,85"
                + " nei risultati × peso dei risultati 70%): per chi è responsabile del pagamento delle fatture"
                + " commerciali l'art. 4-bis c. 2 DL 24 febbraio 2023 n. 13, convertito dalla L. 21 aprile 2023 n. 41"
                + " (circolare RGS-DFP n. 1 del 3 gennaio 2024) chiede almeno il 30%, cioè un peso di almeno 42,86 nei"
                + " risultati.");
  }
}
