package it.traguardo.monitoring;

/** A file was attached as evidence of an indicator's value for a year and checkpoint. */
public record EvidenceAdded(
    long entityId, long planId, long objectiveId, long indicatorId, String indicatorName, int year, Checkpoint checkpoint,
    String fileName, EvidenceType type, long sizeBytes, String by) {}
