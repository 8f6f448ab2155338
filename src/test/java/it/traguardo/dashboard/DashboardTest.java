package it.traguardo.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import it.traguardo.measure.AchievementStatus;
import it.traguardo.measure.NamedDates;
import it.traguardo.measure.ScoringPolicy;
import it.traguardo.monitoring.Checkpoint;
import it.traguardo.plan.Plan;
import it.traguardo.plan.PlanMeasurement;
import it.traguardo.plan.PlanScoring;
import it.traguardo.support.MeasuredSeed;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The dashboards of the measured Cedrasco seed for 2024 at 31 December: objective 6 at 55,56 %, the rest without
 * values; five objectives have a high risk; sixteen phases had their horizon in 2024 alone.
 */
class DashboardTest {

  private static final String SERVICE_1 = "Servizio 1 – Finanziario - Amministrativo";
  private static final String SERVICE_2 = "Servizio 2 – Edilizia Privata, Urbanistica, Sue";
  private static final String SERVICE_3 = "Servizio 3 – Lavori Pubblici, Territorio, Manutenzioni";
  private static final PlanScoring.Manager MANAGER_2 = new PlanScoring.Manager("Responsabile 2", List.of(SERVICE_2));
  private static final LocalDate END_2024 = LocalDate.of(2024, 12, 31);

  private static final PlanMeasurement.Measured MEASURED = measured();

  private static PlanMeasurement.Measured measured() {
    Plan plan = MeasuredSeed.plan();
    PlanScoring scoring = new PlanScoring(ScoringPolicy.standard(), NamedDates.empty());
    List<PlanScoring.ObjectiveScore> objectives = scoring.score(plan, 2024, PlanScoring.ActualValues.fromDocument(plan));
    return new PlanMeasurement.Measured(objectives, scoring.overview(objectives, List.of(MANAGER_2)));
  }

  @Test
  void theEnte() {
    Dashboard ente = Dashboard.of(new Scope.Ente("Comune di Cedrasco"), MEASURED, List.of(), 2024, Checkpoint.FINAL, END_2024);
    assertThat(ente.objectiveCount()).isEqualTo(19);
    assertThat(ente.achievement().percentage()).contains(new BigDecimal("55.56"));
    assertThat(ente.achievement().status()).isEqualTo(AchievementStatus.PARZIALMENTE_RAGGIUNTO);
    assertThat(ente.byStatus()).containsExactlyInAnyOrderEntriesOf(Map.of(
        AchievementStatus.RAGGIUNTO, 0, AchievementStatus.PARZIALMENTE_RAGGIUNTO, 1, AchievementStatus.NON_RAGGIUNTO, 0,
        AchievementStatus.NON_VALUTABILE, 18));
    assertThat(ente.byStatus().keySet()).containsExactly(AchievementStatus.values());
    assertThat(ente.breakdown()).extracting(Dashboard.Bar::label, Dashboard.Bar::percentage, Dashboard.Bar::status)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(SERVICE_1, new BigDecimal("55.56"), AchievementStatus.PARZIALMENTE_RAGGIUNTO),
            org.assertj.core.groups.Tuple.tuple(SERVICE_2, null, AchievementStatus.NON_VALUTABILE),
            org.assertj.core.groups.Tuple.tuple(SERVICE_3, null, AchievementStatus.NON_VALUTABILE));
    assertThat(ente.atRisk()).extracting(r -> r.objective().number()).containsExactly("2", "4", "10", "15", "18");
    assertThat(ente.atRisk()).extracting(Dashboard.ObjectiveAtRisk::reason)
        .containsOnly("rischio alto e nessun valore rilevato alla rilevazione finale (31 dicembre)");
    assertThat(ente.latePhases()).hasSize(16);
    assertThat(ente.latePhases()).extracting(l -> l.objective().number()).containsOnly("2", "3", "4", "11");
    assertThat(ente.latePhases()).extracting(Dashboard.LatePhase::reason)
        .containsOnly("orizzonte concluso il 31/12/2024 e fase non completata");
    assertThat(ente.managers()).extracting(m -> m.manager().name()).containsExactly("Responsabile 2");
    assertThat(ente.summary())
        .isEqualTo("19 obiettivi: 0 raggiunti, 1 parzialmente raggiunto, 0 non raggiunti, 18 non valutabili; 5 a rischio;"
            + " 16 fasi in ritardo.");
  }

  @Test
  void beforeTheHorizonEndsNoPhaseIsLate() {
    Dashboard midYear =
        Dashboard.of(new Scope.Ente("Cedrasco"), MEASURED, List.of(), 2024, Checkpoint.MID, LocalDate.of(2024, 6, 30));
    assertThat(midYear.latePhases()).isEmpty();
    assertThat(midYear.atRisk()).hasSize(5);
  }

  @Test
  void aServiceByObjective() {
    Dashboard service = Dashboard.of(new Scope.Service(SERVICE_1), MEASURED, List.of(), 2024, Checkpoint.FINAL, END_2024);
    assertThat(service.objectiveCount()).isEqualTo(9);
    assertThat(service.achievement().percentage()).contains(new BigDecimal("55.56"));
    assertThat(service.breakdown()).extracting(Dashboard.Bar::label).first().isEqualTo("6. Gestione accurata Bilancio e stock del debito");
    assertThat(service.breakdown()).hasSize(9).first().extracting(Dashboard.Bar::percentage).isEqualTo(new BigDecimal("55.56"));
    assertThat(service.atRisk()).extracting(r -> r.objective().number()).containsExactly("10");
    assertThat(service.latePhases()).extracting(l -> l.objective().number() + "." + l.phase().number())
        .containsExactly("11.1", "11.2", "11.3", "11.4");
    assertThat(service.managers()).isEmpty();
  }

  @Test
  void aManagerWithTheTransversalObjectives() {
    Dashboard manager = Dashboard.of(new Scope.Manager(MANAGER_2), MEASURED, List.of(), 2024, Checkpoint.FINAL, END_2024);
    assertThat(manager.objectiveCount()).isEqualTo(8);
    assertThat(manager.breakdown()).extracting(b -> b.label().substring(0, b.label().indexOf('.')))
        .containsExactly("1", "2", "3", "4", "5", "15", "16", "17");
    assertThat(manager.achievement().percentage()).isEmpty();
    assertThat(manager.achievement().status()).isEqualTo(AchievementStatus.NON_VALUTABILE);
    assertThat(manager.atRisk()).extracting(r -> r.objective().number()).containsExactly("2", "4", "15");
    assertThat(manager.latePhases()).hasSize(12);
    assertThat(manager.summary())
        .isEqualTo("8 obiettivi: 0 raggiunti, 0 parzialmente raggiunti, 0 non raggiunti, 8 non valutabili; 3 a rischio;"
            + " 12 fasi in ritardo.");
  }
}
