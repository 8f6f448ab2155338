package it.traguardo.plan;

import java.time.LocalDate;

/**
 * A step of a plan's lifecycle after adoption: monitoring started, a year reported or validated, a variazione opened
 * or recorded.
 *
 * @param kind MONITORAGGIO, RENDICONTAZIONE, VALIDAZIONE, VARIAZIONE_APERTA or VARIAZIONE
 * @param year the year concerned, or null
 */
public record PlanStepRecorded(
    long entityId, long planId, String kind, Integer year, String act, LocalDate date, String reason, String by) {}
