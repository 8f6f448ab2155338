package it.traguardo.plan;

import it.traguardo.organization.Organization;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * A stored plan measured for a year, as every page and document shows it: the values entered through monitoring
 * (the document's own "Raggiunto" where there are none), the Nucleo di Valutazione's own percentages where it set
 * them, and the ente's managers with their units.
 */
@Service
public class PlanMeasurement {

  private final PlanScoring scoring;
  private final Organization organization;
  private final Optional<ActualValuesSource> entered;
  private final Optional<EvaluatorReviews> reviews;

  PlanMeasurement(
      PlanScoring scoring, Organization organization, Optional<ActualValuesSource> entered,
      Optional<EvaluatorReviews> reviews) {
    this.scoring = scoring;
    this.organization = organization;
    this.entered = entered;
    this.reviews = reviews;
  }

  /** The plan's objectives scored for the year, and their roll-up for the ente, services and managers. */
  public record Measured(List<PlanScoring.ObjectiveScore> objectives, PlanScoring.Overview overview) {}

  public Measured measure(long entityId, Plan plan, int year) {
    return measure(entityId, plan, year, actuals(entityId, plan));
  }

  /** The plan measured with the values given, such as those known at a checkpoint, and the NdV's reviews of the year. */
  public Measured measure(long entityId, Plan plan, int year, PlanScoring.ActualValues actuals) {
    return measured(entityId, plan, year, actuals, reviews(entityId, plan, year));
  }

  /**
   * The plan measured with the values given and without the NdV's reviews: the results as they stand at the
   * intermediate checkpoint, which the NdV's final assessment of the year does not touch.
   */
  public Measured measureWithoutReviews(long entityId, Plan plan, int year, PlanScoring.ActualValues actuals) {
    return measured(entityId, plan, year, actuals, PlanScoring.Reviews.NONE);
  }

  private Measured measured(
      long entityId, Plan plan, int year, PlanScoring.ActualValues actuals, PlanScoring.Reviews reviews) {
    List<PlanScoring.ObjectiveScore> objectives = scoring.score(plan, year, actuals, reviews);
    return new Measured(objectives, scoring.overview(objectives, managers(entityId)));
  }

  public PlanScoring.ObjectiveScore measure(long entityId, Plan plan, Objective objective, int year) {
    return scoring.score(objective, year, actuals(entityId, plan), reviews(entityId, plan, year));
  }

  private PlanScoring.Reviews reviews(long entityId, Plan plan, int year) {
    return plan.id() == null
        ? PlanScoring.Reviews.NONE
        : reviews.map(source -> source.of(entityId, plan.id(), year)).orElse(PlanScoring.Reviews.NONE);
  }

  private PlanScoring.ActualValues actuals(long entityId, Plan plan) {
    return entered.map(source -> source.of(entityId, plan)).orElseGet(() -> PlanScoring.ActualValues.fromDocument(plan));
  }

  /** The ente's people who are responsible for units, by the units' names. */
  private List<PlanScoring.Manager> managers(long entityId) {
    Map<Long, String> unitNames = new HashMap<>();
    organization.units(entityId).forEach(unit -> unitNames.put(unit.id(), unit.name()));
    return organization.people(entityId).stream()
        .filter(person -> !person.unitIds().isEmpty())
        .map(person -> new PlanScoring.Manager(person.fullName(), person.unitIds().stream().map(unitNames::get).toList()))
        .toList();
  }
}
