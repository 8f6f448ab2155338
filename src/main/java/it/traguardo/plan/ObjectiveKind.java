package it.traguardo.plan;

/** Obiettivo gestionale trasversale (shared by all units) or settoriale (owned by one unit). */
public enum ObjectiveKind {
  TRANSVERSAL,
  SECTORAL
}
