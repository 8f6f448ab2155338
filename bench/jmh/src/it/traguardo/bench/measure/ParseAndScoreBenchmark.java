package it.traguardo.bench.measure;

import it.traguardo.measure.Achievement;
import it.traguardo.measure.Actual;
import it.traguardo.measure.NamedDates;
import it.traguardo.measure.Polarity;
import it.traguardo.measure.ScoringPolicy;
import it.traguardo.measure.Target;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Parse a target text and score an already-read actual against it, over the mix of targets found in the
 * Cedrasco PIAO (counts and percentages first, then yes/no, comparators, deadlines, rates). Goal: at least
 * 1,000,000 operations per second on one core, so that importing and previewing whole plans stays instant.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(1)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class ParseAndScoreBenchmark {

  /** Target text and achieved value as typed, in roughly the proportions of a real plan. */
  private static final String[][] MIX = {
    {"100%", "92%"}, {"SI", "SI"}, {"1", "1"}, {"10", "7"}, {"90%", "95,5%"}, {"1000", "1.200"},
    {"3200", "2.950"}, {"< 5", "3"}, {"Almeno 80%", "78%"}, {"Entro 31.10", "15/10/2024"},
    {"2/annuo", "2"}, {"> 95%", "97%"}, {"Max – 5 anni", "5"}, {"Entro 31.12.2024", "2024-12-20"},
    {"0%", "0"}, {"< 0", "-3,5"}, {"Tutti", "Tutti"}, {"Entro il 31.12 anno precedente", "28/12/2023"},
    {"€ 2.000,00", "1.850,50"}, {"Realizzazione entro 31.12.2024-2025-2026", "30/11/2024"},
    {"50", "61"}, {"80%", "40%"}, {"Entro la scadenza fiscale", "20/04/2025"},
    {"Tutti quelli possibili in relazione alla presenza della documentazione necessaria", "12 immobili"}
  };

  private static final int YEAR = 2024;

  private final ScoringPolicy policy = ScoringPolicy.standard();
  private NamedDates calendar;
  private String[] targetTexts;
  private Actual[] actuals;
  private int next;

  @Setup
  public void setUp() {
    calendar = NamedDates.empty().with(YEAR, "scadenza fiscale", LocalDate.of(2025, 4, 30));
    targetTexts = new String[MIX.length];
    actuals = new Actual[MIX.length];
    for (int i = 0; i < MIX.length; i++) {
      targetTexts[i] = MIX[i][0];
      actuals[i] = Actual.parse(MIX[i][1], Target.parse(MIX[i][0]));
    }
  }

  /** The target text is parsed every time; the actual was read once, as when a plan is previewed. */
  @Benchmark
  public Achievement parseAndScore() {
    int i = next;
    next = i + 1 == MIX.length ? 0 : i + 1;
    Target target = Target.parse(targetTexts[i]);
    return policy.score(target, Polarity.HIGHER_IS_BETTER, actuals[i], YEAR, calendar);
  }

  /** Reading the actual as typed too, as when a manager saves a value. */
  @Benchmark
  public Achievement parseBothAndScore() {
    int i = next;
    next = i + 1 == MIX.length ? 0 : i + 1;
    Target target = Target.parse(targetTexts[i]);
    Actual actual = Actual.parse(MIX[i][1], target);
    return policy.score(target, Polarity.HIGHER_IS_BETTER, actual, YEAR, calendar);
  }
}
