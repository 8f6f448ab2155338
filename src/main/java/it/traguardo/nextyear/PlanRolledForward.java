package it.traguardo.nextyear;

/**
 * The draft of next year's plan was created from a plan.
 *
 * @param planId the new draft
 * @param sourcePlanId the plan it was rolled forward from
 * @param reviewCount how many elements of the draft need review
 */
public record PlanRolledForward(
    long entityId, long planId, long sourcePlanId, String period, String sourcePeriod, int reviewCount, String by) {}
