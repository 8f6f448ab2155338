package it.traguardo.quality;

import it.traguardo.plan.Indicator;
import it.traguardo.plan.Objective;
import it.traguardo.plan.ObjectiveKind;
import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Art. 4-bis c. 2 DL 24 febbraio 2023 n. 13, convertito dalla L. 21 aprile 2023 n. 41 (circolare RGS-DFP n. 1/2024):
 * whoever pays commercial invoices has an annual payment-timeliness objective worth at least 30 % of their result
 * pay, read as the objective's weight in the results component times that component's weight in the evaluation.
 */
final class PaymentChecks {

  static final String NORM = "art. 4-bis c. 2 DL 24 febbraio 2023 n. 13, convertito dalla L. 21 aprile 2023 n. 41";

  private static final Pattern PAYMENT_INDICATOR =
      Pattern.compile("tempestivita (?:dei )?pagament|indicatore (?:annuale )?di ritardo|ritardo annuale|tempi (?:medi )?di pagament");

  private static final BigDecimal MINIMUM_SHARE = BigDecimal.valueOf(30);

  private PaymentChecks() {}

  static List<Check> all() {
    return List.of(
        new Rule("PAGAMENTI_OBIETTIVO_MANCANTE", PaymentChecks::noPaymentObjective),
        new Rule("PAGAMENTI_SERVIZIO_SENZA_OBIETTIVO", PaymentChecks::unitWithoutPaymentObjective),
        new Rule("PAGAMENTI_PESO_INSUFFICIENTE", PaymentChecks::paymentShareBelowMinimum));
  }

  static boolean isPaymentIndicator(Indicator indicator) {
    return PAYMENT_INDICATOR.matcher(Text.fold(indicator.name())).find();
  }

  private static boolean isPaymentObjective(Objective objective) {
    return objective.indicators().stream().anyMatch(PaymentChecks::isPaymentIndicator);
  }

  /** When the paying units are unknown (a file), the plan as a whole must have such an objective. */
  private static void noPaymentObjective(PlanUnderCheck under, Findings out) {
    if (!under.unitsPayingInvoices().isEmpty() || under.plan().objectives().stream().anyMatch(PaymentChecks::isPaymentObjective)) {
      return;
    }
    out.inPlan(
        Severity.AVVISO,
        "Il piano non ha un obiettivo sulla tempestività dei pagamenti (indicatore di ritardo annuale): l'" + NORM
            + " lo richiede per i responsabili del pagamento delle fatture commerciali.",
        "Aggiungere un obiettivo annuale con l'indicatore di ritardo annuale dei pagamenti, assegnato ai responsabili"
            + " che pagano fatture.");
  }

  private static void unitWithoutPaymentObjective(PlanUnderCheck under, Findings out) {
    List<Objective> payment = under.plan().objectives().stream().filter(PaymentChecks::isPaymentObjective).toList();
    for (String unit : under.unitsPayingInvoices()) {
      if (payment.stream().noneMatch(o -> covers(o, unit))) {
        out.inPlan(
            Severity.ERRORE,
            "Il responsabile di «" + unit + "» paga fatture commerciali ma nessun obiettivo sulla tempestività dei"
                + " pagamenti gli è assegnato (" + NORM + ").",
            "Assegnare al servizio un obiettivo annuale con l'indicatore di ritardo annuale dei pagamenti.");
      }
    }
  }

  private static void paymentShareBelowMinimum(PlanUnderCheck under, Findings out) {
    for (Weights.ManagerWeights manager : under.weights().ofManagers()) {
      if (under.unitsPayingInvoices().stream().noneMatch(u -> Text.same(u, manager.unit()))) {
        continue;
      }
      BigDecimal objectivesWeight =
          under.plan().objectives().stream()
              .filter(PaymentChecks::isPaymentObjective)
              .map(o -> manager.objectives().getOrDefault(o.number(), BigDecimal.ZERO))
              .reduce(BigDecimal.ZERO, BigDecimal::add);
      // exact, never rounded: with results at 70, a weight of 42.85 gives 29.995 % and falls short
      BigDecimal share = objectivesWeight.multiply(manager.resultsComponent()).movePointLeft(2);
      if (share.compareTo(MINIMUM_SHARE) < 0) {
        out.inPlan(
            Severity.ERRORE,
            "Per il responsabile di «" + manager.unit() + "» l'obiettivo sui tempi di pagamento vale il "
                + share.stripTrailingZeros().toPlainString().replace('.', ',') + "% della valutazione (peso nell'area dei risultati × peso"
                + " dell'area); l'" + NORM + " chiede almeno il 30%.",
            "Aumentare il peso dell'obiettivo sui tempi di pagamento fino ad almeno il 30% della retribuzione di risultato.");
      }
    }
  }

  /**
   * Whether an objective is the unit's: transversal objectives and those assigned to "tutti" are everyone's; a
   * sectoral one belongs to its unit and to the units its assignment names.
   */
  static boolean covers(Objective objective, String unit) {
    String assignment = Text.fold(objective.assignment());
    String folded = Text.fold(unit);
    return objective.kind() == ObjectiveKind.TRANSVERSAL
        || assignment.startsWith("tutt")
        || Text.same(objective.unit(), unit)
        || (!assignment.isEmpty() && folded.contains(assignment));
  }
}
