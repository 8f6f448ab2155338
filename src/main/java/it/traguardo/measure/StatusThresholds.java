package it.traguardo.measure;

import java.math.BigDecimal;

/**
 * Where the statuses begin: RAGGIUNTO from {@code achievedFrom}, PARZIALMENTE_RAGGIUNTO from
 * {@code partiallyFrom}, NON_RAGGIUNTO below.
 */
public record StatusThresholds(BigDecimal achievedFrom, BigDecimal partiallyFrom) {

  /** The default SMVP: RAGGIUNTO at 100, PARZIALMENTE_RAGGIUNTO from 50. */
  public static final StatusThresholds STANDARD =
      new StatusThresholds(new BigDecimal("100"), new BigDecimal("50"));

  public StatusThresholds {
    if (achievedFrom == null || partiallyFrom == null || partiallyFrom.signum() < 0
        || partiallyFrom.compareTo(achievedFrom) > 0) {
      throw new IllegalArgumentException(
          "Soglie non valide: la soglia di parziale raggiungimento deve stare tra 0 e quella di raggiungimento");
    }
  }

  /** The status of a percentage. */
  public AchievementStatus statusOf(BigDecimal percentage) {
    if (percentage.compareTo(achievedFrom) >= 0) {
      return AchievementStatus.RAGGIUNTO;
    }
    return percentage.compareTo(partiallyFrom) >= 0
        ? AchievementStatus.PARZIALMENTE_RAGGIUNTO
        : AchievementStatus.NON_RAGGIUNTO;
  }
}
