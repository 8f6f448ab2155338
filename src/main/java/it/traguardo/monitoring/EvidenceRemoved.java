package it.traguardo.monitoring;

/** An evidence file was removed from an indicator's value. */
public record EvidenceRemoved(
    long entityId, long planId, long objectiveId, long indicatorId, String indicatorName, int year, Checkpoint checkpoint,
    String fileName, EvidenceType type, long sizeBytes, String by) {}
