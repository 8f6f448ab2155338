package it.traguardo.plan.web;

import it.traguardo.api.ApiProblem;
import it.traguardo.organization.Entities;
import it.traguardo.organization.Entity;
import it.traguardo.organization.Role;
import it.traguardo.plan.PlanJson;
import it.traguardo.plan.PlanLifecycle;
import it.traguardo.plan.PlanVersions;
import it.traguardo.plan.PlanLifecycle.AdoptionOutcome;
import it.traguardo.plan.PlanMeasurement;
import it.traguardo.plan.PlanScoring;
import it.traguardo.plan.PlanSummary;
import it.traguardo.plan.Plans;
import it.traguardo.plan.StoredPlan;
import it.traguardo.security.CurrentUser;
import it.traguardo.security.TraguardoPrincipal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Plans through the API v1. A plan of an ente the caller does not belong to is 404, as if it did not exist; a
 * member without the needed role gets 403.
 */
@RestController
class PlanApi {

  private final Entities entities;
  private final Plans plans;
  private final PlanJson json;
  private final PlanLifecycle lifecycle;
  private final PlanMeasurement measurement;
  private final PlanVersions versions;

  PlanApi(
      Entities entities, Plans plans, PlanJson json, PlanLifecycle lifecycle, PlanMeasurement measurement, PlanVersions versions) {
    this.versions = versions;
    this.entities = entities;
    this.plans = plans;
    this.json = json;
    this.lifecycle = lifecycle;
    this.measurement = measurement;
  }

  @GetMapping("/api/v1/entities/{code}/plans")
  List<Map<String, Object>> plans(@PathVariable String code) {
    Entity entity = entities.byCode(code).orElseThrow(PlanApi::notFound);
    TraguardoPrincipal user = user();
    if (!user.isMember(entity.id())) {
      throw notFound();
    }
    return plans.summaries(entity.id()).stream().map(PlanApi::summary).toList();
  }

  /**
   * The plan JSON with, on every objective and indicator, {@code achievements}: one entry per year of the plan with
   * the achieved value that counts (indicators), the percentage and the status, as the plan pages show them.
   */
  @GetMapping("/api/v1/plans/{id}")
  ObjectNode plan(@PathVariable long id) {
    long entityId = memberEntityOf(id);
    StoredPlan stored = plans.find(entityId, id).orElseThrow(PlanApi::notFound);
    ObjectNode node = json.write(stored.plan());
    PlanSummary summary = stored.summary();
    node.put("state", summary.state().name());
    node.put("adoptionAct", summary.adoptionAct());
    node.put("adoptionDate", summary.adoptionDate() == null ? null : summary.adoptionDate().toString());
    Map<Long, ArrayNode> objectiveYears = new HashMap<>();
    Map<Long, ArrayNode> indicatorYears = new HashMap<>();
    for (JsonNode objective : node.withArray("objectives")) {
      objectiveYears.put(objective.get("id").asLong(), ((ObjectNode) objective).putArray("achievements"));
      for (JsonNode indicator : objective.withArray("indicators")) {
        indicatorYears.put(indicator.get("id").asLong(), ((ObjectNode) indicator).putArray("achievements"));
      }
    }
    for (int year = stored.plan().firstYear(); year <= stored.plan().lastYear(); year++) {
      for (PlanScoring.ObjectiveScore objective : measurement.measure(entityId, stored.plan(), year).objectives()) {
        ObjectNode o = objectiveYears.get(objective.objective().id()).addObject();
        o.put("year", year);
        o.put("achievement", objective.rollUp().percentage().orElse(null));
        o.put("status", objective.rollUp().status().name());
        for (PlanScoring.IndicatorScore indicator : objective.indicators()) {
          ObjectNode i = indicatorYears.get(indicator.indicator().id()).addObject();
          i.put("year", year);
          i.put("value", indicator.actualText());
          i.put("achievement", indicator.achievement().percentage().orElse(null));
          i.put("status", indicator.achievement().status().name());
        }
      }
    }
    return node;
  }

  /** @param date ISO date of the act */
  record AdoptionRequest(String act, String date, String overrideReason) {}

