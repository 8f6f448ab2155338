package it.traguardo.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class SmvpTest {

  private static final Smvp STANDARD = Smvp.standard();

  private static BigDecimal n(String value) {
    return new BigDecimal(value);
  }

  @Test
  void theDefaultIsSeventyThirtyWithFiveCriteriaOnOneToFiveAndFiveBands() {
    assertThat(STANDARD.resultsWeight()).isEqualByComparingTo("70");
    assertThat(STANDARD.behaviourWeight()).isEqualByComparingTo("30");
    assertThat(STANDARD.criteria()).extracting(Smvp.Criterion::weight).extracting(BigDecimal::intValue)
        .containsExactly(25, 25, 20, 15, 15);
    assertThat(STANDARD.topLevel()).isEqualTo(5);
    assertThat(STANDARD.bands()).extracting(b -> b.from().intValue() + "→" + b.payPercent().intValue())
        .containsExactly("0→0", "60→60", "70→70", "80→80", "90→100");
    assertThat(STANDARD.budget()).isNull();
  }

  @Test
  void aScoreFallsInTheLastBandStartingAtOrBelowIt() {
    assertThat(STANDARD.bandOf(n("59.99")).payPercent()).isEqualByComparingTo("0");
    assertThat(STANDARD.bandOf(n("60.00")).payPercent()).isEqualByComparingTo("60");
    assertThat(STANDARD.bandOf(n("89.99")).payPercent()).isEqualByComparingTo("80");
    assertThat(STANDARD.bandOf(n("90")).payPercent()).isEqualByComparingTo("100");
    assertThat(STANDARD.bandOf(n("100")).payPercent()).isEqualByComparingTo("100");
    assertThat(STANDARD.label(STANDARD.bands().get(1))).isEqualTo("da 60 a meno di 70");
    assertThat(STANDARD.label(STANDARD.bands().get(4))).isEqualTo("da 90 a 100");
  }

  @Test
  void componentWeightsMustSumToOneHundred() {
    assertThat(problems(n("70"), n("20"))).containsExactly("I pesi dei risultati (70) e dei comportamenti (20) devono sommare a 100");
    assertThat(problems(n("70.005"), n("29.995")))
        .contains(
            "Peso dei risultati: atteso un numero da 0 a 100 con al più due decimali, trovato 70,005",
            "Peso dei comportamenti: atteso un numero da 0 a 100 con al più due decimali, trovato 29,995");
  }

  @Test
  void resultsUnderThirtyCannotCarryTheThirtyPercentOfThePaymentRule() {
    assertThat(problems(n("25"), n("75")))
        .singleElement()
        .asString()
        .startsWith("Con un peso dei risultati del 25% l'obiettivo sulla tempestività dei pagamenti non può valere il 30%")
        .contains("art. 4-bis c. 2 DL 24 febbraio 2023 n. 13, convertito dalla L. 21 aprile 2023 n. 41")
        .contains("circolare RGS-DFP n. 1 del 3 gennaio 2024")
        .endsWith("il peso dei risultati deve essere almeno 30");
  }

  @Test
  void criteriaScaleAndBandsAreChecked() {
    List<String> problems =
        Smvp.problems(
            n("70"), n("30"),
            List.of(new Smvp.Criterion("Collaborazione", null, n("60")), new Smvp.Criterion("collaborazione ", null, n("30"))),
            List.of(new Smvp.Level(3, "buono"), new Smvp.Level(2, "")),
            List.of(new Smvp.PayBand(n("10"), n("50")), new Smvp.PayBand(n("5"), n("40"))),
            n("-1"));
    assertThat(problems)
        .containsExactly(
            "Criterio 2: il nome «collaborazione» è già usato da un altro criterio",
            "I pesi dei criteri dei comportamenti sommano a 90: devono sommare a 100",
            "Livello 2 della scala: indicare la descrizione",
            "I livelli della scala devono essere crescenti: 2 segue 3",
            "La prima fascia deve iniziare da 0, perché ogni punteggio abbia la sua fascia",
            "Fascia 2: il punteggio iniziale deve essere maggiore di quello della fascia precedente",
            "Fascia 2: la percentuale non può essere minore di quella della fascia precedente",
            "Budget della retribuzione di risultato non valido: atteso un importo in euro di 0 o più, al centesimo");
  }

  @Test
  void anInvalidConfigurationCannotBeBuilt() {
    assertThatThrownBy(() -> new Smvp(n("70"), n("20"), STANDARD.criteria(), STANDARD.scale(), STANDARD.bands(), null))
        .isInstanceOf(InvalidEvaluationException.class)
        .hasMessage("I pesi dei risultati (70) e dei comportamenti (20) devono sommare a 100");
  }

  @Test
  void withoutBehaviourNoCriterionIsNeeded() {
    assertThat(Smvp.problems(n("100"), n("0"), List.of(), STANDARD.scale(), STANDARD.bands(), n("6000.50"))).isEmpty();
    assertThat(Smvp.problems(n("70"), n("30"), List.of(), STANDARD.scale(), STANDARD.bands(), null))
        .containsExactly("Indicare almeno un criterio di valutazione dei comportamenti");
  }

  private static List<String> problems(BigDecimal results, BigDecimal behaviour) {
    return Smvp.problems(results, behaviour, STANDARD.criteria(), STANDARD.scale(), STANDARD.bands(), null);
  }
}
