package it.traguardo.nextyear.web;

import it.traguardo.nextyear.NextYearPlans;
import it.traguardo.nextyear.NextYearPlans.Outcome;
import it.traguardo.organization.Role;
import it.traguardo.plan.PlanSummary;
import it.traguardo.plan.Plans;
import it.traguardo.security.CurrentUser;
import it.traguardo.security.TraguardoPrincipal;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code POST /api/v1/plans/{id}/next-year}: the draft of the following period, 201 with its Location. A plan of an
 * ente the caller does not belong to is 404; a member who is not the segretario gets 403.
 */
@RestController
class NextYearApi {

  private final Plans plans;
  private final NextYearPlans nextYear;

  NextYearApi(Plans plans, NextYearPlans nextYear) {
    this.plans = plans;
    this.nextYear = nextYear;
  }

  @PostMapping("/api/v1/plans/{id}/next-year")
  ResponseEntity<Map<String, Object>> create(@PathVariable long id) {
    TraguardoPrincipal user = CurrentUser.get().orElseThrow(() -> new ResponseStatusException(HttpStatus.UNAUTHORIZED));
    long entityId = plans.entityOf(id).filter(user::isMember).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    if (!user.has(entityId, Role.SEGRETARIO)) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Solo il segretario dell'ente crea il piano dell'anno successivo.");
    }
    Outcome outcome = nextYear.create(entityId, id, user.getUsername());
    Map<String, Object> body = new LinkedHashMap<>();
    if (outcome instanceof Outcome.Created created) {
      PlanSummary plan = created.plan();
      body.put("id", plan.id());
      body.put("firstYear", plan.firstYear());
      body.put("lastYear", plan.lastYear());
      body.put("state", plan.state().name());
      body.put("sourcePlanId", id);
      body.put("reviewCount", created.reviewCount());
      return ResponseEntity.created(URI.create("/api/v1/plans/" + plan.id())).body(body);
    }
    Outcome.Refused refused = (Outcome.Refused) outcome;
    body.put("message", refused.message());
    refused.existing().ifPresent(existing -> body.put("existingId", existing.id()));
    // the period is taken (409), or the plan is a draft that cannot be rolled forward yet (422)
    HttpStatus status = refused.existing().isPresent() ? HttpStatus.CONFLICT : HttpStatus.UNPROCESSABLE_CONTENT;
    return ResponseEntity.status(status).body(body);
  }
}
