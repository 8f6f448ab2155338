package it.traguardo.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * The weights of a manager's objectives within the results component, in percent, by objective number: checked
 * before they are saved, and the default the evaluation starts from.
 */
public final class ObjectiveWeights {

  /** How far from 100 the sum of the weights may be. */
  public static final BigDecimal TOLERANCE = new BigDecimal("0.01");

  private ObjectiveWeights() {}

  /**
   * Everything wrong with {@code weights}, in Italian; empty when they can be saved.
   *
   * @param objectives the manager's objective numbers
   * @param paymentObjectives the payment-timeliness objectives whose share the 30 % rule checks: those of a
   *     payment-responsible manager, empty for anyone else
   */
  public static List<String> problems(
      Map<String, BigDecimal> weights, List<String> objectives, Set<String> paymentObjectives, BigDecimal resultsWeight) {
    List<String> problems = new ArrayList<>();
    weights.keySet().stream()
        .filter(number -> !objectives.contains(number))
        .forEach(number -> problems.add("L'obiettivo «" + number + "» non è tra quelli assegnati al responsabile"));
    BigDecimal sum = BigDecimal.ZERO;
    boolean complete = true;
    for (String number : objectives) {
      BigDecimal weight = weights.get(number);
      if (weight == null) {
        problems.add("Manca il peso dell'obiettivo " + number);
        complete = false;
      } else if (weight.signum() < 0 || weight.compareTo(Smvp.HUNDRED) > 0 || weight.stripTrailingZeros().scale() > 2) {
        problems.add(
            "Peso dell'obiettivo " + number + ": atteso un numero da 0 a 100 con al più due decimali, trovato "
                + Numbers.italian(weight));
        complete = false;
      } else {
        sum = sum.add(weight);
      }
    }
    if (complete && sum.subtract(Smvp.HUNDRED).abs().compareTo(TOLERANCE) > 0) {
      problems.add("I pesi degli obiettivi sommano a " + Numbers.italian(sum) + ": devono sommare a 100 (tolleranza 0,01)");
    }
    if (!paymentObjectives.isEmpty() && paymentObjectives.stream().allMatch(p -> valid(weights.get(p)))) {
      BigDecimal payment = paymentObjectives.stream().map(weights::get).reduce(BigDecimal.ZERO, BigDecimal::add);
      PaymentTimelinessRule.violation(payment, resultsWeight).ifPresent(problems::add);
    }
    return problems;
  }

  private static boolean valid(BigDecimal weight) {
    return weight != null && weight.signum() >= 0 && weight.compareTo(Smvp.HUNDRED) <= 0;
  }

  /**
   * The weights an evaluation starts from, to the cent and summing to 100: proportional to the plan's weights of the
   * objectives when the plan weighs every one of them, else equal; the cents left over by rounding go to the largest
   * remainders, on a tie to the earlier objective. For a payment-responsible manager the payment-timeliness
   * objectives together take the larger of their proportional share and the least weight the 30 % rule allows
   * ({@link PaymentTimelinessRule#minimumWeight}), and the others share the rest in the same proportions.
   *
   * @param planWeights the plan's weights by objective number; those of objectives it does not weigh are absent
   */
  public static Map<String, BigDecimal> defaults(
      List<String> objectives, Map<String, BigDecimal> planWeights, Set<String> paymentObjectives, BigDecimal resultsWeight) {
    Map<String, BigDecimal> weights = new LinkedHashMap<>();
    if (objectives.isEmpty()) {
      return weights;
    }
    boolean weighted = objectives.stream().allMatch(o -> planWeights.get(o) != null && planWeights.get(o).signum() > 0);
    Map<String, BigDecimal> base = new LinkedHashMap<>();
    objectives.forEach(o -> base.put(o, weighted ? planWeights.get(o) : BigDecimal.ONE));
    List<String> payment = objectives.stream().filter(paymentObjectives::contains).toList();
    List<String> others = objectives.stream().filter(o -> !paymentObjectives.contains(o)).toList();
    long total = 10_000;
    long paymentCents = 0;
    if (!payment.isEmpty()) {
      BigDecimal all = sum(base, objectives);
      long proportional =
          sum(base, payment).multiply(BigDecimal.valueOf(total)).divide(all, 0, RoundingMode.DOWN).longValueExact();
      long minimum = PaymentTimelinessRule.minimumWeight(resultsWeight).movePointRight(2).longValueExact();
      paymentCents = others.isEmpty() ? total : Math.max(proportional, minimum);
    }
    Map<String, BigDecimal> split = new LinkedHashMap<>();
    split(payment, base, paymentCents, split);
    split(others, base, total - paymentCents, split);
    objectives.forEach(number -> weights.put(number, split.get(number)));
    return weights;
  }

  private static BigDecimal sum(Map<String, BigDecimal> base, List<String> numbers) {
    return numbers.stream().map(base::get).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /** {@code cents} shared among {@code numbers} in proportion to {@code base}, leftover cents to the largest remainders. */
  private static void split(List<String> numbers, Map<String, BigDecimal> base, long cents, Map<String, BigDecimal> into) {
    if (numbers.isEmpty()) {
      return;
    }
    BigDecimal all = sum(base, numbers);
    List<BigDecimal> remainders = new ArrayList<>();
    long assigned = 0;
    for (String number : numbers) {
      BigDecimal exact = base.get(number).multiply(BigDecimal.valueOf(cents)).divide(all, 10, RoundingMode.DOWN);
      long whole = exact.setScale(0, RoundingMode.DOWN).longValueExact();
      into.put(number, BigDecimal.valueOf(whole, 2));
      remainders.add(exact.subtract(BigDecimal.valueOf(whole)));
      assigned += whole;
    }
    List<Integer> order =
        IntStream.range(0, numbers.size()).boxed()
            .sorted(Comparator.comparing((Integer i) -> remainders.get(i)).reversed().thenComparing(i -> i))
            .toList();
    for (int i = 0; i < cents - assigned; i++) {
      String number = numbers.get(order.get(i));
      into.put(number, into.get(number).add(new BigDecimal("0.01")));
    }
  }
}
