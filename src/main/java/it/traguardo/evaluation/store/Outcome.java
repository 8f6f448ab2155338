package it.traguardo.evaluation.store;

/** How a change of the evaluation ended. */
public sealed interface Outcome {

  record Saved() implements Outcome {}

  /**
   * Someone changed the same thing after the user read it: nothing written; {@code current} is what is there now and
   * {@code version} its version, for a user who still wants to write theirs.
   */
  record Stale(String current, int version) implements Outcome {}

  /** The change is not allowed or not valid: nothing written. */
  record Refused(String message) implements Outcome {}

  Outcome SAVED = new Saved();
}
