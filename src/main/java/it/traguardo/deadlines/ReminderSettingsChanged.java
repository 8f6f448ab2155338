package it.traguardo.deadlines;

/** The segretario changed the ente's reminder schedule or texts; before and after as {@link ReminderSettings#describe()}. */
public record ReminderSettingsChanged(long entityId, String before, String after, String by) {}
