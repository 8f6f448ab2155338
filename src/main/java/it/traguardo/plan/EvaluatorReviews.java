package it.traguardo.plan;

/**
 * The Nucleo di Valutazione's own percentages for a plan's indicators and objectives in a year. The evaluation module
 * provides them; the plan only asks, so that it does not depend on evaluation. Without an implementation the
 * computed percentages count.
 */
public interface EvaluatorReviews {

  PlanScoring.Reviews of(long entityId, long planId, int year);
}
