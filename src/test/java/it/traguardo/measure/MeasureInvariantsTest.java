package it.traguardo.measure;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Seeded random cases (same every run, so a failure can be replayed) of what must hold for any target: scores
 * stay in 0–100, move the right way with the actual, and target sentences read back to the same target.
 */
class MeasureInvariantsTest {

  private static final long SEED = 20240131L;
  private static final int CASES = 10_000;

  private static final List<String> COMPARATORS = List.of(
      "", "", "", "< ", "<", "<= ", "≤ ", "> ", ">= ", "≥", "= ", "Almeno ", "almeno ", "Max ", "Max – ",
      "Non oltre ", "Non più di ", "maggiore o uguale a ", "minore di ", "meno di ", "più di ", "fino a ",
      "Entro ");
  private static final List<String> SUFFIXES = List.of(
      "", "", "%", " %", " anni", " euro", " giorni", "/annuo", " all'anno", " al mese", " volte l'anno",
      " pratiche");
  private static final List<ScoringPolicy> POLICIES = List.of(
      ScoringPolicy.standard(),
      ScoringPolicy.standard().withDeadlineToleranceDays(15),
      ScoringPolicy.standard().withBands(new BandTable(List.of(
          new BandTable.Band(new BigDecimal("50"), new BigDecimal("50")),
          new BandTable.Band(new BigDecimal("75"), new BigDecimal("75")),
          new BandTable.Band(new BigDecimal("90"), new BigDecimal("100"))))));

  /** A random target text, a year, a policy, an explicit polarity (or none) and two ordered actuals. */
  record Case(String targetText, int year, ScoringPolicy policy, Polarity explicit, String lower,
      String higher) {
    @Override
    public String toString() {
      return targetText + " | " + lower + " ≤ " + higher;
    }
  }

  static Stream<Case> cases() {
    Random random = new Random(SEED);
    return IntStream.range(0, CASES).mapToObj(i -> randomCase(random));
  }

  @ParameterizedTest(name = "{index}")
  @MethodSource("cases")
  void achievementStaysWithinBoundsAndMovesWithTheActual(Case c) {
    Target target = Target.parse(c.targetText());
    Polarity polarity = PolarityAssessment.assess(null, target, c.explicit()).polarity();

    BigDecimal low = score(c, target, polarity, c.lower());
    BigDecimal high = score(c, target, polarity, c.higher());

    for (BigDecimal score : List.of(low, high)) {
      assertThat(score).isBetween(BigDecimal.ZERO, new BigDecimal("100"));
    }
    if (target.kind() == TargetKind.DEADLINE) {
      assertThat(low).as("earlier completion never scores less").isGreaterThanOrEqualTo(high);
    } else if (target.isNumeric()) {
      switch (polarity) {
        case HIGHER_IS_BETTER -> assertThat(low).isLessThanOrEqualTo(high);
        case LOWER_IS_BETTER -> assertThat(low).isGreaterThanOrEqualTo(high);
        case EXACT -> assertThat(score(c, target, polarity, ItalianNumbers.format(target.value())))
            .isGreaterThanOrEqualTo(low.max(high));
      }
    }
  }

  @ParameterizedTest(name = "{index}")
  @MethodSource("cases")
  void sentenceReadsBackToTheSameTarget(Case c) {
    Target target = Target.parse(c.targetText());
    String sentence = target.sentence(c.year());
    Target reread = Target.parse(sentence);

    assertThat(target.kind()).as(c.targetText()).isNotEqualTo(TargetKind.QUALITATIVE);
    assertThat(reread.kind()).as(sentence).isEqualTo(target.kind());
    assertThat(reread.comparator()).as(sentence).isEqualTo(target.comparator());
    assertThat(reread.unit()).as(sentence).isEqualTo(target.unit());
    assertThat(reread.value()).as(sentence).isEqualTo(target.value());
    assertThat(reread.deadlineFor(c.year(), NamedDates.empty()))
        .as(sentence).isEqualTo(target.deadlineFor(c.year(), NamedDates.empty()));
    assertThat(reread.sentence(c.year())).isEqualTo(sentence);
  }

