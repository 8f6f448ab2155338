package it.traguardo.nextyear;

/**
 * An element of a stored draft that needs review.
 *
 * @param objectiveId the draft's objective it concerns, or null for the plan as a whole
 * @param objectiveNumber that objective's number when the draft was created, or null
 */
public record StoredReviewItem(
    ReviewReason reason, Long objectiveId, String objectiveNumber, String subject, String message) {}
