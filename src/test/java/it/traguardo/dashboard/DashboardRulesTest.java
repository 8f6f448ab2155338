package it.traguardo.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import it.traguardo.measure.AchievementStatus;
import it.traguardo.measure.RollUp;
import it.traguardo.monitoring.Checkpoint;
import it.traguardo.plan.PhaseStatus;
import it.traguardo.monitoring.RecordedPhaseStatus;
import it.traguardo.organization.Role;
import it.traguardo.plan.Level;
import it.traguardo.plan.Phase;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The rules of the dashboards by value: objectives at risk, late phases, the first screen after login. */
class DashboardRulesTest {

  private static RollUp at(String percentage) {
    return new RollUp(Optional.of(new BigDecimal(percentage)), AchievementStatus.PARZIALMENTE_RAGGIUNTO, List.of());
  }

  private static final RollUp NOTHING = new RollUp(Optional.empty(), AchievementStatus.NON_VALUTABILE, List.of());

  @Test
  void onlyHighRiskObjectivesWithLowProgressAreAtRisk() {
    for (Level level : new Level[] {null, Level.BASSO, Level.MEDIO}) {
      assertThat(RiskRule.atRisk(level, NOTHING, Checkpoint.MID)).isEmpty();
      assertThat(RiskRule.atRisk(level, at("10"), Checkpoint.FINAL)).isEmpty();
    }
    assertThat(RiskRule.atRisk(Level.ALTO, NOTHING, Checkpoint.MID))
        .contains("rischio alto e nessun valore rilevato alla rilevazione intermedia (30 giugno)");
    assertThat(RiskRule.atRisk(Level.ALTO, at("49.99"), Checkpoint.MID))
        .contains("rischio alto e grado di raggiungimento 49,99 % alla rilevazione intermedia (30 giugno), sotto il 50 %");
    assertThat(RiskRule.atRisk(Level.ALTO, at("50"), Checkpoint.MID)).isEmpty();
    assertThat(RiskRule.atRisk(Level.ALTO, at("50"), Checkpoint.FINAL))
        .contains("rischio alto e grado di raggiungimento 50,00 % alla rilevazione finale (31 dicembre), sotto il 100 %");
    assertThat(RiskRule.atRisk(Level.ALTO, at("99.99"), Checkpoint.FINAL)).isPresent();
    assertThat(RiskRule.atRisk(Level.ALTO, at("100"), Checkpoint.FINAL)).isEmpty();
    assertThat(RiskRule.atRisk(Level.ALTO, at("120"), Checkpoint.FINAL)).isEmpty();
  }

  private static Phase phase(Integer... years) {
    return new Phase(5L, 1, "Affidamento", "2024", List.of(years), null, null);
  }

  private static RecordedPhaseStatus status(int year, PhaseStatus status) {
    return new RecordedPhaseStatus(5L, year, status, null);
  }

  @Test
  void aPhaseIsLateWhenReportedSoOrWhenItsHorizonEndedUncompleted() {
    Phase ended2024 = phase(2024);
    assertThat(LatePhaseRule.late(ended2024, List.of(), 2024, LocalDate.of(2024, 12, 31)))
        .contains("orizzonte concluso il 31/12/2024 e fase non completata");
    assertThat(LatePhaseRule.late(ended2024, List.of(), 2024, LocalDate.of(2024, 12, 30))).isEmpty();
    assertThat(LatePhaseRule.late(ended2024, List.of(), 2025, LocalDate.of(2025, 6, 30))).isPresent();
    assertThat(LatePhaseRule.late(ended2024, List.of(status(2024, PhaseStatus.COMPLETATA)), 2025, LocalDate.of(2025, 6, 30)))
        .isEmpty();
    // completed only in a year after the one observed: still late in the one observed
    assertThat(LatePhaseRule.late(ended2024, List.of(status(2026, PhaseStatus.COMPLETATA)), 2025, LocalDate.of(2025, 6, 30)))
        .isPresent();
    // the year's own record wins over an earlier completion, as on the phase pages
    assertThat(LatePhaseRule.late(
            ended2024, List.of(status(2024, PhaseStatus.COMPLETATA), status(2025, PhaseStatus.IN_CORSO)), 2025,
            LocalDate.of(2025, 6, 30)))
        .contains("orizzonte concluso il 31/12/2024 e fase non completata");
    Phase running = phase(2024, 2025, 2026);
    assertThat(LatePhaseRule.late(running, List.of(), 2025, LocalDate.of(2025, 12, 31))).isEmpty();
    assertThat(LatePhaseRule.late(running, List.of(status(2025, PhaseStatus.IN_RITARDO)), 2025, LocalDate.of(2025, 6, 30)))
        .contains("segnalata in ritardo per il 2025");
    assertThat(LatePhaseRule.late(running, List.of(status(2024, PhaseStatus.IN_RITARDO)), 2025, LocalDate.of(2025, 6, 30)))
        .isEmpty();
    assertThat(LatePhaseRule.late(phase(), List.of(), 2030, LocalDate.of(2030, 12, 31))).isEmpty();
    assertThat(LatePhaseRule.late(phase(), List.of(status(2030, PhaseStatus.IN_RITARDO)), 2030, LocalDate.of(2030, 12, 31)))
        .isPresent();
  }

