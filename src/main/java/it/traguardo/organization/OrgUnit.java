package it.traguardo.organization;

/** A unit of an ente's organisation ("Servizio 1 – Finanziario - Amministrativo"). */
public record OrgUnit(long id, long entityId, String name, int position) {}
