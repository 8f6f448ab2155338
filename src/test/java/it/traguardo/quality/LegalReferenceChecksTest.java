package it.traguardo.quality;

import static it.traguardo.quality.PlanBuilder.objective;
import static it.traguardo.quality.PlanBuilder.plan;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LegalReferenceChecksTest {

  private static List<Finding> wrong(String description) {
    return Checks.run("NORME_CITAZIONE_ERRATA", plan().with(objective("7", "A").description(description)));
  }

  @Test
  void theSeedsArticle4BisCitationIsOneFindingWithTheRightCitation() {
    List<Finding> found = wrong(
        "L'art. 4-bis del D.L. n. 13/2024, convertito con modificazioni nella legge n. 41/2024 stabilisce che le amministrazioni…");
    assertThat(found).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.AVVISO);
      assertThat(f.objective()).isEqualTo("7");
      assertThat(f.message()).contains("«D.L. n. 13/2024», «legge n. 41/2024»");
      assertThat(f.fix()).isEqualTo("Correggere in «DL 24 febbraio 2023 n. 13, convertito dalla L. 21 aprile 2023 n. 41».");
    });
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "% adeguamento alle modifiche previste dal d.lgs. 36/2024",
      "secondo il DM 30 giugno 2022, n. 123",
      "pubblicazione ai sensi del D.Lgs 33/2016",
      "ciclo della performance (decreto legislativo n. 150 del 2011)",
      "indicatore di ritardo della legge 145/2019"})
  void wrongNumbersOrYearsOfKnownNorms(String text) {
    assertThat(wrong(text)).hasSize(1);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "L'art. 4-bis del DL 24 febbraio 2023, n. 13, convertito dalla legge 21 aprile 2023, n. 41",
      "DM 132/2022 e DL 80/2021, d.lgs. 150/09, d.lgs. 118/2011, D.Lgs. 36/2023",
      "il decreto legislativo 7 marzo 2005, n. 82, Codice dell'Amministrazione Digitale; D.P.C.M. 3 dicembre 2013",
      "Regolamento UE 2022/1369 del 5 agosto 2022; Reg. (UE) 2016/679",
      "la legge n. 41/2016 sull'omicidio stradale",
      "legge n. 145/2018"})
  void correctCitationsAndOtherActsAreFine(String text) {
    assertThat(wrong(text)).isEmpty();
  }

  @Test
  void regulationCitedNumberFirstIsANoteOnItsForm() {
    var plan = plan().with(objective("1", "Privacy").phaseText(1, "Adeguamento Reg UE 679/2016").indicator(1, "Uno", "SI"));
    assertThat(Checks.run("NORME_CITAZIONE_FORMA", plan))
        .singleElement()
        .satisfies(f -> {
          assertThat(f.severity()).isEqualTo(Severity.INFO);
          assertThat(f.phase()).isEqualTo(1);
        });
    assertThat(Checks.run("NORME_CITAZIONE_ERRATA", plan)).isEmpty();
  }

  @Test
  void citationsInThePremiseAndInIndicatorNames() {
    var plan = plan().premise("Lo schema del PIAO approvato dal DM 132/2021").with(objective("18", "A").indicator(1, "Adeguamento al d.lgs. 36/2024", "100%"));
    assertThat(Checks.run("NORME_CITAZIONE_ERRATA", plan))
        .extracting(Finding::objective, Finding::indicator)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(null, null), org.assertj.core.groups.Tuple.tuple("18", "Adeguamento al d.lgs. 36/2024"));
  }

  @Test
  void annualDelayTargetAgainstTheLaw() {
    String rule = "NORME_VALORE_ATTESO_DIVERSO_DALLA_NORMA";
    String name = "indicatore annuale di ritardo elaborato dalla Pcc";
    assertThat(Checks.run(rule, plan().with(objective("7", "A").indicator(1, name, "< 0"))))
        .singleElement()
        .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.INFO));
    assertThat(Checks.run(rule, plan().with(objective("7", "A").indicator(1, name, "< 10"))))
        .singleElement()
        .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.AVVISO));
    assertThat(Checks.run(rule, plan().with(objective("7", "A").indicator(1, name, "≤ 0")))).isEmpty();
    assertThat(Checks.run(rule, plan().with(objective("7", "A").indicator(1, name, "0")))).isEmpty();
  }
}