  @Test
  void theFirstScreenFollowsTheRole() {
    assertThat(first(true, Map.of(1L, Set.of(Role.SEGRETARIO)), null)).isEqualTo("/");
    assertThat(first(false, Map.of(), null)).isEqualTo("/");
    assertThat(first(false, Map.of(1L, Set.of(Role.SEGRETARIO)), null)).isEqualTo("/enti/cedrasco/cruscotto");
    assertThat(first(false, Map.of(1L, Set.of(Role.NDV)), null)).isEqualTo("/enti/cedrasco/cruscotto");
    assertThat(first(false, Map.of(1L, Set.of(Role.GIUNTA)), null)).isEqualTo("/enti/cedrasco/cruscotto");
    assertThat(first(false, Map.of(1L, Set.of(Role.RESPONSABILE)), 7L)).isEqualTo("/enti/cedrasco/cruscotto/responsabili/7");
    assertThat(first(false, Map.of(1L, Set.of(Role.RESPONSABILE)), null)).isEqualTo("/enti/cedrasco/cruscotto");
    assertThat(first(false, Map.of(1L, Set.of(Role.RESPONSABILE, Role.RAGIONERIA)), 7L))
        .isEqualTo("/enti/cedrasco/cruscotto/responsabili/7");
    assertThat(first(false, Map.of(1L, Set.of(Role.RAGIONERIA)), null)).isEqualTo("/enti/cedrasco/pagamenti");
    assertThat(first(false, Map.of(1L, Set.of(Role.SEGRETARIO), 2L, Set.of(Role.SEGRETARIO)), null)).isEqualTo("/");
  }

  private static String first(boolean admin, Map<Long, Set<Role>> roles, Long person) {
    Map<Long, String> codes = Map.of(1L, "cedrasco", 2L, "albosaggia");
    return FirstScreen.path(admin, roles, codes::get, entityId -> Optional.ofNullable(person));
  }

  @Test
  void whatTheViewerOwesInOneSentence() {
    it.traguardo.deadlines.Deadline mid = new it.traguardo.deadlines.Deadline(2024, Checkpoint.MID);
    it.traguardo.deadlines.Deadline end = new it.traguardo.deadlines.Deadline(2025, Checkpoint.FINAL);
    assertThat(new Owed(mid, true, 68, 68).summary())
        .isEqualTo("68 voci da compilare per la rilevazione intermedia 2024 (scadenza 30/06/2024), di cui 68 in ritardo.");
    assertThat(new Owed(end, true, 3, 0).summary())
        .isEqualTo("3 voci da compilare per la rilevazione finale 2025 (scadenza 31/12/2025), nessuna in ritardo.");
    assertThat(new Owed(end, true, 1, 0).summary())
        .isEqualTo("1 voce da compilare per la rilevazione finale 2025 (scadenza 31/12/2025), non in ritardo.");
    assertThat(new Owed(mid, true, 1, 1).summary())
        .isEqualTo("1 voce da compilare per la rilevazione intermedia 2024 (scadenza 30/06/2024), di cui 1 in ritardo.");
    assertThat(new Owed(mid, true, 0, 0).summary())
        .isEqualTo("Nessuna voce da compilare per la rilevazione intermedia 2024 (scadenza 30/06/2024).");
    assertThat(new Owed(end, false, 0, 0).summary())
        .isEqualTo("Nessun piano adottato copre la rilevazione finale 2025 (scadenza 31/12/2025).");
  }
}
