package it.traguardo.quality;

import static it.traguardo.quality.PlanBuilder.objective;
import static it.traguardo.quality.PlanBuilder.plan;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PaymentChecksTest {

  private static final String S1 = "Servizio 1 – Finanziario - Amministrativo";
  private static final String S2 = "Servizio 2 – Edilizia Privata, Urbanistica, Sue";

  private static PlanBuilder withPaymentObjective(String assignment) {
    return plan().with(
        objective("7", "Rispetto dei tempi di pagamento").sectoral(S1).assignment(assignment)
            .indicator(1, "Indicatore annuale di ritardo elaborato dalla PCC", "≤ 0"),
        objective("8", "Edilizia").sectoral(S2).assignment("Edilizia, Urbanistica, Sue"));
  }

  @Test
  void aFileWithoutAnyPaymentObjectiveIsWarned() {
    assertThat(Checks.run("PAGAMENTI_OBIETTIVO_MANCANTE", plan().with(objective("1", "A"))))
        .singleElement()
        .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.AVVISO));
    assertThat(Checks.run("PAGAMENTI_OBIETTIVO_MANCANTE", withPaymentObjective("Finanziario - Amministrativo"))).isEmpty();
    var itp = plan().with(objective("1", "A").indicator(1, "Indicatore di tempestività dei pagamenti", "≤ 0"));
    assertThat(Checks.run("PAGAMENTI_OBIETTIVO_MANCANTE", itp)).isEmpty();
  }

  @Test
  void everyUnitPayingInvoicesNeedsItsOwnPaymentObjective() {
    var plan = withPaymentObjective("Finanziario - Amministrativo").build();
    var under = new PlanUnderCheck(plan, List.of(S1, S2), Weights.NONE, Tags.NONE);
    assertThat(Checks.run("PAGAMENTI_SERVIZIO_SENZA_OBIETTIVO", under))
        .singleElement()
        .satisfies(f -> {
          assertThat(f.severity()).isEqualTo(Severity.ERRORE);
          assertThat(f.message()).contains(S2);
        });
    var toAll = new PlanUnderCheck(withPaymentObjective("TUTTI GLI UFFICI").build(), List.of(S1, S2), Weights.NONE, Tags.NONE);
    assertThat(Checks.run("PAGAMENTI_SERVIZIO_SENZA_OBIETTIVO", toAll)).isEmpty();
    assertThat(Checks.run("PAGAMENTI_OBIETTIVO_MANCANTE", toAll)).isEmpty();
  }

  @Test
  void thePaymentObjectiveCarriesAtLeastThirtyPercentOfResultPay() {
    Weights weights = new Weights() {
      @Override
      public List<ManagerWeights> ofManagers() {
        return List.of(
            // 40 % of a results component worth 70 % = 28 %: too little
            new ManagerWeights(S1, BigDecimal.valueOf(70), Map.of("7", BigDecimal.valueOf(40), "8", BigDecimal.valueOf(60))),
            // 50 % of 70 % = 35 %
            new ManagerWeights(S2, BigDecimal.valueOf(70), Map.of("7", BigDecimal.valueOf(50), "8", BigDecimal.valueOf(50))));
      }
    };
    var under = new PlanUnderCheck(withPaymentObjective("TUTTI GLI UFFICI").build(), List.of(S1, S2), weights, Tags.NONE);
    assertThat(Checks.run("PAGAMENTI_PESO_INSUFFICIENTE", under))
        .singleElement()
        .satisfies(f -> {
          assertThat(f.severity()).isEqualTo(Severity.ERRORE);
          assertThat(f.message()).contains(S1, "28%", "almeno il 30%");
        });
    var justShort =
        new PlanUnderCheck(
            withPaymentObjective("TUTTI GLI UFFICI").build(), List.of(S1), paymentWeight("42.85", "57.15"), Tags.NONE);
    assertThat(Checks.run("PAGAMENTI_PESO_INSUFFICIENTE", justShort))
        .singleElement()
        .satisfies(f -> assertThat(f.message()).contains("29,995%"));
    var justEnough =
        new PlanUnderCheck(
            withPaymentObjective("TUTTI GLI UFFICI").build(), List.of(S1), paymentWeight("42.86", "57.14"), Tags.NONE);
    assertThat(Checks.run("PAGAMENTI_PESO_INSUFFICIENTE", justEnough)).isEmpty();
    var nobodyPays = new PlanUnderCheck(withPaymentObjective("TUTTI GLI UFFICI").build(), List.of(), weights, Tags.NONE);
    assertThat(Checks.run("PAGAMENTI_PESO_INSUFFICIENTE", nobodyPays)).isEmpty();
  }

  /** Servizio 1 with results at 70 and these weights of objectives 7 (payments) and 8. */
  private static Weights paymentWeight(String payments, String other) {
    return new Weights() {
      @Override
      public List<ManagerWeights> ofManagers() {
        return List.of(new ManagerWeights(S1, BigDecimal.valueOf(70), Map.of("7", new BigDecimal(payments), "8", new BigDecimal(other))));
      }
    };
  }
}
