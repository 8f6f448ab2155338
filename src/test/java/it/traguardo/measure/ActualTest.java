package it.traguardo.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ActualTest {

  private static final Target YES_NO = Target.parse("SI");
  private static final Target PERCENT = Target.parse("90%");
  private static final Target COUNT = Target.parse("1000");
  private static final Target DEADLINE = Target.parse("Entro 31.10");
  private static final Target ALL = Target.parse("Tutti");

  @Test
  void readsYesAndNo() {
    assertThat(Actual.parse("SI", YES_NO)).isEqualTo(new Actual.YesNo(true));
    assertThat(Actual.parse(" sì ", YES_NO)).isEqualTo(new Actual.YesNo(true));
    assertThat(Actual.parse("no", YES_NO)).isEqualTo(new Actual.YesNo(false));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      90%     | 90
      90      | 90
      95,5 %  | 95.5
      1.200   | 1200
      -3,5    | -3.5
      € 2.000,00 | 2000
      5 anni  | 5
      3/anno  | 3
      """)
  void readsNumbers(String text, String value) {
    for (Target target : new Target[] {COUNT, PERCENT}) {
      assertThat(Actual.parse(text, target)).isInstanceOfSatisfying(Actual.Amount.class,
          amount -> assertThat(amount.value()).isEqualByComparingTo(value));
    }
  }

  @Test
  void readsDates() {
    LocalDate expected = LocalDate.of(2024, 10, 15);
    assertThat(Actual.parse("15/10/2024", DEADLINE)).isEqualTo(new Actual.CompletedOn(expected));
    assertThat(Actual.parse("2024-10-15", DEADLINE)).isEqualTo(new Actual.CompletedOn(expected));
    assertThat(Actual.parse("15.10.2024", DEADLINE)).isEqualTo(new Actual.CompletedOn(expected));
  }

  @Test
  void readsEveryoneForAllTargets() {
    assertThat(Actual.parse("Tutti", ALL)).isEqualTo(new Actual.All());
    assertThat(Actual.parse("SI", ALL)).isEqualTo(new Actual.YesNo(true));
    assertThat(Actual.parse("95%", ALL)).isEqualTo(new Actual.Amount(new BigDecimal("95")));
  }

  @Test
  void blankIsMissingAndQualitativeKeepsTheText() {
    assertThat(Actual.parse("  ", COUNT)).isEqualTo(Actual.missing());
    assertThat(Actual.parse(null, COUNT)).isEqualTo(Actual.missing());
    Target qualitative = Target.parse("Tutti quelli possibili");
    assertThat(Actual.parse(" 12 immobili ", qualitative)).isEqualTo(new Actual.Note("12 immobili"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      forse      | SI          | SI oppure NO
      tanti      | 1000        | scrivere un numero
      12abc      | 90%         | scrivere un numero
      31.12.2024 | 1000        | scrivere un numero
      ieri       | Entro 31.10 | data di completamento
      15/10      | Entro 31.10 | data di completamento
      2024-02-30 | Entro 31.10 | data di completamento
      quasi      | Tutti       | Tutti, SI, NO
      """)
  void explainsInItalianWhatDoesNotFit(String text, String target, String hint) {
    assertThatThrownBy(() -> Actual.parse(text, Target.parse(target)))
        .isInstanceOf(InvalidActualException.class)
        .hasMessageStartingWith("Valore raggiunto «" + text + "» non valido")
        .hasMessageContaining(hint);
  }
}
