package it.traguardo.evaluation;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * The Nucleo di Valutazione's validation of a plan's year: from then on the year's results no longer change.
 *
 * @param act the NdV's act ("Verbale n. 3")
 * @param statement what the NdV declares, as printed in the Relazione
 */
public record ValidatedYear(
    int year, String act, LocalDate actDate, String statement, String validatedBy, OffsetDateTime validatedAt) {}
