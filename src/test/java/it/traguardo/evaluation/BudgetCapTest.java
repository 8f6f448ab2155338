package it.traguardo.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class BudgetCapTest {

  private static List<BigDecimal> amounts(String... values) {
    return java.util.Arrays.stream(values).map(BigDecimal::new).toList();
  }

  @Test
  void amountsWithinTheBudgetStayAsTheyAre() {
    BudgetCap.Capped capped = BudgetCap.apply(amounts("2400.00", "1259.96"), new BigDecimal("6000"));
    assertThat(capped.reduced()).isFalse();
    assertThat(capped.amounts()).containsExactlyElementsOf(amounts("2400.00", "1259.96"));
    assertThat(BudgetCap.apply(amounts("2400.00"), null).reduced()).isFalse();
  }

  @Test
  void overTheBudgetEachIsReducedProRataAndTogetherTheyUseItExactly() {
    // requested 2400 + 1469,96 + 3000 = 6869,96 over a budget of 6000: each × 6000 / 6869,96
    //   2400    → 2096,0820…  → 2096,08 (remainder 0,0020…)
    //   1469,96 → 1283,8153…  → 1283,81 (remainder 0,0053…, the largest: takes the cent left)
    //   3000    → 2620,1025…  → 2620,10 (remainder 0,0025…)
    // truncated they make 5999,99: the one cent left goes to the largest remainder
    BudgetCap.Capped capped = BudgetCap.apply(amounts("2400.00", "1469.96", "3000.00"), new BigDecimal("6000"));
    assertThat(capped.reduced()).isTrue();
    assertThat(capped.requested()).isEqualByComparingTo("6869.96");
    assertThat(capped.amounts()).extracting(BigDecimal::toPlainString).containsExactly("2096.08", "1283.82", "2620.10");
    assertThat(capped.amounts().stream().reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("6000");
  }

  @Test
  void equalAmountsOverTheBudgetShareTheLeftoverCentsInOrder() {
    // 3 × 1000 over 1000,00: 333,333… each → 333,33 × 3 = 999,99, the cent left to the first
    BudgetCap.Capped capped = BudgetCap.apply(amounts("1000", "1000", "1000"), new BigDecimal("1000.00"));
    assertThat(capped.amounts()).extracting(BigDecimal::toPlainString).containsExactly("333.34", "333.33", "333.33");
  }

  @Test
  void aZeroBudgetPaysNothing() {
    assertThat(BudgetCap.apply(amounts("10.00", "0.00"), BigDecimal.ZERO).amounts())
        .extracting(BigDecimal::toPlainString).containsExactly("0.00", "0.00");
  }
}
