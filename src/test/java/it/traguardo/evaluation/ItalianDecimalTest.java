package it.traguardo.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ItalianDecimalTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "85,5 | 85.5",
        "85.5 | 85.5",
        "2.000 | 2000",
        "€ 2.000,50 | 2000.50",
        "1.234.567,8 | 1234567.8",
        "1,234.56 | 1234.56",
        "1234.56 | 1234.56",
        "42,86% | 42.86",
        "-3,5 | -3.5",
        "0 | 0"
      })
  void readsBothForms(String text, String expected) {
    assertThat(ItalianDecimal.parse(text)).contains(new BigDecimal(expected));
  }

  @Test
  void refusesWhatIsNotANumber() {
    assertThat(ItalianDecimal.parse("tanti")).isEmpty();
    assertThat(ItalianDecimal.parse("1,2,3")).isEmpty();
    assertThat(ItalianDecimal.parse("1.2.3")).isEmpty();
    assertThat(ItalianDecimal.parse("")).isEmpty();
    assertThat(ItalianDecimal.parse(null)).isEmpty();
  }
}
