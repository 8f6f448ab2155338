package it.traguardo.measure;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * The scoring rules of an ente's SMVP (Sistema di Misurazione e Valutazione della Performance).
 * {@link #standard()} is the default documented in docs/smvp-default.md; an ente, or a single indicator,
 * replaces parts of it with the {@code with…} methods.
 *
 * @param thresholds where RAGGIUNTO and PARZIALMENTE_RAGGIUNTO begin
 * @param bands band table applied to computed percentages, {@link BandTable#NONE} by default
 * @param deadlineToleranceDays days after a deadline during which the score falls linearly from 100 to 0;
 *     0 (the default) means late is 0
 * @param maximumPercentage the highest percentage: 100, or more (e.g. 120) when over-achievement of
 *     higher-is-better targets counts
 * @param nonEvaluableCountsAsZero whether roll-ups count not evaluable indicators as 0 instead of leaving them
 *     out
 */
public record ScoringPolicy(
    StatusThresholds thresholds,
    BandTable bands,
    int deadlineToleranceDays,
    BigDecimal maximumPercentage,
    boolean nonEvaluableCountsAsZero) {

  private static final ScoringPolicy STANDARD =
      new ScoringPolicy(StatusThresholds.STANDARD, BandTable.NONE, 0, Percentages.HUNDRED, false);

  public ScoringPolicy {
    if (thresholds == null || bands == null) {
      throw new IllegalArgumentException("Soglie e fasce sono obbligatorie");
    }
    if (deadlineToleranceDays < 0) {
      throw new IllegalArgumentException("La tolleranza sulle scadenze non può essere negativa");
    }
    if (maximumPercentage == null || maximumPercentage.compareTo(Percentages.HUNDRED) < 0) {
      throw new IllegalArgumentException("La percentuale massima deve essere almeno 100");
    }
    maximumPercentage = Percentages.rounded(maximumPercentage);
  }

  /** The default SMVP. */
  public static ScoringPolicy standard() {
    return STANDARD;
  }

  public ScoringPolicy withThresholds(StatusThresholds newThresholds) {
    return new ScoringPolicy(newThresholds, bands, deadlineToleranceDays, maximumPercentage,
        nonEvaluableCountsAsZero);
  }

  public ScoringPolicy withBands(BandTable newBands) {
    return new ScoringPolicy(thresholds, newBands, deadlineToleranceDays, maximumPercentage,
        nonEvaluableCountsAsZero);
  }

  public ScoringPolicy withDeadlineToleranceDays(int days) {
    return new ScoringPolicy(thresholds, bands, days, maximumPercentage, nonEvaluableCountsAsZero);
  }

  /** Lets higher-is-better results above target count, up to {@code maximum} (e.g. 120). */
  public ScoringPolicy allowingOverAchievementUpTo(BigDecimal maximum) {
    return new ScoringPolicy(thresholds, bands, deadlineToleranceDays, maximum, nonEvaluableCountsAsZero);
  }

  public ScoringPolicy countingNonEvaluableAsZero(boolean countAsZero) {
    return new ScoringPolicy(thresholds, bands, deadlineToleranceDays, maximumPercentage, countAsZero);
  }

  /**
   * Scores an achieved value against its target for the measured {@code year}. Never throws for a parsed
   * target and actual: what cannot be scored is NON_VALUTABILE with the reason.
   *
   * @param polarity the indicator's polarity (see {@link PolarityAssessment#assess}); a comparator in the
   *     target takes precedence
   * @param calendar the ente's named dates, for targets such as "Entro la scadenza fiscale"
   */
  public Achievement score(
      Target target, Polarity polarity, Actual actual, int year, NamedDates calendar) {
    return Scoring.score(this, target, polarity, actual, year, calendar);
  }

  /** {@code achievement} with the evaluator's percentage, which then counts; the computed one stays visible. */
  public Achievement override(Achievement achievement, EvaluatorOverride override) {
    if (override.percentage().compareTo(maximumPercentage) > 0) {
      throw new IllegalArgumentException(
          "La percentuale del valutatore non può superare " + ItalianNumbers.format(maximumPercentage) + "%");
    }
    return new Achievement(achievement.computed(), achievement.explanation(),
        Optional.of(override), thresholds.statusOf(override.percentage()));
  }
}
