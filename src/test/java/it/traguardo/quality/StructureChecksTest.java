package it.traguardo.quality;

import static it.traguardo.quality.PlanBuilder.objective;
import static it.traguardo.quality.PlanBuilder.plan;
import static org.assertj.core.api.Assertions.assertThat;

import it.traguardo.plan.Characteristics;
import it.traguardo.plan.Level;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StructureChecksTest {

  private static List<Finding> run(String rule, PlanBuilder plan) {
    return Checks.run(rule, plan);
  }

  @Test
  void objectiveWithoutIndicatorsIsAnError() {
    assertThat(run("STRUTTURA_OBIETTIVO_SENZA_INDICATORI", plan().with(objective("1", "A").noIndicators())))
        .singleElement()
        .satisfies(f -> {
          assertThat(f.severity()).isEqualTo(Severity.ERRORE);
          assertThat(f.objective()).isEqualTo("1");
          assertThat(f.line()).isEqualTo(1);
        });
    assertThat(run("STRUTTURA_OBIETTIVO_SENZA_INDICATORI", plan().with(objective("1", "A")))).isEmpty();
  }

  @Test
  void indicatorWithoutTargetIsAnError() {
    var plan = plan().with(objective("1", "A").indicator(1, "Pratiche", " ").indicator(1, "Atti", "100%"));
    assertThat(run("STRUTTURA_INDICATORE_SENZA_VALORE_ATTESO", plan))
        .singleElement()
        .satisfies(f -> assertThat(f.indicator()).isEqualTo("Pratiche"));
    assertThat(run("STRUTTURA_INDICATORE_SENZA_VALORE_ATTESO", plan().with(objective("1", "A")))).isEmpty();
  }

  @Test
  void indicatorOfAPhaseThatDoesNotExist() {
    var plan = plan().with(objective("4", "A").phase(1, "2024", 2024).indicator(1, "Uno", "SI").indicator(5, "Cinque", "SI"));
    assertThat(run("STRUTTURA_INDICATORE_FASE_INESISTENTE", plan))
        .singleElement()
        .satisfies(f -> {
          assertThat(f.severity()).isEqualTo(Severity.AVVISO);
          assertThat(f.objective()).isEqualTo("4");
          assertThat(f.phase()).isEqualTo(5);
          assertThat(f.indicator()).isEqualTo("Cinque");
          assertThat(f.message()).contains("fase 5", "fasi: 1");
        });
    assertThat(run("STRUTTURA_INDICATORE_FASE_INESISTENTE", plan().with(objective("4", "A").indicator(null, "Senza fase", "SI"))))
        .isEmpty();
  }

  @Test
  void phaseWithoutIndicatorOnlyWhereIndicatorsNamePhases() {
    var plan = plan().with(objective("1", "A").phase(1, "2024", 2024).phase(2, "2024", 2024).indicator(1, "Uno", "SI"));
    assertThat(run("STRUTTURA_FASE_SENZA_INDICATORE", plan)).singleElement().satisfies(f -> assertThat(f.phase()).isEqualTo(2));
    var unlinked = plan().with(objective("1", "A").phase(1, "2024", 2024).phase(2, "2024", 2024).indicator(null, "Uno", "SI"));
    assertThat(run("STRUTTURA_FASE_SENZA_INDICATORE", unlinked)).isEmpty();
    var allPhases = plan().with(objective("1", "A").phase(1, "2024", 2024).phase(2, "2024", 2024).indicator(1, "Rispetto delle fasi temporali", "SI"));
    assertThat(run("STRUTTURA_FASE_SENZA_INDICATORE", allPhases)).isEmpty();
  }

  @Test
  void objectiveNumbers() {
    var duplicated = plan().with(objective("1", "A"), objective("2", "B"), objective("2", "C"));
    assertThat(run("STRUTTURA_NUMERO_OBIETTIVO_DUPLICATO", duplicated))
        .singleElement()
        .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.ERRORE));
    assertThat(run("STRUTTURA_NUMERAZIONE_OBIETTIVI", duplicated)).isEmpty();

    var gapAndDisorder = plan().with(objective("1", "A"), objective("4", "B"), objective("3", "C"), objective("x", "D"));
    assertThat(run("STRUTTURA_NUMERAZIONE_OBIETTIVI", gapAndDisorder))
        .extracting(Finding::objective, Finding::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("3", "L'obiettivo 3 segue l'obiettivo 4: la numerazione non è in ordine."),
            org.assertj.core.groups.Tuple.tuple("x", "L'obiettivo «D» non ha un numero leggibile («x»)."),
            org.assertj.core.groups.Tuple.tuple(null, "Nella numerazione degli obiettivi mancano i numeri 2."));
    var good = plan().with(objective("1", "A"), objective("2", "B"));
    assertThat(run("STRUTTURA_NUMERAZIONE_OBIETTIVI", good)).isEmpty();
    assertThat(run("STRUTTURA_NUMERO_OBIETTIVO_DUPLICATO", good)).isEmpty();
  }

  @Test
  void phaseNumbers() {
    var repeated = plan().with(objective("1", "A").phase(1, "2024", 2024).phase(1, "2024", 2024).indicator(1, "Uno", "SI"));
    assertThat(run("STRUTTURA_NUMERO_FASE_DUPLICATO", repeated)).hasSize(1);
    var gap = plan().with(objective("13", "Protocollo").phase(5, "2024", 2024).indicator(5, "Protocolli", "SI"));
    assertThat(run("STRUTTURA_NUMERAZIONE_FASI", gap))
        .singleElement()
        .satisfies(f -> assertThat(f.message()).contains("mancano 1, 2, 3, 4"));
    var good = plan().with(objective("1", "A").phase(1, "2024", 2024).phase(2, "2024", 2024).indicator(1, "Uno", "SI"));
    assertThat(run("STRUTTURA_NUMERO_FASE_DUPLICATO", good)).isEmpty();
    assertThat(run("STRUTTURA_NUMERAZIONE_FASI", good)).isEmpty();
  }

  @Test
  void sameIndicatorNameTwiceWhateverTheTargets() {
    var plan = plan().with(objective("15", "A").indicator(1, "N. pratiche istruite", "10").indicator(1, "n.  PRATICHE istruite", "100%"));
    assertThat(run("STRUTTURA_INDICATORE_DUPLICATO", plan)).singleElement().satisfies(f -> assertThat(f.line()).isEqualTo(201));
    var distinct = plan().with(objective("15", "A").indicator(1, "Criticità segnalate", "< 3").indicator(1, "Criticità segnalate nella neve", "< 3"));
    assertThat(run("STRUTTURA_INDICATORE_DUPLICATO", distinct)).isEmpty();
  }

  @Test
  void horizonOutsideThePlanOrUnreadable() {
    var outside = plan().with(objective("1", "A").phase(1, "2023-2025", 2023, 2024, 2025).indicator(1, "Uno", "SI"));
    assertThat(run("STRUTTURA_ORIZZONTE_FUORI_PERIODO", outside)).singleElement().satisfies(f -> assertThat(f.message()).contains("2023"));
    var unreadable = plan().with(objective("1", "A").phase(1, "a regime").indicator(1, "Uno", "SI"));
    assertThat(run("STRUTTURA_ORIZZONTE_ILLEGGIBILE", unreadable)).hasSize(1);
    var good = plan().with(objective("1", "A"));
    assertThat(run("STRUTTURA_ORIZZONTE_FUORI_PERIODO", good)).isEmpty();
    assertThat(run("STRUTTURA_ORIZZONTE_ILLEGGIBILE", good)).isEmpty();
  }

  @Test
  void ownerUnitAndAssignment() {
    var plan = plan().with(objective("1", "A").sectoral(null).assignment(null), objective("2", "B").sectoral("Servizio 1"));
    assertThat(run("STRUTTURA_SERVIZIO_MANCANTE", plan)).extracting(Finding::objective).containsExactly("1");
    assertThat(run("STRUTTURA_ASSEGNAZIONE_MANCANTE", plan)).extracting(Finding::objective).containsExactly("1");
  }

  @Test
  void characteristicsAllMissingWarnSomeMissingNote() {
    var plan = plan().with(
        objective("1", "A").characteristics(Characteristics.NONE),
        objective("2", "B").characteristics(new Characteristics(Level.ALTO, Level.ALTO, null)),
        objective("3", "C"));
    assertThat(run("STRUTTURA_CARATTERISTICHE_MANCANTI", plan))
        .extracting(Finding::objective, Finding::severity)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("1", Severity.AVVISO), org.assertj.core.groups.Tuple.tuple("2", Severity.INFO));
  }

  @Test
  void weightsMustSumToHundredWhereTheyAreUsed() {
    var plan = plan().with(objective("1", "A").indicator(1, "Uno", "SI").indicator(1, "Due", "SI"), objective("2", "B"));
    Weights weights = new Weights() {
      @Override
      public List<BigDecimal> ofIndicators(it.traguardo.plan.Objective objective) {
        return objective.number().equals("1") ? List.of(BigDecimal.valueOf(60), BigDecimal.valueOf(30)) : List.of(BigDecimal.valueOf(100));
      }

      @Override
      public List<ManagerWeights> ofManagers() {
        return List.of(
            new ManagerWeights("Servizio 1", BigDecimal.valueOf(70), Map.of("1", BigDecimal.valueOf(50), "2", BigDecimal.valueOf(40))),
            new ManagerWeights("Servizio 2", BigDecimal.valueOf(70), Map.of("1", BigDecimal.valueOf(50), "2", BigDecimal.valueOf(50))));
      }
    };
    PlanUnderCheck under = new PlanUnderCheck(plan.build(), List.of(), weights, Tags.NONE);
    assertThat(Checks.run("STRUTTURA_PESI_INDICATORI", under))
        .singleElement()
        .satisfies(f -> assertThat(f.message()).contains("sommano a 90"));
    assertThat(Checks.run("STRUTTURA_PESI_OBIETTIVI", under))
        .singleElement()
        .satisfies(f -> assertThat(f.message()).contains("Servizio 1", "90"));
    assertThat(Checks.run("STRUTTURA_PESI_INDICATORI", plan.under())).isEmpty();
    assertThat(Checks.run("STRUTTURA_PESI_OBIETTIVI", plan.under())).isEmpty();
  }
}
