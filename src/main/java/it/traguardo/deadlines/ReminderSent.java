package it.traguardo.deadlines;

/**
 * The segretario sent a reminder to a person (the automatic ones are in the reminder log only).
 *
 * @param deadline as in {@link Deadline#label()}
 * @param outcome as in {@link ReminderOutcome#label()}
 */
public record ReminderSent(
    long entityId, long planId, String personName, String deadline, int items, String outcome, String by) {}
