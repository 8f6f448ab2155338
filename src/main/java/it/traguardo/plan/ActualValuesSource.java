package it.traguardo.plan;

/**
 * Where a stored plan's achieved values come from. The monitoring module provides them; the plan pages only ask,
 * so that the plan does not depend on monitoring.
 */
public interface ActualValuesSource {

  PlanScoring.ActualValues of(long entityId, Plan plan);
}
