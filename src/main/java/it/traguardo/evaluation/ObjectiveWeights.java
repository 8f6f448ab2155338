package it.traguardo.evaluation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
   * The weights an evaluation starts from: equal, to the cent, the first objectives taking the cents left over. For a
   * payment-responsible manager the payment-timeliness objectives together take the larger of their equal share and
   * the least weight the 30 % rule allows ({@link PaymentTimelinessRule#minimumWeight}), and the others share the
   * rest.
   */
  public static Map<String, BigDecimal> defaults(
      List<String> objectives, Set<String> paymentObjectives, BigDecimal resultsWeight) {
    Map<String, BigDecimal> weights = new LinkedHashMap<>();
    if (objectives.isEmpty()) {
      return weights;
    }
    List<String> payment = objectives.stream().filter(paymentObjectives::contains).toList();
    List<String> others = objectives.stream().filter(o -> !paymentObjectives.contains(o)).toList();
    long total = 10_000;
    long paymentCents = 0;
    if (!payment.isEmpty()) {
      long equalShare = total * payment.size() / objectives.size();
      long minimum = PaymentTimelinessRule.minimumWeight(resultsWeight).movePointRight(2).longValueExact();
      paymentCents = others.isEmpty() ? total : Math.max(equalShare, minimum);
    }
    Map<String, BigDecimal> split = new LinkedHashMap<>();
    split(payment, paymentCents, split);
    split(others, total - paymentCents, split);
    objectives.forEach(number -> weights.put(number, split.get(number)));
    return weights;
  }

  private static void split(List<String> numbers, long cents, Map<String, BigDecimal> into) {
    if (numbers.isEmpty()) {
      return;
    }
    long base = cents / numbers.size();
    long rest = cents % numbers.size();
    for (int i = 0; i < numbers.size(); i++) {
      into.put(numbers.get(i), BigDecimal.valueOf(base + (i < rest ? 1 : 0), 2));
    }
  }
}
