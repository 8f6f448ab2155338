package it.traguardo.importer;

import it.traguardo.plan.Plan;
import java.util.List;
import java.util.Optional;

/**
 * What an import produced: the plan, unless an error made it unusable, and every diagnostic in line order.
 * An import with errors yields no plan at all, so that nothing half-read is ever stored.
 */
public record ImportResult(Plan planOrNull, List<Diagnostic> diagnostics) {

  public ImportResult {
    diagnostics = List.copyOf(diagnostics);
  }

  public boolean hasErrors() {
    return diagnostics.stream().anyMatch(d -> d.severity() == Diagnostic.Severity.ERROR);
  }

  public Optional<Plan> plan() {
    return Optional.ofNullable(planOrNull);
  }
}
