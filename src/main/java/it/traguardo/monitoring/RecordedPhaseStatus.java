package it.traguardo.monitoring;

import it.traguardo.plan.PhaseStatus;
import java.time.LocalDate;

/** The status of a phase recorded for a year, with the day it was completed when known. */
public record RecordedPhaseStatus(long phaseId, int year, PhaseStatus status, LocalDate completedOn) {}
