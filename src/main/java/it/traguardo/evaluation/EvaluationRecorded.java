package it.traguardo.evaluation;

/**
 * Something of a year's evaluation changed: a review, a validation, weights, behaviour levels, an allowance, the
 * SMVP, an acknowledgement. Published inside the change's transaction, for the audit trail.
 *
 * @param planId the plan concerned, or null (the SMVP belongs to the ente)
 * @param objectiveId the objective concerned, or null
 * @param year the year evaluated, or null (a change that holds for every year of the plan)
 * @param action what kind of change, as the audit trail lists it ("NDV_GRADO_RIDETERMINATO")
 * @param before the value it replaced, or null
 */
public record EvaluationRecorded(
    long entityId, Long planId, Long objectiveId, Integer year, String action, String subject, String before, String after, String by) {}
