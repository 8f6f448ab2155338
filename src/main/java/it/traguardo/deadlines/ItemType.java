package it.traguardo.deadlines;

/** What a person has to fill in for a checkpoint. */
public enum ItemType {
  /** The achieved value of an indicator. */
  ACTUAL,
  /** The status of a phase active in the year. */
  PHASE_STATUS,
  /** The objective's "stato di attuazione". */
  NARRATIVE
}
