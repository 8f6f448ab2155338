package it.traguardo.deadlines;

/**
 * How much of a checkpoint a unit has filled in: its objectives' items (the transversal objectives and those without
 * a unit form rows of their own).
 */
public record Completion(String name, int total, int missing) {

  public int filled() {
    return total - missing;
  }

  public int percent() {
    return percent(filled(), total);
  }

  /** Rounded down, so that 100 means complete; 100 for nothing to do. */
  static int percent(int filled, int total) {
    return total == 0 ? 100 : (int) (100L * filled / total);
  }
}
