package it.traguardo.plan;

import java.util.List;

/**
 * The content of a plan changed: in a draft, or inside a variazione.
 *
 * @param objectiveId the objective concerned, or null for the plan as a whole
 * @param changes what changed, field by field, before and after
 */
public record PlanEdited(long entityId, long planId, Long objectiveId, String by, List<PlanDiff.Change> changes) {

  public PlanEdited {
    changes = List.copyOf(changes);
  }
}
