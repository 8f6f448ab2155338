package it.traguardo.plan;

import java.util.Locale;
import java.util.Optional;

/** Where a phase stands in a year, as its responsabile reports it. */
public enum PhaseStatus {
  DA_AVVIARE("da avviare"),
  IN_CORSO("in corso"),
  COMPLETATA("completata"),
  IN_RITARDO("in ritardo");

  private final String label;

  PhaseStatus(String label) {
    this.label = label;
  }

  /** The Italian words the pages show. */
  public String label() {
    return label;
  }

  /** A status by its name ("IN_CORSO") or its Italian words ("in corso"), in any case. */
  public static Optional<PhaseStatus> of(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String key = text.strip().toLowerCase(Locale.ROOT).replace('_', ' ');
    for (PhaseStatus status : values()) {
      if (status.label.equals(key)) {
        return Optional.of(status);
      }
    }
    return Optional.empty();
  }
}
