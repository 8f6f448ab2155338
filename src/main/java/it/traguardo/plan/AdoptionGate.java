package it.traguardo.plan;

import java.util.List;

/**
 * What must be looked at before a plan is adopted. The plan module asks; the plan checks answer (they depend on
 * the plan, not the other way round). Without an implementation nothing blocks adoption.
 */
public interface AdoptionGate {

  /** The problems that block adopting this plan unless the segretario records a reason, in Italian. */
  List<Blocker> blockers(long entityId, Plan plan);

  /**
   * @param objective the objective number the problem concerns, or null
   * @param message what is wrong
   */
  record Blocker(String objective, String message) {}
}
