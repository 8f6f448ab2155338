package it.traguardo.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import it.traguardo.measure.DeadlineRule.DayOfYear;
import it.traguardo.measure.DeadlineRule.EachListedYear;
import it.traguardo.measure.DeadlineRule.Named;
import it.traguardo.measure.DeadlineRule.OnDate;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every target of the Cedrasco PIAO 2024-2026 parses to what it means. */
class SeedTargetsTest {

  private static final String SEED = "seed/piao-2024-2026-cedrasco-performance.txt";

  record Expected(String text, TargetKind kind, TargetComparator comparator, String value, String unit,
      DeadlineRule deadline) {
    @Override
    public String toString() {
      return text;
    }
  }

  static Expected of(String text, TargetKind kind, TargetComparator comparator, String value, String unit) {
    return new Expected(text, kind, comparator, value, unit, null);
  }

  static Expected deadline(String text, DeadlineRule rule) {
    return new Expected(text, TargetKind.DEADLINE, null, null, null, rule);
  }

  static Stream<Expected> seedTargets() {
    TargetKind q = TargetKind.QUANTITY;
    TargetKind p = TargetKind.PERCENT;
    return Stream.of(
        of("SI", TargetKind.BOOLEAN, null, "1", null),
        of("1", q, null, "1", null),
        of("10", q, null, "10", null),
        of("20", q, null, "20", null),
        of("200", q, null, "200", null),
        of("1000", q, null, "1000", null),
        of("3200", q, null, "3200", null),
        of("3000", q, null, "3000", null),
        of("2000", q, null, "2000", null),
        of("100%", p, null, "100", "%"),
        of("90%", p, null, "90", "%"),
        of("0%", p, null, "0", "%"),
        of("100", q, null, "100", null),
        of("> 95%", p, TargetComparator.GT, "95", "%"),
        of("< 5", q, TargetComparator.LT, "5", null),
        of("< 3", q, TargetComparator.LT, "3", null),
        of("< 0", q, TargetComparator.LT, "0", null),
        of("Almeno 80%", p, TargetComparator.GE, "80", "%"),
        of("50%", p, null, "50", "%"),
        of("20%", p, null, "20", "%"),
        of("80%", p, null, "80", "%"),
        of("Max – 5 anni", q, TargetComparator.LE, "5", "anni"),
        of("2/annuo", TargetKind.RATE, null, "2", "anno"),
        deadline("Entro 31.12.2024", new OnDate(LocalDate.of(2024, 12, 31))),
        deadline("Entro 31.10", new DayOfYear(MonthDay.of(10, 31), 0)),
        deadline("Entro 31.12", new DayOfYear(MonthDay.of(12, 31), 0)),
        deadline("Entro 30.4", new DayOfYear(MonthDay.of(4, 30), 0)),
        deadline("Entro il 31.12 anno precedente", new DayOfYear(MonthDay.of(12, 31), -1)),
        deadline("Entro la scadenza fiscale", new Named("la scadenza fiscale")),
        deadline("Realizzazione entro 31.12.2024-2025-2026",
            new EachListedYear(MonthDay.of(12, 31), List.of(2024, 2025, 2026))),
        of("Tutti", TargetKind.ALL, null, null, null),
        of("Tutti quelli possibili in relazione alla presenza della documentazione necessaria",
            TargetKind.QUALITATIVE, null, null, null),
        of("0", q, null, "0", null),
        of("5", q, null, "5", null),
        of("50", q, null, "50", null),
        of("30", q, null, "30", null),
        of("2", q, null, "2", null),
        of("40", q, null, "40", null),
        of("90", q, null, "90", null),
        of("3", q, null, "3", null),
        of("300", q, null, "300", null),
        of("900", q, null, "900", null));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("seedTargets")
  void parsesEverySeedTarget(Expected expected) {
    Target target = Target.parse(expected.text());

    assertThat(target.text()).isEqualTo(expected.text());
    assertThat(target.kind()).isEqualTo(expected.kind());
    assertThat(target.comparator()).isEqualTo(expected.comparator());
    if (expected.value() == null) {
      assertThat(target.value()).isNull();
    } else {
      assertThat(target.value()).isEqualByComparingTo(new BigDecimal(expected.value()));
    }
    assertThat(target.unit()).isEqualTo(expected.unit());
    assertThat(target.deadline()).isEqualTo(expected.deadline());
  }

  /** Guards the list above: a target added to the seed must be added there too. */
  @Test
  void theListCoversEveryTargetInTheSeed() throws IOException {
    String shared = System.getProperty("traguardo.shared", "../shared");
    Path seed = Path.of(shared, SEED);
    assumeTrue(Files.isReadable(seed), "seed not available at " + seed);

    Set<String> inSeed = targetsIn(Files.readAllLines(seed, StandardCharsets.UTF_8));
    Set<String> listed = seedTargets().map(Expected::text).collect(Collectors.toCollection(TreeSet::new));

    assertThat(inSeed).isNotEmpty();
    assertThat(listed).containsAll(inSeed);
  }

  /** The "Valore atteso" cells (and the "Azione" cells, where deadlines hide) of every INDICATORI table. */
  private static Set<String> targetsIn(List<String> lines) {
    Set<String> targets = new TreeSet<>();
    for (int i = 0; i < lines.size(); i++) {
      if (!lines.get(i).startsWith("INDICATORI\t")) {
        continue;
      }
      List<String> header = List.of(lines.get(i).split("\t", -1));
      int targetColumn = header.indexOf("Valore atteso");
      int actionColumn = header.indexOf("Azione");
      for (int row = i + 1; row < lines.size() && !lines.get(row).isBlank(); row++) {
        String[] cells = lines.get(row).split("\t", -1);
        if (cells[0].isBlank()) {
          continue; // the second "Azione" line of the indicator above ("Costo"), not an indicator
        }
        addCell(targets, cells, targetColumn);
        addCell(targets, cells, actionColumn);
      }
    }
    return targets;
  }

  private static void addCell(Set<String> targets, String[] cells, int column) {
    if (column > 0 && column < cells.length && !cells[column].isBlank()) {
      targets.add(cells[column].strip());
    }
  }
}
