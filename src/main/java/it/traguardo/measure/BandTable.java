package it.traguardo.measure;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * Turns a computed percentage into a band score, as some SMVPs do
 * ("sotto il 50% → 0, 50–75 → 50, 75–90 → 75, da 90 → 100"). Each band starts at {@code from} and runs to the next one; below the first band the score is
 * 0. The empty table leaves percentages as they are.
 */
public record BandTable(List<Band> bands) {

  /** No bands: the default SMVP. */
  public static final BandTable NONE = new BandTable(List.of());

  /** A band: from this percentage on, the score is {@code score}. */
  public record Band(BigDecimal from, BigDecimal score) {
    public Band {
      if (from == null || score == null || from.signum() < 0 || score.signum() < 0) {
        throw new IllegalArgumentException("Fascia non valida: inizio e punteggio devono essere 0 o più");
      }
    }
  }

  public BandTable {
    bands = List.copyOf(bands);
    for (int i = 1; i < bands.size(); i++) {
      if (bands.get(i).from().compareTo(bands.get(i - 1).from()) <= 0) {
        throw new IllegalArgumentException("Fasce non valide: gli inizi devono essere crescenti");
      }
    }
  }

  /** The band score of {@code percentage}. */
  public BigDecimal apply(BigDecimal percentage) {
    if (bands.isEmpty()) {
      return percentage;
    }
    return bandOf(percentage).map(Band::score).orElse(BigDecimal.ZERO);
  }

  /** The band {@code percentage} falls in: the last one starting at or below it; empty below the first band. */
  public Optional<Band> bandOf(BigDecimal percentage) {
    Band found = null;
    for (Band band : bands) {
      if (percentage.compareTo(band.from()) >= 0) {
        found = band;
      }
    }
    return Optional.ofNullable(found);
  }
}
