package it.traguardo.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The ente's result-pay budget over its EQs' amounts: when they add up to more than the budget, each is reduced in
 * the same proportion (pro-rata), so that together they use the budget exactly and never more.
 */
public final class BudgetCap {

  private BudgetCap() {}

  /**
   * @param amounts the amounts before the cap, in euro to the cent
   * @param reduced whether the budget reduced them
   */
  public record Capped(List<BigDecimal> amounts, BigDecimal requested, boolean reduced) {

    public Capped {
      amounts = List.copyOf(amounts);
    }
  }

  /**
   * Each amount × budget / sum of the amounts, truncated to the cent; the cents still left to reach the budget go one
   * each to the largest truncated remainders (on a tie, to the earlier amount). Unchanged when the sum fits, or when
   * there is no budget.
   */
  public static Capped apply(List<BigDecimal> amounts, BigDecimal budget) {
    BigDecimal requested = amounts.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    if (budget == null || requested.compareTo(budget) <= 0) {
      return new Capped(amounts, requested, false);
    }
    List<BigDecimal> capped = new ArrayList<>();
    List<BigDecimal> remainders = new ArrayList<>();
    BigDecimal assigned = BigDecimal.ZERO;
    for (BigDecimal amount : amounts) {
      BigDecimal exact = amount.multiply(budget).divide(requested, 10, RoundingMode.DOWN);
      BigDecimal cents = exact.setScale(2, RoundingMode.DOWN);
      capped.add(cents);
      remainders.add(exact.subtract(cents));
      assigned = assigned.add(cents);
    }
    int left = budget.subtract(assigned).movePointRight(2).intValueExact();
    List<Integer> order =
        IntStream.range(0, amounts.size()).boxed()
            .sorted(Comparator.comparing((Integer i) -> remainders.get(i)).reversed().thenComparing(i -> i))
            .toList();
    for (int i = 0; i < left; i++) {
      int index = order.get(i);
      capped.set(index, capped.get(index).add(new BigDecimal("0.01")));
    }
    return new Capped(capped, requested, true);
  }
}
