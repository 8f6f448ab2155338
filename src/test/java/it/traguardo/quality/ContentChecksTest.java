package it.traguardo.quality;

import static it.traguardo.quality.PlanBuilder.objective;
import static it.traguardo.quality.PlanBuilder.plan;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ContentChecksTest {

  private static PlanBuilder coveringAllThemes() {
    return plan().with(
        objective("1", "Semplificazione e DIGITALIZZAZIONE dei procedimenti"),
        objective("2", "Sito istituzionale").description("Piena accessibilità per le persone con disabilità."),
        objective("3", "Pari opportunità ed equilibrio di genere"),
        objective("4", "Efficientamento energetico degli immobili"));
  }

  @Test
  void everyThemeCoveredByTitleOrDescriptionAccentAndCaseInsensitive() {
    assertThat(Checks.run("CONTENUTI_TEMA_MANCANTE", coveringAllThemes())).isEmpty();
    var plain = plan().with(objective("1", "Pari opportunita"));
    assertThat(Checks.run("CONTENUTI_TEMA_MANCANTE", plain))
        .extracting(Finding::message)
        .noneMatch(m -> m.contains("«pari opportunità"))
        .allMatch(m -> m.contains("meno di 50 dipendenti") && m.contains("DM 132/2022 art. 6"))
        .hasSize(4);
  }

  @Test
  void aPhaseAloneDoesNotCoverATheme() {
    var plan = plan().with(objective("1", "Immobili").phaseText(1, "Certificazione energetica").indicator(1, "Uno", "SI"));
    assertThat(Checks.run("CONTENUTI_TEMA_MANCANTE", plan)).anyMatch(f -> f.message().contains("efficientamento energetico"));
  }

  @Test
  void tagsCoverThemes() {
    var plan = plan().with(objective("1", "Sportello"));
    PlanUnderCheck tagged = new PlanUnderCheck(plan.build(), List.of(), Weights.NONE,
        o -> Set.of("semplificazione", "digitalizzazione", "accessibilità", "pari opportunità", "risparmio energetico"));
    assertThat(Checks.run("CONTENUTI_TEMA_MANCANTE", tagged)).isEmpty();
  }

  @Test
  void anObjectiveAnnouncedInThePremiseMustExist() {
    String premise = "L'Ente ha quindi ritenuto di predisporre un obiettivo specifico finalizzato al contenimento energetico.";
    assertThat(Checks.run("CONTENUTI_OBIETTIVO_ANNUNCIATO_MANCANTE", plan().premise(premise).with(objective("1", "Bilancio"))))
        .singleElement()
        .satisfies(f -> assertThat(f.message()).contains("contenimento energetico"));
    assertThat(Checks.run("CONTENUTI_OBIETTIVO_ANNUNCIATO_MANCANTE",
        plan().premise(premise).with(objective("1", "Riduzione dei consumi di energia elettrica")))).isEmpty();
  }

  @Test
  void anAnnouncedSubjectOutsideTheKnownThemesNeedsAllItsWords() {
    String premise = "È previsto un obiettivo specifico dedicato alla riscossione coattiva dei tributi.";
    assertThat(Checks.run("CONTENUTI_OBIETTIVO_ANNUNCIATO_MANCANTE", plan().premise(premise).with(objective("1", "Riscossione ordinaria"))))
        .hasSize(1);
    assertThat(Checks.run("CONTENUTI_OBIETTIVO_ANNUNCIATO_MANCANTE",
        plan().premise(premise).with(objective("1", "Riscossione coattiva dei tributi locali")))).isEmpty();
  }
}
