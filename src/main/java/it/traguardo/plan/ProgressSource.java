package it.traguardo.plan;

/**
 * Where an objective's phase statuses and "stato di attuazione" come from. The monitoring module provides them; the
 * plan pages only ask, so that the plan does not depend on monitoring.
 */
public interface ProgressSource {

  ObjectiveProgress of(long entityId, Objective objective, int year);
}
