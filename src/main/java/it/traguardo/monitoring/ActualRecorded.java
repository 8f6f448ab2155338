package it.traguardo.monitoring;

/**
 * An achieved value was entered or changed.
 *
 * @param before the value it replaced, or null
 */
public record ActualRecorded(
    long entityId, long planId, long objectiveId, long indicatorId, String indicatorName, int year, Checkpoint checkpoint,
    String before, String after, String by) {}
