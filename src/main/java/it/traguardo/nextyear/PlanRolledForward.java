package it.traguardo.nextyear;

import java.util.Map;

/**
 * The draft of next year's plan was created from a plan. Published inside the creation's transaction, so that the
 * modules keeping something per objective or indicator (the payment-timeliness mark, the binding to the invoice
 * register) carry it to the draft in the same change.
 *
 * @param planId the new draft
 * @param sourcePlanId the plan it was rolled forward from
 * @param reviewCount how many elements of the draft need review
 * @param objectives each objective of the source plan's id to the id of the draft's objective rolled from it
 * @param indicators each indicator of the source plan's id to the id of the draft's indicator rolled from it
 */
public record PlanRolledForward(
    long entityId, long planId, long sourcePlanId, String period, String sourcePeriod, int reviewCount, String by,
    Map<Long, Long> objectives, Map<Long, Long> indicators) {

  public PlanRolledForward {
    objectives = Map.copyOf(objectives);
    indicators = Map.copyOf(indicators);
  }
}