  /** Adopts a draft; answers with the whole plan, as {@code GET /api/v1/plans/{id}} does, now ADOTTATO. */
  @PostMapping("/api/v1/plans/{id}/adopt")
  ResponseEntity<?> adopt(@PathVariable long id, @RequestBody AdoptionRequest request) {
    long entityId = memberEntityOf(id);
    TraguardoPrincipal user = user();
    if (!user.has(entityId, Role.SEGRETARIO)) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Solo il segretario dell'ente adotta il piano.");
    }
    LocalDate date = isoDate(request.date());
    AdoptionOutcome outcome = lifecycle.adopt(entityId, id, request.act(), date, request.overrideReason(), user.getUsername());
    if (outcome instanceof AdoptionOutcome.Adopted) {
      return ResponseEntity.ok(plan(id));
    }
    if (outcome instanceof AdoptionOutcome.Refused refused) {
      throw ApiProblem.invalid(null, refused.message());
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("message", "La verifica del piano ha trovato errori: per adottarlo indicare «overrideReason».");
    body.put("blockers", ((AdoptionOutcome.Blocked) outcome).blockers());
    return ResponseEntity.status(HttpStatus.CONFLICT).body(body);
  }

  /** @param year the year reported on */
  record ReportRequest(Integer year) {}

  /** @param date ISO date of the act that approved the variazione */
  record VariationRequest(String reason, String act, String date) {}

  @PostMapping("/api/v1/plans/{id}/monitoring")
  ResponseEntity<Map<String, Object>> startMonitoring(@PathVariable long id) {
    long entityId = segretarioEntityOf(id);
    return step(lifecycle.startMonitoring(entityId, id, user().getUsername()));
  }

  @PostMapping("/api/v1/plans/{id}/reports")
  ResponseEntity<Map<String, Object>> report(@PathVariable long id, @RequestBody ReportRequest request) {
    long entityId = segretarioEntityOf(id);
    if (request.year() == null) {
      throw ApiProblem.invalid("year", "Indicare l'anno rendicontato.");
    }
    return step(lifecycle.report(entityId, id, request.year(), user().getUsername()));
  }

  @PostMapping("/api/v1/plans/{id}/variations")
  ResponseEntity<Map<String, Object>> openVariation(@PathVariable long id, @RequestBody VariationRequest request) {
    long entityId = segretarioEntityOf(id);
    return step(lifecycle.openVariation(entityId, id, request.reason(), request.act(), isoDate(request.date()), user().getUsername()));
  }

  /** Closes the open variazione: the plan as it stands becomes its next version. */
  @PostMapping("/api/v1/plans/{id}/variations/close")
  ResponseEntity<Map<String, Object>> closeVariation(@PathVariable long id) {
    long entityId = segretarioEntityOf(id);
    return step(lifecycle.closeVariation(entityId, id, user().getUsername()));
  }

  @GetMapping("/api/v1/plans/{id}/versions")
  List<PlanVersions.PlanVersion> versions(@PathVariable long id) {
    return versions.list(memberEntityOf(id), id);
  }

  @GetMapping("/api/v1/plans/{id}/versions/{number}")
  ObjectNode version(@PathVariable long id, @PathVariable int number) {
    return json.write(versions.version(memberEntityOf(id), id, number).orElseThrow(PlanApi::notFound));
  }

  private ResponseEntity<Map<String, Object>> step(PlanLifecycle.StepOutcome outcome) {
    if (outcome instanceof PlanLifecycle.StepOutcome.Done done) {
      return ResponseEntity.ok(summary(done.plan()));
    }
    throw ApiProblem.invalid(null, ((PlanLifecycle.StepOutcome.Refused) outcome).message());
  }

  /** The date of an act, ISO as every date of the API; null when absent. */
  private static LocalDate isoDate(String text) {
    try {
      return text == null ? null : LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw ApiProblem.invalid("date", "Data non valida: attesa nella forma AAAA-MM-GG.");
    }
  }

  private long segretarioEntityOf(long planId) {
    long entityId = memberEntityOf(planId);
    if (!user().has(entityId, Role.SEGRETARIO)) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Solo il segretario dell'ente conduce il ciclo del piano.");
    }
    return entityId;
  }

  private long memberEntityOf(long planId) {
    long entityId = plans.entityOf(planId).orElseThrow(PlanApi::notFound);
    if (!user().isMember(entityId)) {
      throw notFound();
    }
    return entityId;
  }

  private static Map<String, Object> summary(PlanSummary plan) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("id", plan.id());
    body.put("firstYear", plan.firstYear());
    body.put("lastYear", plan.lastYear());
    body.put("state", plan.state().name());
    body.put("adoptionAct", plan.adoptionAct());
    body.put("adoptionDate", plan.adoptionDate() == null ? null : plan.adoptionDate().toString());
    return body;
  }

  private static TraguardoPrincipal user() {
    return CurrentUser.get().orElseThrow(() -> new ResponseStatusException(HttpStatus.UNAUTHORIZED));
  }

  private static ResponseStatusException notFound() {
    return new ResponseStatusException(HttpStatus.NOT_FOUND);
  }
}
