package it.traguardo.evaluation;

/**
 * Something of a year's evaluation changed: a review, a validation, weights, behaviour levels, an allowance, the
 * SMVP, an acknowledgement. Published inside the change's transaction, for the audit trail.
 *
 * @param planId the plan concerned, or null (the SMVP belongs to the ente)
 * @param objectiveId the objective concerned, or null
 * @param action what kind of change, as the audit trail lists it ("NDV_GRADO_RIDETERMINATO")
 * @param before the value it replaced, or null
 */
public record EvaluationRecorded(
    long entityId, Long planId, Long objectiveId, String action, String subject, String before, String after, String by) {}