  private static BigDecimal score(Case c, Target target, Polarity polarity, String actual) {
    Achievement achievement =
        c.policy().score(target, polarity, Actual.parse(actual, target), c.year(), NamedDates.empty());
    return achievement.percentage().orElseThrow();
  }

  private static Case randomCase(Random random) {
    int year = 2020 + random.nextInt(11);
    ScoringPolicy policy = POLICIES.get(random.nextInt(POLICIES.size()));
    Polarity explicit = random.nextInt(4) == 0 ? null : Polarity.values()[random.nextInt(3)];
    int shape = random.nextInt(10);
    if (shape == 0) {
      LocalDate due = LocalDate.of(year, 1 + random.nextInt(12), 1 + random.nextInt(28));
      String target = randomDeadline(random, due, year);
      LocalDate first = due.plusDays(random.nextInt(61) - 30);
      LocalDate second = first.plusDays(random.nextInt(40));
      return new Case(target, year, policy, explicit, italianDate(first), italianDate(second));
    }
    if (shape == 1) {
      String[] fixed = {"SI", "NO", "sì", "Tutti", "Tutte"};
      String[] actuals = {"SI", "NO"};
      return new Case(fixed[random.nextInt(fixed.length)], year, policy, explicit,
          actuals[random.nextInt(2)], actuals[random.nextInt(2)]);
    }
    BigDecimal value = randomNumber(random);
    String comparator = COMPARATORS.get(random.nextInt(COMPARATORS.size()));
    String suffix = SUFFIXES.get(random.nextInt(SUFFIXES.size()));
    String number = random.nextBoolean() ? ItalianNumbers.format(value) : value.toPlainString().replace('.', ',');
    if (value.signum() < 0 && random.nextBoolean()) {
      number = (random.nextBoolean() ? "- " : "– ") + number.substring(1);
    }
    String text = suffix.isEmpty() && random.nextInt(5) == 0
        ? comparator + "€ " + number
        : comparator + number + suffix;
    BigDecimal spread = value.abs().multiply(BigDecimal.valueOf(2)).add(BigDecimal.TEN);
    BigDecimal first = randomBetween(random, spread.negate(), spread);
    BigDecimal second = first.add(randomBetween(random, BigDecimal.ZERO, spread));
    return new Case(text, year, policy, explicit, ItalianNumbers.format(first), ItalianNumbers.format(second));
  }

  private static String randomDeadline(Random random, LocalDate due, int year) {
    String day = due.getDayOfMonth() + "";
    String month = due.getMonthValue() + "";
    char separator = ".-/".charAt(random.nextInt(3));
    String il = random.nextBoolean() ? "il " : "";
    return switch (random.nextInt(5)) {
      case 0 -> "Entro " + il + day + separator + month;
      case 1 -> "Entro " + il + day + separator + month + separator + year;
      case 2 -> "Realizzazione entro " + day + separator + month + separator + (year - 1) + "-" + year
          + "-" + (year + 1);
      case 3 -> "Entro " + il + day + separator + month + " anno precedente";
      default -> "entro il " + italianDate(due);
    };
  }

  private static String italianDate(LocalDate date) {
    return TargetSentence.ITALIAN_DATE.format(date);
  }

  private static BigDecimal randomNumber(Random random) {
    return switch (random.nextInt(6)) {
      case 0 -> BigDecimal.ZERO;
      case 1 -> BigDecimal.valueOf(random.nextInt(10));
      case 2 -> BigDecimal.valueOf(random.nextInt(1_000_000));
      case 3 -> BigDecimal.valueOf(random.nextInt(10_000), 2).stripTrailingZeros();
      case 4 -> BigDecimal.valueOf(-random.nextInt(100));
      default -> BigDecimal.valueOf(random.nextInt(101));
    };
  }

  private static BigDecimal randomBetween(Random random, BigDecimal from, BigDecimal to) {
    BigDecimal fraction = BigDecimal.valueOf(random.nextInt(10_001), 4);
    return from.add(to.subtract(from).multiply(fraction)).setScale(2, RoundingMode.HALF_UP);
  }
}
