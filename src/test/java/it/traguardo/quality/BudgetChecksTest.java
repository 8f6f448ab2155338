package it.traguardo.quality;

import static it.traguardo.quality.PlanBuilder.objective;
import static it.traguardo.quality.PlanBuilder.plan;
import static org.assertj.core.api.Assertions.assertThat;

import it.traguardo.plan.BudgetLink;
import org.junit.jupiter.api.Test;

class BudgetChecksTest {

  @Test
  void missionOutsideTheCatalogue() {
    var plan = plan().with(objective("1", "A").budget(new BudgetLink("42", "01", null, null, 7)));
    assertThat(Checks.run("BILANCIO_MISSIONE_INESISTENTE", plan)).singleElement().satisfies(f -> assertThat(f.line()).isEqualTo(7));
    assertThat(Checks.run("BILANCIO_PROGRAMMA_INESISTENTE", plan)).isEmpty();
  }

  @Test
  void programmeNotOfItsMission() {
    var plan = plan().with(objective("1", "A").budget(new BudgetLink("11", "08", null, null, null)));
    assertThat(Checks.run("BILANCIO_PROGRAMMA_INESISTENTE", plan)).singleElement().satisfies(f -> assertThat(f.message()).contains("missione 11"));
    assertThat(Checks.run("BILANCIO_PROGRAMMA_INESISTENTE", plan().with(objective("1", "A")))).isEmpty();
  }

  @Test
  void namesDifferingOnlyInCaseOrPunctuationAreFine() {
    var same = plan().with(objective("1", "A").budget(new BudgetLink("01", "06", "SERVIZI ISTITUZIONALI GENERALI E DI GESTIONE", "Ufficio Tecnico", null)));
    assertThat(Checks.run("BILANCIO_NOME_DIVERSO", same)).isEmpty();
    var different = plan().with(objective("1", "A").budget(new BudgetLink("01", "06", "Servizi generali", "Lavori pubblici", null)));
    assertThat(Checks.run("BILANCIO_NOME_DIVERSO", different)).hasSize(2).allMatch(f -> f.severity() == Severity.INFO);
  }
}
