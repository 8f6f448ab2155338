package it.traguardo.measure;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/** The default SMVP rules behind {@link ScoringPolicy#score}; see docs/smvp-default.md. */
final class Scoring {

  private Scoring() {}

  static Achievement score(
      ScoringPolicy policy, Target target, Polarity polarity, Actual actual, int year, NamedDates calendar) {
    if (target.isQualitative()) {
      return notEvaluable("Valore atteso qualitativo: lo valuta il Nucleo di Valutazione");
    }
    if (actual == null || actual instanceof Actual.Missing) {
      return notEvaluable("Valore raggiunto non ancora inserito");
    }
    // null: the actual is not of the target's kind (possible only for actuals not read by Actual.parse)
    Computed computed = switch (target.kind()) {
      case BOOLEAN -> yesNo(target, actual);
      case ALL -> all(actual);
      case DEADLINE -> deadline(policy, target, actual, year, calendar);
      case QUANTITY, PERCENT, RATE -> numeric(policy, target, polarity, actual);
      case QUALITATIVE -> null; // already answered above
    };
    if (computed == null) {
      return notEvaluable("Il valore raggiunto non è del tipo richiesto dal valore atteso");
    }
    if (computed.percentage() == null) {
      return notEvaluable(computed.explanation());
    }
    BigDecimal percentage =
        Percentages.within(policy.bands().apply(computed.percentage()), policy.maximumPercentage());
    return new Achievement(Optional.of(percentage), computed.explanation(), Optional.empty(),
        policy.thresholds().statusOf(percentage));
  }

  /** A percentage before bands and caps, or null with the reason it cannot be computed. */
  private record Computed(BigDecimal percentage, String explanation) {}

  private static final Computed MET = new Computed(Percentages.HUNDRED, "Valore atteso raggiunto");
  private static final Computed NOT_MET = new Computed(Percentages.ZERO, "Valore atteso non raggiunto");

  private static Computed yesNo(Target target, Actual actual) {
    if (!(actual instanceof Actual.YesNo yesNo)) {
      return null;
    }
    boolean expectedYes = target.value() == null || target.value().signum() != 0;
    return yesNo.yes() == expectedYes ? MET : NOT_MET;
  }

  private static Computed all(Actual actual) {
    if (actual instanceof Actual.All) {
      return MET;
    }
    if (actual instanceof Actual.YesNo yesNo) {
      return yesNo.yes() ? MET : NOT_MET;
    }
    if (actual instanceof Actual.Amount amount) {
      // "Tutti" is met only by the whole population: 100%.
      return amount.value().compareTo(Percentages.HUNDRED) >= 0 ? MET : NOT_MET;
    }
    return null;
  }

  private static Computed deadline(
      ScoringPolicy policy, Target target, Actual actual, int year, NamedDates calendar) {
    if (!(actual instanceof Actual.CompletedOn completed)) {
      return null;
    }
    Optional<LocalDate> due = target.deadlineFor(year, calendar == null ? NamedDates.empty() : calendar);
    if (due.isEmpty()) {
      return new Computed(null, "Scadenza senza data per il " + year
          + ": inserirla nel calendario delle scadenze dell'ente");
    }
    long daysLate = ChronoUnit.DAYS.between(due.get(), completed.date());
    if (daysLate <= 0) {
      return new Computed(Percentages.HUNDRED, "Completato entro la scadenza");
    }
    int tolerance = policy.deadlineToleranceDays();
    if (daysLate >= tolerance) {
      return new Computed(Percentages.ZERO, "Completato dopo la scadenza");
    }
    BigDecimal remaining = Percentages.ofRatio(
        BigDecimal.valueOf(tolerance - daysLate), BigDecimal.valueOf(tolerance), Percentages.HUNDRED);
    return new Computed(remaining,
        "Completato con " + daysLate + " giorni di ritardo, entro la tolleranza di " + tolerance + " giorni");
  }

  private static Computed numeric(ScoringPolicy policy, Target target, Polarity polarity, Actual actual) {
    if (!(actual instanceof Actual.Amount amount)) {
      return null;
    }
    BigDecimal achieved = amount.value();
    BigDecimal expected = target.value();
    if (target.comparator() != null) {
      return target.comparator().holds(achieved, expected)
          ? new Computed(Percentages.HUNDRED, "Condizione del valore atteso rispettata")
          : new Computed(Percentages.ZERO, "Condizione del valore atteso non rispettata");
    }
    return switch (polarity == null ? Polarity.HIGHER_IS_BETTER : polarity) {
      case HIGHER_IS_BETTER -> higherIsBetter(policy, achieved, expected);
      case LOWER_IS_BETTER -> lowerIsBetter(achieved, expected);
      case EXACT -> achieved.compareTo(expected) == 0
          ? new Computed(Percentages.HUNDRED, "Valore pari a quello atteso")
          : new Computed(Percentages.ZERO, "Valore diverso da quello atteso");
    };
  }

  private static Computed higherIsBetter(ScoringPolicy policy, BigDecimal achieved, BigDecimal expected) {
    if (expected.signum() <= 0) {
      // No ratio to a target of 0 or less: reaching it is all there is.
      return achieved.compareTo(expected) >= 0
          ? new Computed(Percentages.HUNDRED, "Valore atteso raggiunto")
          : new Computed(Percentages.ZERO, "Valore sotto quello atteso");
    }
    return new Computed(
        Percentages.ofRatio(achieved, expected, policy.maximumPercentage()),
        "Rapporto tra valore raggiunto e valore atteso");
  }

  private static Computed lowerIsBetter(BigDecimal achieved, BigDecimal expected) {
    if (achieved.compareTo(expected) <= 0) {
      return new Computed(Percentages.HUNDRED, "Valore entro il massimo atteso");
    }
    if (expected.signum() <= 0) {
      // Over a target of 0 or less there is no proportion to measure: any excess misses it.
      return new Computed(Percentages.ZERO, "Valore oltre il massimo atteso");
    }
    // 1 − (achieved − expected) / expected, written as one division: (2 × expected − achieved) / expected
    BigDecimal remaining = expected.add(expected).subtract(achieved);
    return new Computed(
        Percentages.ofRatio(remaining, expected, Percentages.HUNDRED),
        "Valore oltre quello atteso: riduzione in proporzione allo scostamento");
  }

  private static Achievement notEvaluable(String reason) {
    return new Achievement(Optional.empty(), reason, Optional.empty(), AchievementStatus.NON_VALUTABILE);
  }
}
