package it.traguardo.measure;

import static org.assertj.core.api.Assertions.assertThat;

import it.traguardo.measure.DeadlineRule.DayOfYear;
import it.traguardo.measure.DeadlineRule.EachListedYear;
import it.traguardo.measure.DeadlineRule.Named;
import it.traguardo.measure.DeadlineRule.OnDate;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TargetParserTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
      <5               | QUANTITY | LT | 5       | null
      ≤ 5              | QUANTITY | LE | 5       | null
      <= 5             | QUANTITY | LE | 5       | null
      ≥ 90%            | PERCENT  | GE | 90      | %
      >= 90 %          | PERCENT  | GE | 90      | %
      = 12             | QUANTITY | EQ | 12      | null
      almeno 3         | QUANTITY | GE | 3       | null
      Max 10 giorni    | QUANTITY | LE | 10      | giorni
      Non oltre 30 giorni | QUANTITY | LE | 30   | giorni
      Non più di 2     | QUANTITY | LE | 2       | null
      Entro 30 giorni  | QUANTITY | LE | 30      | giorni
      maggiore o uguale a 95% | PERCENT | GE | 95 | %
      minore di 10     | QUANTITY | LT | 10      | null
      meno di 10       | QUANTITY | LT | 10      | null
      più di 1.000     | QUANTITY | GT | 1000    | null
      piu di 1.000     | QUANTITY | GT | 1000    | null
      fino a 5 anni    | QUANTITY | LE | 5       | anni
      oltre il 50%     | PERCENT  | GT | 50      | %
      1.000            | QUANTITY | null | 1000  | null
      1.234,56         | QUANTITY | null | 1234.56 | null
      95,5%            | PERCENT  | null | 95.5  | %
      95.5%            | PERCENT  | null | 95.5  | %
      € 2.000,00       | QUANTITY | null | 2000  | euro
      2000 euro        | QUANTITY | null | 2000  | euro
      2.000 €          | QUANTITY | null | 2000  | euro
      - 5              | QUANTITY | null | -5    | null
      – 5              | QUANTITY | null | -5    | null
      < -3,5           | QUANTITY | LT | -3.5    | null
      Max – 5 anni     | QUANTITY | LE | 5       | anni
      Max - 5 anni     | QUANTITY | LE | 5       | anni
      1 al mese        | RATE     | null | 1     | mese
      2 all'anno       | RATE     | null | 2     | anno
      2 volte l'anno   | RATE     | null | 2     | anno
      4/anno           | RATE     | null | 4     | anno
      almeno 1 a settimana | RATE | GE | 1       | settimana
      3 mensili        | RATE     | null | 3     | mese
      5 pratiche       | QUANTITY | null | 5     | pratiche
      """)
  void readsNumbersAndComparators(
      String text, TargetKind kind, String comparator, String value, String unit) {
    Target target = Target.parse(text);

    assertThat(target.kind()).isEqualTo(kind);
    assertThat(target.comparator()).isEqualTo(comparator == null ? null : TargetComparator.valueOf(comparator));
    assertThat(target.value()).isEqualByComparingTo(new BigDecimal(value));
    assertThat(target.unit()).isEqualTo(unit);
  }

  @Test
  void readsDeadlinesWithAnySeparatorWithOrWithoutIl() {
    DeadlineRule tenthOfOctober = new OnDate(LocalDate.of(2024, 10, 15));
    for (String text : List.of("Entro 15.10.2024", "Entro 15/10/2024", "Entro 15-10-2024",
        "entro il 15/10/2024", "ENTRO IL 15.10.24", "entro il 15 ottobre 2024")) {
      assertThat(Target.parse(text).deadline()).as(text).isEqualTo(tenthOfOctober);
    }
    assertThat(Target.parse("Entro il 30/4").deadline()).isEqualTo(new DayOfYear(MonthDay.of(4, 30), 0));
    assertThat(Target.parse("entro il 30 giugno").deadline()).isEqualTo(new DayOfYear(MonthDay.of(6, 30), 0));
    assertThat(Target.parse("Entro 31/12 dell'anno precedente").deadline())
        .isEqualTo(new DayOfYear(MonthDay.of(12, 31), -1));
    assertThat(Target.parse("Approvazione entro il 31/12/2024, 2025 e 2026").deadline())
        .isEqualTo(new EachListedYear(MonthDay.of(12, 31), List.of(2024, 2025, 2026)));
    assertThat(Target.parse("Entro i termini di legge").deadline()).isEqualTo(new Named("i termini di legge"));
  }

  @Test
  void resolvesDeadlinesForTheMeasuredYear() {
    NamedDates none = NamedDates.empty();
    assertThat(Target.parse("Entro 31.10").deadlineFor(2025, none)).contains(LocalDate.of(2025, 10, 31));
    assertThat(Target.parse("Entro il 31.12 anno precedente").deadlineFor(2025, none))
        .contains(LocalDate.of(2024, 12, 31));
    Target eachYear = Target.parse("Realizzazione entro 31.12.2024-2025-2026");
    assertThat(eachYear.deadlineFor(2025, none)).contains(LocalDate.of(2025, 12, 31));
    assertThat(eachYear.deadlineFor(2027, none)).isEmpty();
    Target fiscal = Target.parse("Entro la scadenza fiscale");
    assertThat(fiscal.deadlineFor(2024, none)).isEmpty();
    NamedDates calendar = none.with(2024, "Scadenza fiscale", LocalDate.of(2025, 4, 30));
    assertThat(fiscal.deadlineFor(2024, calendar)).contains(LocalDate.of(2025, 4, 30));
    assertThat(fiscal.deadlineFor(2025, calendar)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      sì       | BOOLEAN
      Si       | BOOLEAN
      NO       | BOOLEAN
      Tutte    | ALL
      ''       | QUALITATIVE
      Entro    | QUALITATIVE
      Entro 31.02.2024 | QUALITATIVE
      Entro 31.12 se finanziato | QUALITATIVE
      31.12.2024 | QUALITATIVE
      100% entro l'anno | QUALITATIVE
      € 5% | QUALITATIVE
      Miglioramento rispetto all'anno precedente | QUALITATIVE
      –    | QUALITATIVE
      """)
  void knowsWhatItCannotScore(String text, TargetKind kind) {
    assertThat(Target.parse(text).kind()).isEqualTo(kind);
  }

  @Test
  void keepsTheTextVerbatimAndNeverFailsOnNull() {
    assertThat(Target.parse("  Almeno  80 % ").text()).isEqualTo("  Almeno  80 % ");
    assertThat(Target.parse(null).kind()).isEqualTo(TargetKind.QUALITATIVE);
    assertThat(Target.parse("NO").value()).isEqualByComparingTo("0");
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', textBlock = """
      Almeno 80%       | almeno l'80%
      Entro 31.10      | entro il 31/10/2024
      < 5              | meno di 5
      SI               | sì
      NO               | no
      2/annuo          | 2 all'anno
      1 al mese        | 1 al mese
      Tutti            | tutti
      Max – 5 anni     | al più 5 anni
      > 95%            | più del 95%
      < 0%             | meno dello 0%
      ≤ 11%            | al più l'11%
      = 50%            | esattamente il 50%
      90%              | 90%
      1234,5           | 1.234,5
      € 2.000,00       | 2.000 euro
      Entro il 31.12 anno precedente | entro il 31/12/2023
      Entro la scadenza fiscale | entro la scadenza fiscale
      Realizzazione entro 31.12.2024-2025-2026 | entro il 31/12/2024
      Realizzazione entro 31.12.2025-2026 | entro il 31/12/2025-2026
      """)
  void rendersShortItalianSentencesThatReadBackTheSame(String text, String sentence) {
    Target target = Target.parse(text);

    assertThat(target.sentence(2024)).isEqualTo(sentence);
    Target reread = Target.parse(sentence);
    assertThat(reread.kind()).isEqualTo(target.kind());
    assertThat(reread.comparator()).isEqualTo(target.comparator());
    assertThat(reread.unit()).isEqualTo(target.unit());
    if (target.value() != null) {
      assertThat(reread.value()).isEqualByComparingTo(target.value());
    }
    assertThat(reread.deadlineFor(2024, NamedDates.empty()))
        .isEqualTo(target.deadlineFor(2024, NamedDates.empty()));
  }
}
