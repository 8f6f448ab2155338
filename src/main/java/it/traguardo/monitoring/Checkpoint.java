package it.traguardo.monitoring;

import java.time.LocalDate;
import java.util.Optional;

/** The monitoring checkpoints of a year: intermediate at 30 June, final at 31 December. */
public enum Checkpoint {
  MID("mid", "intermedia (30 giugno)"),
  FINAL("final", "finale (31 dicembre)");

  private final String code;
  private final String label;

  Checkpoint(String code, String label) {
    this.code = code;
    this.label = label;
  }

  /** As written in URLs, JSON and the database. */
  public String code() {
    return code;
  }

  public String label() {
    return label;
  }

  /** The day of {@code year} the checkpoint observes: 30 June or 31 December. */
  public LocalDate dateIn(int year) {
    return this == MID ? LocalDate.of(year, 6, 30) : LocalDate.of(year, 12, 31);
  }

  public static Optional<Checkpoint> of(String code) {
    for (Checkpoint checkpoint : values()) {
      if (checkpoint.code.equals(code)) {
        return Optional.of(checkpoint);
      }
    }
    return Optional.empty();
  }
}
