package it.traguardo.monitoring;

import java.time.OffsetDateTime;

/** An achieved value as entered: the text a person wrote, kept verbatim, with who and when. */
public record RecordedActual(
    long indicatorId, int year, Checkpoint checkpoint, String value, String note, String recordedBy, OffsetDateTime recordedAt) {}
