package it.traguardo.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * Art. 4-bis c. 2 DL 24 febbraio 2023 n. 13, convertito dalla L. 21 aprile 2023 n. 41 (circolare RGS-DFP n. 1 del 3
 * gennaio 2024): whoever is responsible for paying commercial invoices has a payment-timeliness objective worth at
 * least 30 % of their result pay. Traguardo reads the share as the objective's weight within the results component
 * times that component's weight in the total, computed exactly: with results at 70, a weight of 42,86 gives 30,002 %
 * and passes, 42,85 gives 29,995 % and is refused.
 */
public final class PaymentTimelinessRule {

  /** The norm as every message cites it. */
  public static final String NORM =
      "art. 4-bis c. 2 DL 24 febbraio 2023 n. 13, convertito dalla L. 21 aprile 2023 n. 41 (circolare RGS-DFP n. 1 del"
          + " 3 gennaio 2024)";

  /** The least share of the result pay, in percent. */
  public static final BigDecimal MINIMUM_SHARE = new BigDecimal("30");

  private PaymentTimelinessRule() {}

  /** The share of the result pay an objective carries: weight within results × results weight / 100, exact. */
  public static BigDecimal share(BigDecimal weightWithinResults, BigDecimal resultsWeight) {
    return weightWithinResults.multiply(resultsWeight).divide(Smvp.HUNDRED);
  }

  /** The least weight within results, to the cent, that reaches the minimum share: 42,86 when results weigh 70. */
  public static BigDecimal minimumWeight(BigDecimal resultsWeight) {
    return MINIMUM_SHARE.multiply(Smvp.HUNDRED).divide(resultsWeight, 2, RoundingMode.CEILING);
  }

  /** Why this weight breaks the rule, in Italian, citing the norm; empty when it does not. */
  public static Optional<String> violation(BigDecimal weightWithinResults, BigDecimal resultsWeight) {
    BigDecimal share = share(weightWithinResults, resultsWeight);
    if (share.compareTo(MINIMUM_SHARE) >= 0) {
      return Optional.empty();
    }
    return Optional.of(
        "L'obiettivo sulla tempestività dei pagamenti vale il " + Numbers.italian(share)
            + "% della retribuzione di risultato (peso " + Numbers.italian(weightWithinResults) + " nei risultati × peso"
            + " dei risultati " + Numbers.italian(resultsWeight) + "%): per chi è responsabile del pagamento delle"
            + " fatture commerciali l'" + NORM + " chiede almeno il 30%, cioè un peso di almeno "
            + Numbers.italian(minimumWeight(resultsWeight)) + " nei risultati.");
  }
}
