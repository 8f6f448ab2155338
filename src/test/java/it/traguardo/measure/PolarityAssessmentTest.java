package it.traguardo.measure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PolarityAssessmentTest {

  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource(delimiter = '|', textBlock = """
      Criticità segnalate/riscontrate nella manutenzione del verde | < 5 | LOWER_IS_BETTER | false
      indicatore annuale di ritardo elaborato dalla Pcc | < 0 | LOWER_IS_BETTER | false
      Rilievi da parte del NdV su completezza pubblicazioni | > 95% | HIGHER_IS_BETTER | false
      N. posizioni IMU bonificate | Almeno 80% | HIGHER_IS_BETTER | false
      Delibere CC – GC | = 90 | EXACT | false
      Giornate di mancata protocollazione | 0 | LOWER_IS_BETTER | false
      Criticità segnalate/riscontrate nella pubblicazione dati | 0% | LOWER_IS_BETTER | false
      CRITICITA SEGNALATE | 2 | LOWER_IS_BETTER | false
      Numero errori di fatturazione | 3 | LOWER_IS_BETTER | false
      Reclami ricevuti | 10 | LOWER_IS_BETTER | false
      Contenziosi avviati | 1 | LOWER_IS_BETTER | false
      Scostamenti tra obiettivi e risultati | 0 | LOWER_IS_BETTER | false
      Segnalazioni dei cittadini | 5 | LOWER_IS_BETTER | false
      Attuazione delle procedure concorsuali previste 2024 | 0 | HIGHER_IS_BETTER | true
      N. progetti correlati al PNRR/Bandi Regionali presentati | 0 | HIGHER_IS_BETTER | true
      N. aggiornamenti/variazioni PGT | 0 | HIGHER_IS_BETTER | true
      Protocolli in arrivo | 3200 | HIGHER_IS_BETTER | false
      Report formalizzati al Segretario | 2/annuo | HIGHER_IS_BETTER | false
      Terrorismo informatico evitato | 5 | HIGHER_IS_BETTER | false
      """)
  void infersPolarityFromComparatorThenName(
      String name, String target, Polarity polarity, boolean uncertain) {
    PolarityAssessment assessment = PolarityAssessment.assess(name, Target.parse(target), null);

    assertThat(assessment.polarity()).isEqualTo(polarity);
    assertThat(assessment.uncertain()).isEqualTo(uncertain);
    assertThat(assessment.reason()).isNotBlank();
  }

  @Test
  void explicitPolarityWinsOverTheName() {
    PolarityAssessment assessment =
        PolarityAssessment.assess("Criticità risolte", Target.parse("10"), Polarity.HIGHER_IS_BETTER);

    assertThat(assessment.polarity()).isEqualTo(Polarity.HIGHER_IS_BETTER);
    assertThat(assessment.uncertain()).isFalse();
  }

  @Test
  void explicitPolarityAgainstTheComparatorIsFlagged() {
    PolarityAssessment assessment =
        PolarityAssessment.assess("Criticità", Target.parse("< 5"), Polarity.HIGHER_IS_BETTER);

    assertThat(assessment.polarity()).isEqualTo(Polarity.LOWER_IS_BETTER);
    assertThat(assessment.uncertain()).isTrue();
    assertThat(assessment.reason()).contains("non è coerente");
  }

  @Test
  void withNothingToGoOnHigherIsBetter() {
    PolarityAssessment assessment = PolarityAssessment.assess(null, Target.parse("10"), null);

    assertThat(assessment.polarity()).isEqualTo(Polarity.HIGHER_IS_BETTER);
    assertThat(assessment.uncertain()).isFalse();
  }
}
