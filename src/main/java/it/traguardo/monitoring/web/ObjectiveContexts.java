package it.traguardo.monitoring.web;

import it.traguardo.monitoring.Progress;
import it.traguardo.monitoring.Responsibilities;
import it.traguardo.organization.Entities;
import it.traguardo.organization.Entity;
import it.traguardo.plan.Objective;
import it.traguardo.plan.Plans;
import it.traguardo.plan.StoredPlan;
import it.traguardo.security.CurrentUser;
import it.traguardo.security.TraguardoPrincipal;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * The objective a monitoring page works on, found from its address for a member of its ente: anyone else gets 404,
 * as if it did not exist.
 */
@Component
class ObjectiveContexts {

  private final Entities entities;
  private final Plans plans;
  private final Progress progress;
  private final Responsibilities responsibilities;

  ObjectiveContexts(Entities entities, Plans plans, Progress progress, Responsibilities responsibilities) {
    this.entities = entities;
    this.plans = plans;
    this.progress = progress;
    this.responsibilities = responsibilities;
  }

  /** An objective of a member's ente, and whether that member reports on it. */
  record Context(
      Entity entity, StoredPlan plan, Objective objective, Progress.ObjectiveState state, TraguardoPrincipal user, boolean mayReport) {

    /** The values page of a year, optionally at an anchor. */
    String valuesPage(int year, String anchor) {
      return "/enti/" + entity.code() + "/piani/" + plan.summary().id() + "/obiettivi/" + objective.id() + "/valori?anno=" + year
          + (anchor == null ? "" : "#" + anchor);
    }

    String valuesAction(String tail) {
      return "/enti/" + entity.code() + "/piani/" + plan.summary().id() + "/obiettivi/" + objective.id() + "/valori" + tail;
    }

    /** Refuses a member who does not report on the objective. */
    void requireReporter() {
      if (!mayReport) {
        throw new ResponseStatusException(HttpStatus.FORBIDDEN);
      }
    }
  }

  Context of(String code, long planId, long objectiveId) {
    Entity entity = entities.byCode(code).orElseThrow(ObjectiveContexts::notFound);
    TraguardoPrincipal user = CurrentUser.get().orElseThrow(() -> new ResponseStatusException(HttpStatus.UNAUTHORIZED));
    if (!user.isMember(entity.id())) {
      throw notFound();
    }
    StoredPlan plan = plans.find(entity.id(), planId).orElseThrow(ObjectiveContexts::notFound);
    Objective objective =
        plan.plan().objectives().stream().filter(o -> o.id() == objectiveId).findFirst().orElseThrow(ObjectiveContexts::notFound);
    Progress.ObjectiveState state = progress.objective(entity.id(), objectiveId).orElseThrow(ObjectiveContexts::notFound);
    return new Context(entity, plan, objective, state, user, responsibilities.mayReport(entity.id(), user, state.id(), state.unitId()));
  }

  static ResponseStatusException notFound() {
    return new ResponseStatusException(HttpStatus.NOT_FOUND);
  }
}
