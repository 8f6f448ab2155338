package it.traguardo.monitoring.web;

import it.traguardo.monitoring.Actuals;
import it.traguardo.monitoring.Actuals.IndicatorState;
import it.traguardo.monitoring.Checkpoint;
import it.traguardo.monitoring.Evidence;
import it.traguardo.monitoring.Evidence.StoredEvidence;
import it.traguardo.plan.PlanJson;
import it.traguardo.security.TraguardoPrincipal;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Evidence files of an indicator's value through the API v1: attached (multipart, parts named "file") by those who
 * report on the objective, listed and downloaded by the ente's members, removed by those who may attach them.
 */
@RestController
class EvidenceApi {

  private final Actuals actuals;
  private final Evidence evidence;
  private final PlanJson json;

  EvidenceApi(Actuals actuals, Evidence evidence, PlanJson json) {
    this.actuals = actuals;
    this.evidence = evidence;
    this.json = json;
  }

  /** 201 with the stored files; 422 naming the field, or 413 when a file is over the size limit, with nothing stored. */
  @PostMapping("/api/v1/indicators/{id}/actuals/{year}/{checkpoint}/evidence")
  ResponseEntity<JsonNode> upload(
      @PathVariable long id,
      @PathVariable int year,
      @PathVariable String checkpoint,
      @RequestParam(name = "file", required = false) List<MultipartFile> files) {
    long entityId = ApiSupport.memberEntity(actuals.entityOf(id));
    TraguardoPrincipal user = ApiSupport.user();
    IndicatorState indicator = actuals.indicator(entityId, id).orElseThrow(ApiSupport::notFound);
    if (!actuals.mayRecord(entityId, user, indicator)) {
      throw ApiSupport.forbidden();
    }
    Checkpoint point = Checkpoint.of(checkpoint).orElse(null);
    if (point == null) {
      return widen(ApiSupport.unknownCheckpoint(json, checkpoint));
    }
    Evidence.Outcome outcome = evidence.add(entityId, indicator, year, point, EvidenceUploads.of(files), user.getUsername());
    if (outcome instanceof Evidence.Outcome.Invalid invalid) {
      return widen(ApiSupport.problem(json, HttpStatus.UNPROCESSABLE_CONTENT, invalid.field(), invalid.message()));
    }
    if (outcome instanceof Evidence.Outcome.Refused refused) {
      ResponseEntity<ObjectNode> problem =
          ApiSupport.problem(
              json, refused.tooLarge() ? HttpStatus.CONTENT_TOO_LARGE : HttpStatus.UNPROCESSABLE_CONTENT, "file",
              String.join(" ", refused.problems()));
      ArrayNode each = problem.getBody().putArray("problems");
      refused.problems().forEach(each::add);
      return widen(problem);
    }
    List<StoredEvidence> added = ((Evidence.Outcome.Added) outcome).files();
    ResponseEntity.BodyBuilder created = ResponseEntity.status(HttpStatus.CREATED);
    if (added.size() == 1) {
      created.location(URI.create(href(added.get(0))));
    }
    return created.body(list(added));
  }

  @GetMapping("/api/v1/indicators/{id}/actuals/{year}/{checkpoint}/evidence")
  ResponseEntity<JsonNode> list(@PathVariable long id, @PathVariable int year, @PathVariable String checkpoint) {
    long entityId = ApiSupport.memberEntity(actuals.entityOf(id));
    Checkpoint point = Checkpoint.of(checkpoint).orElse(null);
    if (point == null) {
      return widen(ApiSupport.unknownCheckpoint(json, checkpoint));
    }
    return ResponseEntity.ok(
        list(evidence.of(entityId, id).stream().filter(f -> f.year() == year && f.checkpoint() == point).toList()));
  }

  @GetMapping("/api/v1/evidence/{id}")
  ResponseEntity<byte[]> download(@PathVariable long id) {
    long entityId = ApiSupport.memberEntity(evidence.entityOf(id));
    StoredEvidence file = evidence.find(entityId, id).orElseThrow(ApiSupport::notFound);
    return EvidenceUploads.download(file, evidence.content(entityId, id));
  }

  @DeleteMapping("/api/v1/evidence/{id}")
  ResponseEntity<Void> remove(@PathVariable long id) {
    long entityId = ApiSupport.memberEntity(evidence.entityOf(id));
    TraguardoPrincipal user = ApiSupport.user();
    StoredEvidence file = evidence.find(entityId, id).orElseThrow(ApiSupport::notFound);
    IndicatorState indicator = evidence.indicatorOf(entityId, file);
    if (!actuals.mayRecord(entityId, user, indicator)) {
      throw ApiSupport.forbidden();
    }
    if (!evidence.remove(entityId, file, indicator, user.getUsername())) {
      throw ApiSupport.notFound();
    }
    return ResponseEntity.noContent().build();
  }

  private ArrayNode list(List<StoredEvidence> files) {
    ArrayNode list = json.object().arrayNode();
    for (StoredEvidence file : files) {
      ObjectNode node = list.addObject();
      node.put("id", file.id());
      node.put("indicatorId", file.indicatorId());
      node.put("year", file.year());
      node.put("checkpoint", file.checkpoint().code());
      node.put("fileName", file.fileName());
      node.put("contentType", file.type().mediaType());
      node.put("size", file.sizeBytes());
      node.put("sha256", file.sha256());
      node.put("uploadedBy", file.uploadedBy());
      node.put("uploadedAt", file.uploadedAt().toString());
      node.put("href", href(file));
    }
    return list;
  }

  private static String href(StoredEvidence file) {
    return "/api/v1/evidence/" + file.id();
  }

  private static ResponseEntity<JsonNode> widen(ResponseEntity<ObjectNode> problem) {
    return ResponseEntity.status(problem.getStatusCode()).body(problem.getBody());
  }
}
