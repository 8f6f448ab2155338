package it.traguardo.deadlines;

import it.traguardo.plan.Characteristics;
import it.traguardo.plan.Indicator;
import it.traguardo.plan.Objective;
import it.traguardo.plan.ObjectiveKind;
import it.traguardo.plan.Phase;
import it.traguardo.plan.Plan;
import java.util.List;
import java.util.Map;

/**
 * A plan 2024-2026 small enough to count its items by hand. With {@code ids} every element carries an id (objective
 * n has id n, its phases n1, n2, its indicators n01, n02); without, it can be stored.
 *
 * <ul>
 *   <li>1, transversal "Trasparenza": indicator "Pubblicazioni"; phase 1 in 2024, phase 2 in 2025 only
 *   <li>2, Servizio Finanziario "Bilancio": indicators "Variazioni di bilancio", "Mandati"; phase 1 in 2024-2026
 *   <li>3, Servizio Tecnico "Manutenzioni": indicator "Interventi"; phase 1 in 2024
 *   <li>4, Servizio Tecnico "Cantiere scuola": indicator "Avanzamento lavori"; no phases (a manager may be named)
 * </ul>
 */
final class SmallPlan {

  static final String FINANCE = "Servizio Finanziario";
  static final String TECHNICAL = "Servizio Tecnico";

  private SmallPlan() {}

  static Plan build(boolean ids) {
    return new Plan(
        ids ? 100L : null, "Comune di Prova", null, "PIAO 2024-2026", 2024, 2026, null, List.of(),
        List.of(
            objective(ids, 1, ObjectiveKind.TRANSVERSAL, "Trasparenza", null,
                List.of(phase(ids, 11, 1, List.of(2024)), phase(ids, 12, 2, List.of(2025))),
                List.of(indicator(ids, 101, "Pubblicazioni"))),
            objective(ids, 2, ObjectiveKind.SECTORAL, "Bilancio", FINANCE,
                List.of(phase(ids, 21, 1, List.of(2024, 2025, 2026))),
                List.of(indicator(ids, 201, "Variazioni di bilancio"), indicator(ids, 202, "Mandati"))),
            objective(ids, 3, ObjectiveKind.SECTORAL, "Manutenzioni", TECHNICAL,
                List.of(phase(ids, 31, 1, List.of(2024))), List.of(indicator(ids, 301, "Interventi"))),
            objective(ids, 4, ObjectiveKind.SECTORAL, "Cantiere scuola", TECHNICAL, List.of(),
                List.of(indicator(ids, 401, "Avanzamento lavori")))));
  }

  private static Objective objective(
      boolean ids, long id, ObjectiveKind kind, String title, String unit, List<Phase> phases, List<Indicator> indicators) {
    return new Objective(
        ids ? id : null, Long.toString(id), kind, title, unit, null, kind == ObjectiveKind.TRANSVERSAL ? "Tutti" : unit,
        phases, List.of(), indicators, Characteristics.NONE, null, null);
  }

  private static Phase phase(boolean ids, long id, int number, List<Integer> years) {
    return new Phase(ids ? id : null, number, "Fase " + number, null, years, null, null);
  }

  private static Indicator indicator(boolean ids, long id, String name) {
    return new Indicator(ids ? id : null, null, name, Map.of(), "SI", null, null);
  }
}
