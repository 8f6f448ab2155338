package it.traguardo.quality;

import static it.traguardo.quality.PlanBuilder.objective;
import static it.traguardo.quality.PlanBuilder.plan;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MeasurabilityChecksTest {

  @Test
  void qualitativeTargetsAreJudgedByTheNdv() {
    var plan = plan().with(objective("19", "A")
        .indicator(1, "Immobili affrancati", "Tutti quelli possibili in relazione alla presenza della documentazione necessaria")
        .indicator(1, "Qualità del servizio", "Giudizio del NdV")
        .indicator(1, "Pratiche", "100%"));
    assertThat(Checks.run("MISURABILITA_VALORE_ATTESO_QUALITATIVO", plan))
        .extracting(Finding::indicator, Finding::severity)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Immobili affrancati", Severity.AVVISO),
            org.assertj.core.groups.Tuple.tuple("Qualità del servizio", Severity.INFO));
  }

  @Test
  void zeroTargetOnAHigherIsBetterName() {
    var plan = plan().with(objective("18", "A")
        .indicator(1, "N. progetti presentati", "0")
        .indicator(1, "Giornate di mancata protocollazione", "0")
        .indicator(1, "Criticità segnalate", "0%"));
    assertThat(Checks.run("MISURABILITA_VALORE_ATTESO_ZERO", plan)).extracting(Finding::indicator).containsExactly("N. progetti presentati");
  }

  @Test
  void polarityUnclearWhenNameAndComparatorDisagree() {
    var plan = plan().with(objective("3", "A")
        .indicator(1, "Rilievi da parte del NdV su completezza pubblicazioni", "> 95%")
        .indicator(1, "Completezza pubblicazioni", "> 95%")
        .indicator(1, "Criticità segnalate", "< 5"));
    assertThat(Checks.run("MISURABILITA_POLARITA_INCERTA", plan))
        .extracting(Finding::indicator)
        .containsExactly("Rilievi da parte del NdV su completezza pubblicazioni");
  }

  @Test
  void activityVolumesWithoutReference() {
    var plan = plan().with(objective("6", "A")
        .indicator(2, "N. mandati", "1000")
        .indicator(2, "numero transazioni pagopa", "200")
        .indicator(2, "N. solleciti", "Almeno 50")
        .indicator(2, "N. pratiche istruite/n. pratiche pervenute", "10")
        .indicator(2, "N. varianti", "0")
        .indicator(2, "Delibere", "90"));
    assertThat(Checks.run("MISURABILITA_VOLUME_SENZA_RIFERIMENTO", plan))
        .extracting(Finding::indicator, Finding::severity)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("N. mandati", Severity.INFO),
            org.assertj.core.groups.Tuple.tuple("numero transazioni pagopa", Severity.INFO));
  }

  @Test
  void baselineFormulaAndSourceOnceForThePlan() {
    var plan = plan().with(objective("1", "A"), objective("2", "B"));
    assertThat(Checks.run("MISURABILITA_SCHEDA_INDICATORE_INCOMPLETA", plan))
        .singleElement()
        .satisfies(f -> {
          assertThat(f.objective()).isNull();
          assertThat(f.message()).contains("Linee guida n. 1/2017 del Dipartimento della Funzione Pubblica");
        });
    assertThat(Checks.run("MISURABILITA_SCHEDA_INDICATORE_INCOMPLETA", plan().with(objective("1", "A").noIndicators()))).isEmpty();
  }
}
