package it.traguardo.quality;

import static it.traguardo.quality.PlanBuilder.objective;
import static it.traguardo.quality.PlanBuilder.plan;
import static org.assertj.core.api.Assertions.assertThat;

import it.traguardo.catalog.BudgetCatalog;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A plan written as the checks want it gets notes at most: nothing to fix before adoption. */
class CleanPlanTest {

  @Test
  void aCleanPlanHasNoErrorsAndNoWarnings() {
    var plan = plan()
        .premise("Lo schema del PIAO approvato dal DM 132/2022 prevede un obiettivo specifico finalizzato al risparmio energetico.")
        .contents(null, "Premessa metodologica", "2")
        .contents("1", "Semplificazione e digitalizzazione dei procedimenti", "3")
        .contents("2", "Piena accessibilità", "4")
        .contents("3", "Pari opportunità", "5")
        .contents("4", "Efficientamento energetico degli immobili", "6")
        .contents("5", "Rispetto dei tempi di pagamento delle fatture", "7")
        .with(
            objective("1", "Semplificazione e digitalizzazione dei procedimenti"),
            objective("2", "Piena accessibilità fisica e digitale"),
            objective("3", "Pari opportunità ed equilibrio di genere"),
            objective("4", "Efficientamento energetico degli immobili"),
            objective("5", "Rispetto dei tempi di pagamento delle fatture")
                .sectoral("Servizio 1 – Finanziario - Amministrativo")
                .description("Art. 4-bis del DL 24 febbraio 2023, n. 13, convertito dalla legge 21 aprile 2023, n. 41.")
                .indicator(1, "Indicatore annuale di ritardo dei pagamenti (L. 145/2018)", "≤ 0"));
    var under = new PlanUnderCheck(plan.build(), List.of("Servizio 1 – Finanziario - Amministrativo"), Weights.NONE, Tags.NONE);

    List<Finding> findings = new PlanChecker(BudgetCatalog.standard()).check(under);

    assertThat(findings).allMatch(f -> f.severity() == Severity.INFO, "only notes");
    assertThat(findings).extracting(Finding::rule).containsExactly("MISURABILITA_SCHEDA_INDICATORE_INCOMPLETA");
    assertThat(PlanChecker.blocksAdoption(findings)).isFalse();
  }

  @Test
  void anErrorBlocksAdoption() {
    var findings = new PlanChecker(BudgetCatalog.standard()).check(plan().with(objective("1", "A").noIndicators()).under());
    assertThat(PlanChecker.blocksAdoption(findings)).isTrue();
  }
}
