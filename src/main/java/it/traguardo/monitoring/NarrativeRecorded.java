package it.traguardo.monitoring;

/**
 * An objective's "stato di attuazione" for a year and checkpoint was written, changed or cleared.
 *
 * @param before the text it replaced, or null
 * @param after the new text, or null when cleared
 */
public record NarrativeRecorded(
    long entityId, long planId, long objectiveId, int year, Checkpoint checkpoint, String before, String after, String by) {}
