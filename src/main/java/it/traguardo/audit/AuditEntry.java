package it.traguardo.audit;

import java.time.OffsetDateTime;

/** One line of the audit trail. */
public record AuditEntry(
    OffsetDateTime recordedAt, String actor, String action, Long planId, Long objectiveId, String subject,
    String beforeValue, String afterValue) {}
