package it.traguardo.monitoring.web;

import it.traguardo.monitoring.Checkpoint;
import it.traguardo.monitoring.PhaseReport;
import it.traguardo.monitoring.Progress;
import it.traguardo.monitoring.Responsibilities;
import it.traguardo.plan.PhaseProgress;
import it.traguardo.plan.PlanJson;
import it.traguardo.plan.ProgressNarrative;
import it.traguardo.security.TraguardoPrincipal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.node.ObjectNode;

/**
 * A phase's status per year and an objective's "stato di attuazione" per year and checkpoint, through the API v1.
 * Each record's version is its ETag ("0" while it does not exist): a PUT names it in If-Match.
 */
@RestController
class ProgressApi {

  private static final String STALE_PHASE = "Lo stato della fase è stato modificato nel frattempo: rileggerlo.";
  private static final String STALE_NARRATIVE = "Lo stato di attuazione è stato modificato nel frattempo: rileggerlo.";

  private final Progress progress;
  private final Responsibilities responsibilities;
  private final PlanJson json;
  private final Clock clock;

  ProgressApi(Progress progress, Responsibilities responsibilities, PlanJson json, Clock clock) {
    this.progress = progress;
    this.responsibilities = responsibilities;
    this.json = json;
    this.clock = clock;
  }

  @GetMapping("/api/v1/phases/{id}/status/{year}")
  ResponseEntity<ObjectNode> phase(@PathVariable long id, @PathVariable int year) {
    long entityId = ApiSupport.memberEntity(progress.entityOfPhase(id));
    Progress.PhaseState phase = progress.phase(entityId, id).orElseThrow(ApiSupport::notFound);
    if (!phase.objective().covers(year)) {
      return outsidePlan(phase.objective(), year);
    }
    PhaseProgress shown = progress.phaseProgress(entityId, phase, year);
    return ResponseEntity.ok().eTag(ApiSupport.etag(shown.version())).body(body(phase, year, shown));
  }

  record PhaseRequest(String status, String startedOn, String completedOn, String note) {}

  @PutMapping("/api/v1/phases/{id}/status/{year}")
  ResponseEntity<ObjectNode> recordPhase(
      @PathVariable long id,
      @PathVariable int year,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @RequestBody PhaseRequest request) {
    long entityId = ApiSupport.memberEntity(progress.entityOfPhase(id));
    TraguardoPrincipal user = ApiSupport.user();
    Progress.PhaseState phase = progress.phase(entityId, id).orElseThrow(ApiSupport::notFound);
    if (!responsibilities.mayReport(entityId, user, phase.objective().id(), phase.objective().unitId())) {
      throw ApiSupport.forbidden();
    }
    if (!phase.objective().covers(year)) {
      return outsidePlan(phase.objective(), year);
    }
    int current = progress.phaseProgress(entityId, phase, year).version();
    Optional<ResponseEntity<ObjectNode>> precondition = ApiSupport.precondition(json, ifMatch, current, STALE_PHASE);
    if (precondition.isPresent()) {
      return precondition.get();
    }
    PhaseReport.Reading reading =
        PhaseReport.read(request.status(), request.startedOn(), request.completedOn(), request.note(), LocalDate.now(clock));
    if (reading instanceof PhaseReport.Reading.Invalid invalid) {
      return ApiSupport.problem(json, HttpStatus.UNPROCESSABLE_CONTENT, invalid.field(), invalid.message());
    }
    Progress.Outcome outcome =
        progress.recordPhase(entityId, phase, year, ((PhaseReport.Reading.Valid) reading).report(), user.getUsername(), current);
    if (outcome instanceof Progress.Outcome.Stale) {
      return ApiSupport.problem(json, HttpStatus.PRECONDITION_FAILED, "If-Match", STALE_PHASE);
    }
    if (outcome instanceof Progress.Outcome.Invalid invalid) {
      return ApiSupport.problem(json, HttpStatus.UNPROCESSABLE_CONTENT, invalid.field(), invalid.message());
    }
    PhaseProgress shown = progress.phaseProgress(entityId, phase, year);
    return ResponseEntity.ok().eTag(ApiSupport.etag(shown.version())).body(body(phase, year, shown));
  }

