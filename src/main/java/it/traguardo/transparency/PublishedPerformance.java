package it.traguardo.transparency;

import it.traguardo.documents.RelazioneData;
import it.traguardo.organization.Entities;
import it.traguardo.organization.Entity;
import it.traguardo.plan.PlanMeasurement;
import it.traguardo.plan.PlanSummary;
import it.traguardo.plan.Plans;
import it.traguardo.plan.StoredPlan;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** The published plan of an ente covering a year, measured for that year: what the transparency page shows. */
@Service
public class PublishedPerformance {

  private final Entities entities;
  private final Plans plans;
  private final PlanMeasurement measurement;

  PublishedPerformance(Entities entities, Plans plans, PlanMeasurement measurement) {
    this.entities = entities;
    this.plans = plans;
    this.measurement = measurement;
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
    PlanMeasurement.Measured measured = measurement.measure(entity.id(), stored.plan(), year);
    return new Measured(
        entity, stored, year, new RelazioneData(stored.plan(), year, measured.objectives(), measured.overview()));
  }
}
