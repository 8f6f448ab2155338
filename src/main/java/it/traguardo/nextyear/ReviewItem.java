package it.traguardo.nextyear;

/**
 * One element of a rolled-forward draft that needs review.
 *
 * @param objectiveIndex the position of the objective in the draft (0 first), or null for the plan as a whole
 * @param objectiveNumber the objective's number as written, or null
 * @param subject what the item is about, in Italian ("Fase 2", "Indicatore «N. mandati»")
 * @param message why, and what to do, in Italian
 */
public record ReviewItem(
    Integer objectiveIndex, String objectiveNumber, ReviewReason reason, String subject, String message) {}
