package it.traguardo.quality;

import it.traguardo.plan.BudgetLink;
import it.traguardo.plan.Characteristics;
import it.traguardo.plan.ContentsEntry;
import it.traguardo.plan.Indicator;
import it.traguardo.plan.Level;
import it.traguardo.plan.Objective;
import it.traguardo.plan.ObjectiveKind;
import it.traguardo.plan.Phase;
import it.traguardo.plan.Plan;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Small plans for the checks' tests. Every objective starts correct (assigned, one phase measured by one indicator
 * with a percentage target, a valid budget link, all characteristics); a test changes only what it is about.
 */
final class PlanBuilder {

  private String premise;
  private final List<ContentsEntry> contents = new ArrayList<>();
  private final List<Objective> objectives = new ArrayList<>();

  static PlanBuilder plan() {
    return new PlanBuilder();
  }

  static Sheet objective(String number, String title) {
    return new Sheet(number, title);
  }

  PlanBuilder premise(String text) {
    premise = text;
    return this;
  }

  PlanBuilder contents(String number, String title, String page) {
    contents.add(new ContentsEntry(number, title, page, contents.size() + 10));
    return this;
  }

  PlanBuilder with(Sheet... sheets) {
    for (Sheet sheet : sheets) {
      objectives.add(sheet.build());
    }
    return this;
  }

  Plan build() {
    return new Plan(null, "Comune di Prova", null, "PIAO 2024-2026", 2024, 2026, premise, contents, objectives);
  }

  PlanUnderCheck under() {
    return PlanUnderCheck.of(build());
  }

  /** One objective sheet. */
  static final class Sheet {
    private final String number;
    private final String title;
    private ObjectiveKind kind = ObjectiveKind.TRANSVERSAL;
    private String unit;
    private String description;
    private String assignment = "Tutti";
    private List<Phase> phases;
    private List<Indicator> indicators;
    private List<BudgetLink> budgetLinks =
        List.of(new BudgetLink("01", "02", "Servizi istituzionali, generali e di gestione", "Segreteria generale", null));
    private Characteristics characteristics = new Characteristics(Level.MEDIO, Level.MEDIO, Level.MEDIO);

    private Sheet(String number, String title) {
      this.number = number;
      this.title = title;
    }

    Sheet sectoral(String unitName) {
      kind = ObjectiveKind.SECTORAL;
      unit = unitName;
      return this;
    }

    Sheet description(String text) {
      description = text;
      return this;
    }

    Sheet assignment(String text) {
      assignment = text;
      return this;
    }

    Sheet phase(int n, String horizon, Integer... years) {
      if (phases == null) {
        phases = new ArrayList<>();
      }
      phases.add(new Phase(null, n, "Fase " + n, horizon, List.of(years), null, 100 + n));
      return this;
    }

    Sheet phaseText(int n, String text) {
      if (phases == null) {
        phases = new ArrayList<>();
      }
      phases.add(new Phase(null, n, text, "2024-2026", List.of(2024, 2025, 2026), null, 100 + n));
      return this;
    }

    Sheet indicator(Integer phase, String name, String target) {
      if (indicators == null) {
        indicators = new ArrayList<>();
      }
      indicators.add(new Indicator(null, phase, name, Map.of(), target, null, 200 + indicators.size()));
      return this;
    }

    Sheet noIndicators() {
      indicators = new ArrayList<>();
      return this;
    }

    Sheet budget(BudgetLink... links) {
      budgetLinks = List.of(links);
      return this;
    }

    Sheet characteristics(Characteristics c) {
      characteristics = c;
      return this;
    }

    Objective build() {
      List<Phase> p = phases != null ? phases : List.of(new Phase(null, 1, "Attività", "2024-2026", List.of(2024, 2025, 2026), null, 101));
      List<Indicator> i = indicators != null ? indicators : List.of(new Indicator(null, 1, "Pratiche concluse nei termini", Map.of(), "100%", null, 200));
      return new Objective(null, number, kind, title, unit, description, assignment, p, budgetLinks, i, characteristics, null, 1);
    }
  }
}
