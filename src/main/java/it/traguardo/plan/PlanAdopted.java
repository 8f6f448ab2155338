package it.traguardo.plan;

import java.time.LocalDate;

/**
 * A plan was adopted.
 *
 * @param overrideReason why it was adopted despite errors of the plan checks, or null
 */
public record PlanAdopted(long entityId, long planId, String act, LocalDate date, String overrideReason, String by) {}
