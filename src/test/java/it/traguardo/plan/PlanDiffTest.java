package it.traguardo.plan;

import static org.assertj.core.api.Assertions.assertThat;

import it.traguardo.plan.PlanDiff.Change;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PlanDiffTest {

  private static Indicator indicator(long id, String name, String target) {
    return new Indicator(id, 1, name, Map.of(), target, null, null);
  }

  private static Objective objective(long id, String number, String title, List<Phase> phases, List<Indicator> indicators) {
    return new Objective(
        id, number, ObjectiveKind.SECTORAL, title, "Servizio 1", null, null, phases, List.of(), indicators,
        Characteristics.NONE, null, null);
  }

  private static Plan plan(Objective... objectives) {
    return new Plan(1L, "Comune di Prova", null, "PIAO", 2024, 2026, null, List.of(), List.of(objectives));
  }

  private static final Phase PHASE = new Phase(10L, 1, "Ricognizione", "2024", List.of(2024), "Ufficio", null);

  @Test
  void identicalPlansHaveNoChanges() {
    Plan plan = plan(objective(1, "1", "Digitalizzare", List.of(PHASE), List.of(indicator(5, "N. pratiche", "80%"))));
    assertThat(PlanDiff.between(plan, plan, id -> "?")).isEmpty();
  }

  @Test
  void fieldsChildrenAdditionsRemovalsAndOrderAreNamed() {
    Plan older =
        plan(
            objective(1, "1", "Digitalizzare", List.of(PHASE), List.of(indicator(5, "N. pratiche", "80%"))),
            objective(2, "2", "Archivio", List.of(new Phase(11L, 1, "Scarto", "2024", List.of(2024), null, null)),
                List.of()));
    Objective changed =
        new Objective(
            1L, "1", ObjectiveKind.TRANSVERSAL, "Digitalizzare i servizi", null, null, null,
            List.of(new Phase(10L, 1, "Ricognizione", "2024/25", List.of(2024, 2025), "Ufficio", null)),
            List.of(new BudgetLink("01", "02", null, null, null)),
            List.of(indicator(5, "N. pratiche", "90%"), indicator(6, "Tempo medio", "<= 30 giorni")),
            new Characteristics(Level.ALTO, null, null), null, null, new BigDecimal("42.50"),
            EnumSet.of(Dimension.DIGITALIZZAZIONE), List.of(7L));
    Plan newer =
        plan(
            objective(3, "3", "Nuovo", List.of(), List.of()), changed,
            objective(2, "2", "Archivio", List.of(), List.of()));

    List<Change> changes = PlanDiff.between(older, newer, id -> id == 7L ? "Mario Rossi" : "?");

    assertThat(changes)
        .containsExactly(
            new Change("Obiettivo 3", "Obiettivo aggiunto", null, "3. Nuovo"),
            new Change("Obiettivo 1", "Tipo", "Settoriale", "Trasversale"),
            new Change("Obiettivo 1", "Titolo", "Digitalizzare", "Digitalizzare i servizi"),
            new Change("Obiettivo 1", "Servizio", "Servizio 1", null),
            new Change("Obiettivo 1", "Rischio", null, "Alto"),
            new Change("Obiettivo 1", "Peso", null, "42,5%"),
            new Change("Obiettivo 1", "Dimensioni del PIAO", null, "Digitalizzazione"),
            new Change("Obiettivo 1", "Responsabili", null, "Mario Rossi"),
            new Change("Obiettivo 1", "Collegamento con il bilancio", null, "Missione 01 programma 02"),
            new Change("Obiettivo 1, fase «1. Ricognizione»", "Orizzonte temporale", "2024", "2024/25"),
            new Change("Obiettivo 1, indicatore «N. pratiche»", "Valore atteso", "80%", "90%"),
            new Change("Obiettivo 1", "Indicatore aggiunto", null, "Tempo medio"),
            new Change("Obiettivo 2", "Fase eliminata", "1. Scarto", null));
  }

  @Test
  void reorderingIsOneChange() {
    Objective a = objective(1, "1", "A", List.of(), List.of());
    Objective b = objective(2, "2", "B", List.of(), List.of());
    assertThat(PlanDiff.between(plan(a, b), plan(b, a), id -> "?"))
        .containsExactly(new Change("Piano", "Ordine degli obiettivi", "1, 2", "2, 1"));
  }

  @Test
  void plansWithoutIdsMatchByNumberAndName() {
    Objective a = new Objective(null, "4", ObjectiveKind.SECTORAL, "A", "S", null, null, List.of(), List.of(),
        List.of(new Indicator(null, null, "N. atti", Map.of(), "10", null, null)), Characteristics.NONE, null, null);
    Objective b = new Objective(null, "4", ObjectiveKind.SECTORAL, "A", "S", null, null, List.of(), List.of(),
        List.of(new Indicator(null, null, "N. atti", Map.of(), "12", null, null)), Characteristics.NONE, null, null);
    assertThat(PlanDiff.between(plan(a), plan(b), id -> "?"))
        .containsExactly(new Change("Obiettivo 4, indicatore «N. atti»", "Valore atteso", "10", "12"));
  }
}
