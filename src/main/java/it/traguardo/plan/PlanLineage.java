package it.traguardo.plan;

import java.util.List;
import java.util.Optional;

/**
 * The history that links a plan to the others of its ente: the plan it was rolled forward from, and the plans rolled
 * forward from it.
 */
public record PlanLineage(Optional<PlanSummary> source, List<PlanSummary> successors) {

  public PlanLineage {
    successors = List.copyOf(successors);
  }

  public boolean isEmpty() {
    return source.isEmpty() && successors.isEmpty();
  }

  /** The linked plans a reader may open: drafts only for the ente's members. */
  public PlanLineage visibleTo(boolean member) {
    return new PlanLineage(
        source.filter(plan -> member || plan.state().isPublic()),
        successors.stream().filter(plan -> member || plan.state().isPublic()).toList());
  }
}
