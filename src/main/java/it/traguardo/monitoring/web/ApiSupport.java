package it.traguardo.monitoring.web;

import it.traguardo.api.ApiProblem;
import it.traguardo.api.ETags;
import it.traguardo.plan.PlanJson;
import it.traguardo.security.CurrentUser;
import it.traguardo.security.TraguardoPrincipal;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.server.ResponseStatusException;
import tools.jackson.databind.node.ObjectNode;

/**
 * The conventions of the monitoring API: a record's version is its ETag, which a write names in If-Match (428
 * without it, 412 when stale); problems are {"field","message"}; outside the caller's ente 404, without the role
 * 403, without credentials 401.
 */
final class ApiSupport {

  private ApiSupport() {}

  static String etag(int version) {
    return ETags.of(version);
  }

  /**
   * The answer to a write whose If-Match does not name the current version: 428 without one, 412 when it names
   * another; empty when it names the current one.
   *
   * @param stale the message of a 412, saying what changed
   */
  static Optional<ResponseEntity<ObjectNode>> precondition(PlanJson json, String ifMatch, int current, String stale) {
    try {
      ETags.requireCurrent(ifMatch, current, stale);
      return Optional.empty();
    } catch (ApiProblem problem) {
      return Optional.of(problem(json, problem.status(), problem.field(), problem.getMessage()));
    }
  }

  static ResponseEntity<ObjectNode> problem(PlanJson json, HttpStatus status, String field, String message) {
    ObjectNode node = json.object();
    node.put("field", field);
    node.put("message", message);
    return ResponseEntity.status(status).body(node);
  }

  /** 422 for a checkpoint other than mid and final. */
  static ResponseEntity<ObjectNode> unknownCheckpoint(PlanJson json, String checkpoint) {
    return problem(
        json, HttpStatus.UNPROCESSABLE_CONTENT, "checkpoint", "Punto di monitoraggio «" + checkpoint + "» sconosciuto: attesi «mid» o «final».");
  }

  /** The ente of an addressed record, when the caller is one of its members; else 404, as if it did not exist. */
  static long memberEntity(Optional<Long> entityId) {
    long id = entityId.orElseThrow(ApiSupport::notFound);
    if (!user().isMember(id)) {
      throw notFound();
    }
    return id;
  }

  static TraguardoPrincipal user() {
    return CurrentUser.get().orElseThrow(() -> new ResponseStatusException(HttpStatus.UNAUTHORIZED));
  }

  static ResponseStatusException notFound() {
    return new ResponseStatusException(HttpStatus.NOT_FOUND);
  }

  static ResponseStatusException forbidden() {
    return new ResponseStatusException(HttpStatus.FORBIDDEN, "Non è un obiettivo di cui riferisci.");
  }
}
