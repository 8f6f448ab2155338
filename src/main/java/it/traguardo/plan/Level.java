package it.traguardo.plan;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

/** The three-step scale of an objective's characteristics (Basso / Medio / Alto). */
public enum Level {
  BASSO,
  MEDIO,
  ALTO;

  /** Reads "Basso", "MEDIO", " alto " and the like; anything else is not a level. */
  public static Optional<Level> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String plain =
        Normalizer.normalize(text.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "").toUpperCase(Locale.ROOT);
    for (Level level : values()) {
      if (level.name().equals(plain)) {
        return Optional.of(level);
      }
    }
    return Optional.empty();
  }

  public String label() {
    return name().charAt(0) + name().substring(1).toLowerCase(Locale.ROOT);
  }
}
