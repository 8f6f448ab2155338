package it.traguardo.plan;

import java.util.List;
import java.util.Set;

/** What the segretario writes in the plan editing forms, before it is checked and stored. */
public final class PlanDrafts {

  private PlanDrafts() {}

  /**
   * An objective sheet's own fields; the unit and managers are picked among the ente's, the budget links among the
   * catalogue's programmes ("01.02"). The weight is written by a person: "42,5" and "42.5" both read.
   */
  public record ObjectiveDraft(
      String number,
      ObjectiveKind kind,
      String title,
      Long unitId,
      String description,
      String assignment,
      Level risk,
      Level strategicDegree,
      Level publicValueImpact,
      String weight,
      Set<Dimension> dimensions,
      List<Long> managerIds,
      List<String> budgetCodes) {

    public ObjectiveDraft {
      dimensions = dimensions == null ? Set.of() : Set.copyOf(dimensions);
      managerIds = managerIds == null ? List.of() : List.copyOf(managerIds);
      budgetCodes = budgetCodes == null ? List.of() : List.copyOf(budgetCodes);
    }
  }

  /** A phase; the horizon, when left empty, is written from the years ("2024/25"). */
  public record PhaseDraft(String number, String description, String horizon, List<Integer> years, String assignee) {

    public PhaseDraft {
      years = years == null ? List.of() : List.copyOf(years);
    }
  }

  /** An indicator; the phase is the number of one of the objective's phases, or empty. */
  public record IndicatorDraft(String name, String phase, String target, String weight) {}
}
