package it.traguardo.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class PayDistributionTest {

  private static PayDistribution.Paid paid(String score, String amount, String allowance) {
    return new PayDistribution.Paid(new BigDecimal(score), new BigDecimal(amount), new BigDecimal(allowance));
  }

  @Test
  void totalsBandsAndDifferentiation() {
    Smvp smvp = Smvp.standard().withBudget(new BigDecimal("9000"));
    PayDistribution figures =
        PayDistribution.of(
                smvp, List.of(paid("83.91", "2400.00", "3000"), paid("61.11", "1259.96", "3000"), paid("93.00", "3000.00", "3000")))
            .orElseThrow();
    assertThat(figures.allocated()).isEqualByComparingTo("9000");
    // 2400 + 1259,96 + 3000
    assertThat(figures.paid()).isEqualByComparingTo("6659.96");
    assertThat(figures.evaluated()).isEqualTo(3);
    assertThat(figures.bands())
        .extracting(b -> b.label() + " | " + b.payPercent().toPlainString() + " | " + b.people() + " | " + b.share().toPlainString() + " | " + b.amount().toPlainString())
        .containsExactly(
            "da 0 a meno di 60 | 0 | 0 | 0.00 | 0.00",
            "da 60 a meno di 70 | 60 | 1 | 33.33 | 1259.96",
            "da 70 a meno di 80 | 70 | 0 | 0.00 | 0.00",
            "da 80 a meno di 90 | 80 | 1 | 33.33 | 2400.00",
            "da 90 a 100 | 100 | 1 | 33.33 | 3000.00");
    // (83,91 + 61,11 + 93,00) / 3 = 238,02 / 3 = 79,34
    assertThat(figures.lowestScore()).isEqualByComparingTo("61.11");
    assertThat(figures.highestScore()).isEqualByComparingTo("93.00");
    assertThat(figures.averageScore()).isEqualByComparingTo("79.34");
    // 1259,96 / 3000 = 42,00 %; 3000 / 3000 = 100 %
    assertThat(figures.paidPercents().orElseThrow().lowest()).isEqualByComparingTo("42.00");
    assertThat(figures.paidPercents().orElseThrow().highest()).isEqualByComparingTo("100.00");
  }

  @Test
  void withoutABudgetTheAllowancesAreWhatWasAllocated() {
    PayDistribution figures = PayDistribution.of(Smvp.standard(), List.of(paid("83.91", "2400.00", "3000"), paid("61.11", "1259.96", "2500"))).orElseThrow();
    assertThat(figures.allocated()).isEqualByComparingTo("5500");
    assertThat(PayDistribution.of(Smvp.standard(), List.of())).isEmpty();
  }
}
