package it.traguardo.monitoring.web;

import it.traguardo.measure.PolarityAssessment;
import it.traguardo.measure.Target;
import it.traguardo.monitoring.Actuals;
import it.traguardo.monitoring.Actuals.IndicatorState;
import it.traguardo.monitoring.Checkpoint;
import it.traguardo.monitoring.RecordedActual;
import it.traguardo.plan.Plan;
import it.traguardo.plan.PlanJson;
import it.traguardo.plan.PlanMeasurement;
import it.traguardo.plan.PlanScoring;
import it.traguardo.plan.Plans;
import it.traguardo.security.TraguardoPrincipal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Achieved values through the API v1. The indicator's version is its ETag: a PUT must name it in If-Match, and a
 * stale one gets 412 with nothing written. Outside the caller's ente: 404; without the right role: 403.
 */
@RestController
class IndicatorApi {

  private final Actuals actuals;
  private final PlanJson json;
  private final Plans plans;
  private final PlanMeasurement measurement;
  private final Clock clock;

  IndicatorApi(Actuals actuals, PlanJson json, Plans plans, PlanMeasurement measurement, Clock clock) {
    this.actuals = actuals;
    this.json = json;
    this.plans = plans;
    this.measurement = measurement;
    this.clock = clock;
  }

  @GetMapping("/api/v1/indicators/{id}")
  ResponseEntity<ObjectNode> indicator(@PathVariable long id) {
    long entityId = ApiSupport.memberEntity(actuals.entityOf(id));
    IndicatorState indicator = actuals.indicator(entityId, id).orElseThrow(ApiSupport::notFound);
    return ResponseEntity.ok().eTag(ApiSupport.etag(indicator.version())).body(body(entityId, indicator, null));
  }

  record ActualRequest(String value, String note) {}

  @PutMapping("/api/v1/indicators/{id}/actuals/{year}/{checkpoint}")
  ResponseEntity<ObjectNode> record(
      @PathVariable long id,
      @PathVariable int year,
      @PathVariable String checkpoint,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @RequestBody ActualRequest request) {
    long entityId = ApiSupport.memberEntity(actuals.entityOf(id));
    TraguardoPrincipal user = ApiSupport.user();
    IndicatorState indicator = actuals.indicator(entityId, id).orElseThrow(ApiSupport::notFound);
    if (!actuals.mayRecord(entityId, user, indicator)) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Non è un indicatore dei tuoi obiettivi.");
    }
    Checkpoint point = Checkpoint.of(checkpoint).orElse(null);
    if (point == null) {
      return ApiSupport.unknownCheckpoint(json, checkpoint);
    }
    Optional<ResponseEntity<ObjectNode>> precondition = ApiSupport.precondition(json, ifMatch, indicator.version(), STALE);
    if (precondition.isPresent()) {
      return precondition.get();
    }
    Actuals.Outcome outcome =
        actuals.record(entityId, id, year, point, request.value(), request.note(), user.getUsername(), indicator.version());
    if (outcome instanceof Actuals.Outcome.Invalid invalid) {
      return ApiSupport.problem(json, HttpStatus.UNPROCESSABLE_CONTENT, "value", invalid.message());
    }
    if (outcome instanceof Actuals.Outcome.Frozen frozen) {
      return ApiSupport.problem(json, HttpStatus.CONFLICT, "year", frozen.message());
    }
    if (outcome instanceof Actuals.Outcome.Stale) {
      return ApiSupport.problem(json, HttpStatus.PRECONDITION_FAILED, "If-Match", STALE);
    }
    IndicatorState updated = actuals.indicator(entityId, id).orElseThrow();
    return ResponseEntity.ok().eTag(ApiSupport.etag(updated.version())).body(body(entityId, updated, new Measured(year, point)));
  }

  private static final String STALE = "L'indicatore è stato modificato nel frattempo: rileggerlo.";

  /** The year and checkpoint just recorded, whose achievement the response gives. */
  private record Measured(int year, Checkpoint checkpoint) {}

  /**
   * The indicator's achievement as the plan pages show it after the write: at the final checkpoint with the value
   * that counts (a computed payment figure, a validated value) and the NdV's grade; at the intermediate one with the
   * intermediate values alone.
   */
  private PlanScoring.IndicatorScore counted(long entityId, IndicatorState indicator, Measured measured) {
    Plan plan = plans.find(entityId, indicator.planId()).orElseThrow().plan();
    PlanMeasurement.Measured scored =
        measured.checkpoint() == Checkpoint.FINAL
            ? measurement.measure(entityId, plan, measured.year())
            : measurement.measureWithoutReviews(entityId, plan, measured.year(), actuals.at(entityId, plan, Checkpoint.MID));
    return scored.objectives().stream()
        .flatMap(objective -> objective.indicators().stream())
        .filter(score -> score.indicator().id() == indicator.id())
        .findFirst()
        .orElseThrow();
  }

  private ObjectNode body(long entityId, IndicatorState indicator, Measured measured) {
    Target target = Target.parse(indicator.target());
    int year = measured == null ? LocalDate.now(clock).getYear() : measured.year();
    ObjectNode node = json.object();
    node.put("id", indicator.id());
    node.put("planId", indicator.planId());
    node.put("name", indicator.name());
    json.writeTarget(node.putObject("target"), target, year);
    PolarityAssessment polarity = PolarityAssessment.assess(indicator.name(), target, null);
    json.writePolarity(node, polarity);
    ArrayNode list = node.putArray("actuals");
    List<RecordedActual> recorded = actuals.of(entityId, indicator.id());
    for (RecordedActual actual : recorded) {
      ObjectNode a = list.addObject();
      a.put("year", actual.year());
      a.put("checkpoint", actual.checkpoint().code());
      a.put("value", actual.value());
      a.put("note", actual.note());
      a.put("recordedBy", actual.recordedBy());
      a.put("recordedAt", actual.recordedAt().toString());
    }
    if (measured != null) {
      PlanScoring.IndicatorScore scored = counted(entityId, indicator, measured);
      node.put("achievement", scored.achievement().percentage().orElse(null));
      node.put("status", scored.achievement().status().name());
    }
    return node;
  }
}
