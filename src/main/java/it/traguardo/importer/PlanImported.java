package it.traguardo.importer;

/** A plan file was stored in an ente, possibly replacing a plan of the same period. */
public record PlanImported(long entityId, long planId, String period, String sourceName, boolean replaced, String by) {}
