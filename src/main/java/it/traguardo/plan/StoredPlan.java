package it.traguardo.plan;

import java.util.List;

/** A stored plan: its lifecycle, its content with ids, and what its import reported. */
public record StoredPlan(PlanSummary summary, Plan plan, List<StoredDiagnostic> importDiagnostics) {

  public StoredPlan {
    importDiagnostics = List.copyOf(importDiagnostics);
  }

  /** A diagnostic of the import, kept with the plan. */
  public record StoredDiagnostic(String severity, Integer line, String message) {}
}
