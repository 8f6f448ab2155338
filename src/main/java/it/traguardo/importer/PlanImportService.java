package it.traguardo.importer;

import it.traguardo.organization.Entities;
import it.traguardo.organization.Entity;
import it.traguardo.plan.Adoption;
import it.traguardo.plan.Plan;
import it.traguardo.plan.PlanState;
import it.traguardo.plan.PlanSummary;
import it.traguardo.plan.Plans;
import it.traguardo.plan.StoredPlan;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Stores an imported plan in an ente, all or nothing: the ente, the replacement of an old plan and the new one. */
@Service
public class PlanImportService {

  private final Entities entities;
  private final Plans plans;
  private final ApplicationEventPublisher events;

  PlanImportService(Entities entities, Plans plans, ApplicationEventPublisher events) {
    this.entities = entities;
    this.plans = plans;
    this.events = events;
  }

  /** How a store request ended. */
  public record Outcome(Status status, String entityCode, Long planId, String message) {
    public boolean refused() {
      return status == Status.EXISTS;
    }
  }

  public enum Status {
    CREATED,
    REPLACED,
    EXISTS
  }

  /**
   * Stores a plan read without errors.
   *
   * @param entityName the ente's name when it must be created; the plan's cover name when null
   * @param replace replace a plan of the same period instead of refusing
   * @param adoption the adoption act, or null for a draft
   */
  @Transactional
  public Outcome store(
      Plan plan, String entityCode, String entityName, boolean replace, String sourceName, String importedBy,
      List<Diagnostic> diagnostics, PlanState state, Adoption adoption) {
    Entity entity =
        entities.byCode(entityCode).orElseGet(() -> entities.create(entityCode, entityName == null ? plan.entityName() : entityName));
    Optional<PlanSummary> existing = plans.byPeriod(entity.id(), plan.firstYear(), plan.lastYear());
    if (existing.isPresent() && !replace) {
      return new Outcome(
          Status.EXISTS,
          entity.code(),
          existing.get().id(),
          "L'ente «" + entity.code() + "» ha già il piano " + existing.get().period() + " (id " + existing.get().id()
              + "): per sostituirlo usare --replace.");
    }
    existing.ifPresent(old -> plans.delete(entity.id(), old.id()));
    long planId =
        plans.store(
            entity.id(), plan, state, adoption, sourceName, importedBy,
            diagnostics.stream().map(d -> new StoredPlan.StoredDiagnostic(d.severity().name(), d.line(), d.message())).toList());
    Status status = existing.isPresent() ? Status.REPLACED : Status.CREATED;
    events.publishEvent(
        new PlanImported(
            entity.id(), planId, plan.firstYear() + "-" + plan.lastYear(), sourceName, status == Status.REPLACED, importedBy));
    return new Outcome(
        status,
        entity.code(),
        planId,
        "Piano " + plan.firstYear() + "-" + plan.lastYear() + " " + (status == Status.REPLACED ? "sostituito" : "salvato")
            + " per l'ente «" + entity.code() + "» (id " + planId + ", " + plan.objectives().size() + " obiettivi).");
  }
}
