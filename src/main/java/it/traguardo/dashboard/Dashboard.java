package it.traguardo.dashboard;

import it.traguardo.measure.AchievementStatus;
import it.traguardo.measure.RollUp;
import it.traguardo.monitoring.Checkpoint;
import it.traguardo.monitoring.RecordedPhaseStatus;
import it.traguardo.plan.Objective;
import it.traguardo.plan.Phase;
import it.traguardo.plan.PlanMeasurement;
import it.traguardo.plan.PlanScoring;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What a dashboard shows for a scope, a year and a checkpoint, computed from the measured plan and the phase
 * statuses. Plain Java.
 *
 * @param observed the day the figures describe: the checkpoint's day, or today while it has not come
 * @param achievement the scope's achievement: the mean of its evaluable objectives
 * @param breakdown the ente by service, a service or a manager by objective
 * @param byStatus how many of the scope's objectives are in each status, every status listed
 * @param managers on the ente's dashboard, each manager's achievement; empty on the others
 */
public record Dashboard(
    Scope scope,
    int year,
    Checkpoint checkpoint,
    LocalDate observed,
    RollUp achievement,
    List<Bar> breakdown,
    Map<AchievementStatus, Integer> byStatus,
    List<ObjectiveAtRisk> atRisk,
    List<LatePhase> latePhases,
    List<PlanScoring.ManagerScore> managers,
    int objectiveCount) {

  public Dashboard {
    breakdown = List.copyOf(breakdown);
    byStatus = Collections.unmodifiableMap(new EnumMap<>(byStatus));
    atRisk = List.copyOf(atRisk);
    latePhases = List.copyOf(latePhases);
    managers = List.copyOf(managers);
  }

  /**
   * One bar of the breakdown.
   *
   * @param percentage the achievement, or null when not evaluable
   * @param objectiveId the objective of the bar, or null for a service
   */
  public record Bar(String label, BigDecimal percentage, AchievementStatus status, Long objectiveId) {}

  public record ObjectiveAtRisk(Objective objective, RollUp progress, String reason) {}

  public record LatePhase(Objective objective, Phase phase, String reason) {}

  public static Dashboard of(
      Scope scope, PlanMeasurement.Measured measured, List<RecordedPhaseStatus> statuses, int year, Checkpoint checkpoint,
      LocalDate observed) {
    List<PlanScoring.ObjectiveScore> scores =
        measured.objectives().stream().filter(s -> scope.includes(s.objective())).toList();
    Map<AchievementStatus, Integer> byStatus = new EnumMap<>(AchievementStatus.class);
    for (AchievementStatus status : AchievementStatus.values()) {
      byStatus.put(status, 0);
    }
    List<ObjectiveAtRisk> atRisk = new ArrayList<>();
    List<LatePhase> late = new ArrayList<>();
    Map<Long, List<RecordedPhaseStatus>> byPhase =
        statuses.stream().collect(Collectors.groupingBy(RecordedPhaseStatus::phaseId));
    for (PlanScoring.ObjectiveScore score : scores) {
      byStatus.merge(score.rollUp().status(), 1, Integer::sum);
      Objective objective = score.objective();
      RiskRule.atRisk(objective.characteristics().risk(), score.rollUp(), checkpoint)
          .ifPresent(reason -> atRisk.add(new ObjectiveAtRisk(objective, score.rollUp(), reason)));
      for (Phase phase : objective.phases()) {
        LatePhaseRule.late(phase, byPhase.getOrDefault(phase.id(), List.of()), year, observed)
            .ifPresent(reason -> late.add(new LatePhase(objective, phase, reason)));
      }
    }
    PlanScoring.Overview overview = measured.overview();
    List<Bar> breakdown = new ArrayList<>();
    RollUp achievement;
    if (scope instanceof Scope.Ente) {
      achievement = overview.entity();
      overview.units().forEach((unit, rollUp) -> breakdown.add(bar(unit, rollUp, null)));
    } else {
      achievement =
          scope instanceof Scope.Service service
              ? overview.units().get(service.unit())
              : overview.managers().stream()
                  .filter(m -> m.manager().equals(((Scope.Manager) scope).manager()))
                  .map(PlanScoring.ManagerScore::rollUp)
                  .findFirst()
                  .orElse(null);
      for (PlanScoring.ObjectiveScore score : scores) {
        breakdown.add(bar(score.objective().heading(), score.rollUp(), score.objective().id()));
      }
    }
    return new Dashboard(
        scope, year, checkpoint, observed, Optional.ofNullable(achievement).orElse(NOTHING), breakdown, byStatus, atRisk,
        late, scope instanceof Scope.Ente ? overview.managers() : List.of(), scores.size());
  }

  private static final RollUp NOTHING = new RollUp(Optional.empty(), AchievementStatus.NON_VALUTABILE, List.of());

  private static Bar bar(String label, RollUp rollUp, Long objectiveId) {
    return new Bar(label, rollUp.percentage().orElse(null), rollUp.status(), objectiveId);
  }

  /** How many objectives are counted in a status. */
  public int count(AchievementStatus status) {
    return byStatus.get(status);
  }

  /** The dashboard in one Italian sentence, the text alternative of its charts. */
  public String summary() {
    StringBuilder text = new StringBuilder(plural(objectiveCount, "obiettivo", "obiettivi")).append(": ");
    text.append(plural(count(AchievementStatus.RAGGIUNTO), "raggiunto", "raggiunti")).append(", ");
    text.append(plural(count(AchievementStatus.PARZIALMENTE_RAGGIUNTO), "parzialmente raggiunto", "parzialmente raggiunti"))
        .append(", ");
    text.append(plural(count(AchievementStatus.NON_RAGGIUNTO), "non raggiunto", "non raggiunti")).append(", ");
    text.append(plural(count(AchievementStatus.NON_VALUTABILE), "non valutabile", "non valutabili")).append("; ");
    text.append(plural(atRisk.size(), "a rischio", "a rischio")).append("; ");
    text.append(plural(latePhases.size(), "fase in ritardo", "fasi in ritardo")).append(".");
    return text.toString();
  }

  private static String plural(int count, String one, String many) {
    return count + " " + (count == 1 ? one : many);
  }
}