  @GetMapping("/api/v1/objectives/{id}/narratives/{year}/{checkpoint}")
  ResponseEntity<ObjectNode> narrative(@PathVariable long id, @PathVariable int year, @PathVariable String checkpoint) {
    long entityId = ApiSupport.memberEntity(progress.entityOfObjective(id));
    Progress.ObjectiveState objective = progress.objective(entityId, id).orElseThrow(ApiSupport::notFound);
    Checkpoint point = Checkpoint.of(checkpoint).orElse(null);
    if (point == null) {
      return ApiSupport.unknownCheckpoint(json, checkpoint);
    }
    if (!objective.covers(year)) {
      return outsidePlan(objective, year);
    }
    ProgressNarrative narrative = progress.narrative(entityId, id, year, point);
    return ResponseEntity.ok().eTag(ApiSupport.etag(narrative.version())).body(body(objective, year, narrative));
  }

  record NarrativeRequest(String text) {}

  @PutMapping("/api/v1/objectives/{id}/narratives/{year}/{checkpoint}")
  ResponseEntity<ObjectNode> recordNarrative(
      @PathVariable long id,
      @PathVariable int year,
      @PathVariable String checkpoint,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @RequestBody NarrativeRequest request) {
    long entityId = ApiSupport.memberEntity(progress.entityOfObjective(id));
    TraguardoPrincipal user = ApiSupport.user();
    Progress.ObjectiveState objective = progress.objective(entityId, id).orElseThrow(ApiSupport::notFound);
    if (!responsibilities.mayReport(entityId, user, objective.id(), objective.unitId())) {
      throw ApiSupport.forbidden();
    }
    Checkpoint point = Checkpoint.of(checkpoint).orElse(null);
    if (point == null) {
      return ApiSupport.unknownCheckpoint(json, checkpoint);
    }
    if (!objective.covers(year)) {
      return outsidePlan(objective, year);
    }
    int current = progress.narrative(entityId, id, year, point).version();
    Optional<ResponseEntity<ObjectNode>> precondition = ApiSupport.precondition(json, ifMatch, current, STALE_NARRATIVE);
    if (precondition.isPresent()) {
      return precondition.get();
    }
    Progress.Outcome outcome = progress.recordNarrative(entityId, objective, year, point, request.text(), user.getUsername(), current);
    if (outcome instanceof Progress.Outcome.Stale) {
      return ApiSupport.problem(json, HttpStatus.PRECONDITION_FAILED, "If-Match", STALE_NARRATIVE);
    }
    if (outcome instanceof Progress.Outcome.Invalid invalid) {
      return ApiSupport.problem(json, HttpStatus.UNPROCESSABLE_CONTENT, invalid.field(), invalid.message());
    }
    ProgressNarrative narrative = progress.narrative(entityId, id, year, point);
    return ResponseEntity.ok().eTag(ApiSupport.etag(narrative.version())).body(body(objective, year, narrative));
  }

  private ResponseEntity<ObjectNode> outsidePlan(Progress.ObjectiveState objective, int year) {
    return ApiSupport.problem(
        json, HttpStatus.UNPROCESSABLE_CONTENT, "year",
        "L'anno " + year + " è fuori dal piano " + objective.firstYear() + "-" + objective.lastYear() + ".");
  }

  private ObjectNode body(Progress.PhaseState phase, int year, PhaseProgress shown) {
    ObjectNode node = json.object();
    node.put("phaseId", phase.id());
    node.put("objectiveId", phase.objective().id());
    node.put("planId", phase.objective().planId());
    node.put("year", year);
    node.put("status", shown.status() == null ? null : shown.status().name());
    node.put("statusYear", shown.statusYear());
    node.put("shownStatus", shown.shown().name());
    node.put("overdue", shown.overdue());
    node.put("horizonEnd", text(shown.horizonEnd()));
    node.put("startedOn", text(shown.startedOn()));
    node.put("completedOn", text(shown.completedOn()));
    node.put("note", shown.note());
    node.put("recordedBy", shown.recordedBy());
    node.put("recordedAt", text(shown.recordedAt()));
    return node;
  }

  private ObjectNode body(Progress.ObjectiveState objective, int year, ProgressNarrative narrative) {
    ObjectNode node = json.object();
    node.put("objectiveId", objective.id());
    node.put("planId", objective.planId());
    node.put("year", year);
    node.put("checkpoint", narrative.checkpoint());
    node.put("text", narrative.written() ? narrative.text() : null);
    node.put("recordedBy", narrative.recordedBy());
    node.put("recordedAt", text(narrative.recordedAt()));
    return node;
  }

  private static String text(LocalDate date) {
    return date == null ? null : date.toString();
  }

  private static String text(OffsetDateTime time) {
    return time == null ? null : time.toString();
  }
}
