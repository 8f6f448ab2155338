package it.traguardo.plan;

import java.time.LocalDate;

/**
 * The act that adopted a plan (delibera di Giunta).
 *
 * @param sample true for the sample data shipped with Traguardo, which no Giunta adopted
 */
public record Adoption(String act, LocalDate date, boolean sample) {}
