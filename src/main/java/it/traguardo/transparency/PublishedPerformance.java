package it.traguardo.transparency;

import it.traguardo.documents.RelazioneData;
import it.traguardo.organization.Entities;
import it.traguardo.organization.Entity;
import it.traguardo.organization.Organization;
import it.traguardo.plan.PlanScoring;
import it.traguardo.plan.PlanSummary;
import it.traguardo.plan.Plans;
import it.traguardo.plan.StoredPlan;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** The published plan of an ente covering a year, measured for that year: what the transparency page shows. */
@Service
public class PublishedPerformance {

  private final Entities entities;
  private final Organization organization;
  private final Plans plans;
  private final PlanScoring scoring;

  PublishedPerformance(Entities entities, Organization organization, Plans plans, PlanScoring scoring) {
    this.entities = entities;
    this.organization = organization;
    this.plans = plans;
    this.scoring = scoring;
  }

  /** A published plan measured for one year. */
  public record Measured(Entity entity, StoredPlan stored, int year, RelazioneData relazione) {

    public DocumentKey key(DocumentKind kind) {
      return new DocumentKey(stored.summary().id(), stored.summary().importedAt(), year, kind);
    }
  }

  /**
   * The plan past BOZZA whose period covers {@code year}; where rolling plans overlap, the latest one. Drafts do not
   * exist here, whoever asks.
   */
  public Optional<Measured> find(String entityCode, int year) {
    Optional<Entity> entity = entities.byCode(entityCode);
    if (entity.isEmpty()) {
      return Optional.empty();
    }
    long entityId = entity.get().id();
    return plans.summaries(entityId).stream()
        .filter(p -> p.state().isPublic() && year >= p.firstYear() && year <= p.lastYear())
        .max(Comparator.comparingInt(PlanSummary::firstYear))
        .flatMap(p -> plans.find(entityId, p.id()))
        .map(stored -> measure(entity.get(), stored, year));
  }

  private Measured measure(Entity entity, StoredPlan stored, int year) {
    List<PlanScoring.ObjectiveScore> scores =
        scoring.score(stored.plan(), year, PlanScoring.ActualValues.fromDocument(stored.plan()));
    PlanScoring.Overview overview = scoring.overview(scores, managers(entity));
    return new Measured(entity, stored, year, new RelazioneData(stored.plan(), year, scores, overview));
  }

  /** The ente's people who are responsible for units, by unit name (as the plan page derives them). */
  private List<PlanScoring.Manager> managers(Entity entity) {
    Map<Long, String> unitNames = new HashMap<>();
    organization.units(entity.id()).forEach(unit -> unitNames.put(unit.id(), unit.name()));
    return organization.people(entity.id()).stream()
        .filter(person -> !person.unitIds().isEmpty())
        .map(person -> new PlanScoring.Manager(person.fullName(), person.unitIds().stream().map(unitNames::get).toList()))
        .toList();
  }
}
