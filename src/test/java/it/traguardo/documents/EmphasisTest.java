package it.traguardo.documents;

import static org.assertj.core.api.Assertions.assertThat;

import it.traguardo.documents.Emphasis.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EmphasisTest {

  @Test
  void splitsBoldAndItalicRuns() {
    assertThat(Emphasis.spans("Il **Piano delle Performance** avvia la *performance*."))
        .containsExactly(
            new Span("Il ", false, false),
            new Span("Piano delle Performance", true, false),
            new Span(" avvia la ", false, false),
            new Span("performance", false, true),
            new Span(".", false, false));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "a * b * c|a * b * c",
        "2 * 3 = 6|2 * 3 = 6",
        "**grassetto**|grassetto",
        "prima *corsivo* dopo|prima corsivo dopo",
        "solo **aperto|solo **aperto"
      })
  void leavesLoneAsterisksAsWritten(String marked, String plain) {
    assertThat(Emphasis.plain(marked)).isEqualTo(plain);
  }

  @Test
  void marksRunsLikeTheTextExportKeepingSpacesOutside() {
    assertThat(Emphasis.mark(" valore pubblico ", true, false)).isEqualTo(" **valore pubblico** ");
    assertThat(Emphasis.mark("performance", false, true)).isEqualTo("*performance*");
    assertThat(Emphasis.mark("testo", false, false)).isEqualTo("testo");
    assertThat(Emphasis.mark("  ", true, false)).isEqualTo("  ");
  }
}
