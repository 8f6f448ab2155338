package it.traguardo.documents;

import it.traguardo.catalog.BudgetCatalog;
import it.traguardo.plan.BudgetLink;
import it.traguardo.plan.Characteristics;
import it.traguardo.plan.Indicator;
import it.traguardo.plan.Level;
import it.traguardo.plan.Objective;
import it.traguardo.plan.ObjectiveKind;
import it.traguardo.plan.Phase;
import it.traguardo.plan.Plan;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The plan as four flat tables — objectives, phases, indicators, budget links — with the column names documented in
 * {@code docs/formats/}. The spreadsheet and the open-data CSV both write these, so they never disagree. Numbers are
 * {@link Integer}s, absent values null, everything else text as written.
 */
final class PlanTables {

  /** One dataset: its file name without extension, its sheet title, its columns and its rows. */
  record DataTable(String name, String title, List<String> columns, List<List<Object>> rows) {}

  private PlanTables() {}

  static List<DataTable> of(Plan plan, BudgetCatalog catalog) {
    List<List<Object>> objectives = new ArrayList<>();
    List<List<Object>> phases = new ArrayList<>();
    List<List<Object>> indicators = new ArrayList<>();
    List<List<Object>> links = new ArrayList<>();
    for (Objective o : plan.objectives()) {
      Object number = number(o.number());
      Characteristics c = o.characteristics();
      objectives.add(
          row(
              plan.entityName(), plan.firstYear(), plan.lastYear(), number,
              o.kind() == ObjectiveKind.TRANSVERSAL ? "trasversale" : "settoriale", o.unit(), o.title(), o.description(),
              o.assignment(), level(c.risk()), level(c.strategicDegree()), level(c.publicValueImpact()), o.narrative()));
      for (Phase p : o.phases()) {
        phases.add(
            row(
                number, p.number(), p.description(), p.horizon(),
                p.years().stream().map(String::valueOf).collect(Collectors.joining(";")),
                p.years().isEmpty() ? null : p.years().get(0),
                p.years().isEmpty() ? null : p.years().get(p.years().size() - 1), p.assignee()));
      }
      int position = 0;
      for (Indicator i : o.indicators()) {
        indicators.add(row(number, ++position, i.phase(), i.name(), otherColumns(i), i.target(), i.achieved()));
      }
      for (BudgetLink b : o.budgetLinks()) {
        links.add(
            row(
                number, b.mission(), b.programme(),
                catalog.mission(b.mission()).map(BudgetCatalog.Mission::name).orElse(null),
                catalog.programme(b.mission(), b.programme()).map(BudgetCatalog.Programme::name).orElse(null),
                b.missionText(), b.programmeText()));
      }
    }
    return List.of(
        new DataTable(
            "obiettivi", "Obiettivi",
            List.of(
                "ente", "primo_anno", "ultimo_anno", "numero", "tipo", "servizio", "titolo", "descrizione",
                "assegnazione", "rischio", "grado_strategicita", "impatto_valore_pubblico", "stato_attuazione"),
            objectives),
        new DataTable(
            "fasi", "Fasi",
            List.of("obiettivo", "numero", "descrizione", "orizzonte", "anni", "primo_anno", "ultimo_anno", "assegnatario"),
            phases),
        new DataTable(
            "indicatori", "Indicatori",
            List.of("obiettivo", "posizione", "fase", "nome", "altre_colonne", "valore_atteso", "raggiunto"),
            indicators),
        new DataTable(
            "collegamenti-bilancio", "Collegamenti bilancio",
            List.of(
                "obiettivo", "missione", "programma", "missione_nome", "programma_nome", "missione_testo",
                "programma_testo"),
            links));
  }

  /** "Azione: Realizzazione entro … / Costo", columns separated by " | ". */
  private static String otherColumns(Indicator indicator) {
    if (indicator.extra().isEmpty()) {
      return null;
    }
    return indicator.extra().entrySet().stream()
        .map((Map.Entry<String, List<String>> e) -> e.getKey() + ": " + String.join(" / ", e.getValue()))
        .collect(Collectors.joining(" | "));
  }

  /** Objective numbers are written as text in plans; those that are plain numbers become numbers. */
  private static Object number(String written) {
    return written != null && written.matches("\\d{1,9}") ? Integer.valueOf(written) : written;
  }

  private static String level(Level level) {
    return level == null ? null : level.name();
  }

  private static List<Object> row(Object... values) {
    return Arrays.asList(values);
  }
}
