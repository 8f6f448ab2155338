package it.traguardo.monitoring;

/**
 * A phase's status for a year was recorded or changed.
 *
 * @param before the report it replaced, described in Italian, or null
 * @param after the new report, described in Italian
 */
public record PhaseStatusRecorded(
    long entityId, long planId, long objectiveId, long phaseId, int phaseNumber, int year, String before, String after,
    String by) {}
