package it.traguardo.evaluation.web;

import it.traguardo.api.ApiProblem;
import it.traguardo.api.ETags;
import it.traguardo.evaluation.store.Outcome;
import it.traguardo.evaluation.store.Reviews;
import it.traguardo.evaluation.store.YearValidation;
import it.traguardo.organization.Role;
import it.traguardo.plan.Objective;
import it.traguardo.plan.PlanMeasurement;
import it.traguardo.plan.PlanScoring;
import it.traguardo.plan.Plans;
import it.traguardo.plan.StoredPlan;
import it.traguardo.security.TraguardoPrincipal;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The Nucleo di Valutazione's review through the API v1, as on its pages: every member reads it; the NdV (and the
 * platform administrator) accepts or sets each objective's achievement, with a reason, and validates the year. A
 * review's version is its ETag ("-1" before the first decision).
 */
@RestController
class NucleoApi {

  private static final String STALE = "Il Nucleo ha già cambiato l'esame di questo obiettivo: rileggerlo con GET e riprovare.";

  private final Plans plans;
  private final Reviews reviews;
  private final YearValidation validation;
  private final PlanMeasurement measurement;
  private final JsonMapper json;

  NucleoApi(Plans plans, Reviews reviews, YearValidation validation, PlanMeasurement measurement, JsonMapper json) {
    this.plans = plans;
    this.reviews = reviews;
    this.validation = validation;
    this.measurement = measurement;
    this.json = json;
  }

  /** @param decision ACCEPTED (the computed achievement counts) or SET (the NdV's {@code achievement}, with a reason) */
  record ReviewRequest(String decision, BigDecimal achievement, String reason) {}

  /** @param date ISO date of the act */
  record ValidationRequest(Integer year, String act, String date, String statement) {}

  @GetMapping("/api/v1/plans/{id}/reviews/{year}")
  ArrayNode reviews(@PathVariable long id, @PathVariable int year) {
    StoredPlan stored = plan(id, year, false);
    long entityId = stored.summary().entityId();
    Map<Long, Reviews.ObjectiveReview> reviewed = reviews.objectives(entityId, id, year);
    ArrayNode list = json.createArrayNode();
    for (PlanScoring.ObjectiveScore score : measurement.measure(entityId, stored.plan(), year).objectives()) {
      Reviews.ObjectiveReview review = reviewed.get(score.objective().id());
      ObjectNode node = list.addObject();
      node.put("objectiveId", score.objective().id());
      node.put("number", score.objective().number());
      node.put("computedAchievement", score.computed().percentage().orElse(null));
      node.put("achievement", score.rollUp().percentage().orElse(null));
      node.put("decision", review == null ? null : decision(review));
      node.put("reason", review == null ? null : review.reason());
      node.put("note", review == null ? null : review.note());
      node.put("reviewedBy", review == null ? null : review.reviewedBy());
      node.put("version", review == null ? -1 : review.version());
    }
    return list;
  }

  @PutMapping("/api/v1/plans/{id}/reviews/{year}/objectives/{objectiveId}")
  ResponseEntity<ObjectNode> review(
      @PathVariable long id, @PathVariable int year, @PathVariable long objectiveId,
      @RequestHeader(name = "If-Match", required = false) String ifMatch, @RequestBody ReviewRequest request) {
    StoredPlan stored = plan(id, year, true);
    long entityId = stored.summary().entityId();
    Objective objective =
        stored.plan().objectives().stream().filter(o -> o.id() == objectiveId).findFirst().orElseThrow(Access::notFound);
    if (ifMatch == null) {
      throw new ApiProblem(HttpStatus.PRECONDITION_REQUIRED, "If-Match", "Indicare in If-Match l'ETag letto con GET (\"-1\" prima del primo esame).");
    }
    Integer version = ETags.version(ifMatch);
    if (version == null) {
      throw new ApiProblem(HttpStatus.PRECONDITION_FAILED, "If-Match", STALE);
    }
    String by = Access.user().getUsername();
    String decision = request.decision() == null ? "" : request.decision().strip();
    Outcome outcome =
        switch (decision) {
          case "ACCEPTED" -> reviews.accept(entityId, id, objective, year, version, by);
          case "SET" -> {
            if (request.achievement() == null) {
              throw ApiProblem.invalid("achievement", "Indicare il grado stabilito dal Nucleo, un numero da 0 a 100.");
            }
            yield reviews.set(entityId, id, objective, year, request.achievement(), request.reason(), version, by);
          }
          default -> throw ApiProblem.invalid("decision", "Attesi «ACCEPTED» (vale il grado calcolato) o «SET» (grado del Nucleo, con «achievement» e «reason»).");
        };
    if (outcome instanceof Outcome.Stale) {
      throw new ApiProblem(HttpStatus.PRECONDITION_FAILED, "If-Match", STALE);
    }
    if (outcome instanceof Outcome.Refused refused) {
      throw ApiProblem.invalid("SET".equals(decision) ? "reason" : "decision", refused.message());
    }
    Reviews.ObjectiveReview saved = reviews.objectives(entityId, id, year).get(objectiveId);
    ObjectNode body = json.createObjectNode();
    body.put("objectiveId", objectiveId);
    body.put("decision", decision(saved));
    body.put("achievement", saved.percentage());
    body.put("reason", saved.reason());
    return ResponseEntity.ok().eTag(ETags.of(saved.version())).body(body);
  }

  @PostMapping("/api/v1/plans/{id}/validations")
  ResponseEntity<ObjectNode> validate(@PathVariable long id, @RequestBody ValidationRequest request) {
    if (request.year() == null) {
      throw ApiProblem.invalid("year", "Indicare l'anno dei risultati da validare.");
    }
    int year = request.year();
    StoredPlan stored = plan(id, year, true);
    LocalDate date;
    try {
      date = request.date() == null || request.date().isBlank() ? null : LocalDate.parse(request.date().strip());
    } catch (DateTimeParseException e) {
      throw ApiProblem.invalid("date", "Data dell'atto «" + request.date() + "» non valida: attesa nella forma AAAA-MM-GG.");
    }
    Outcome outcome =
        validation.validate(stored.summary().entityId(), stored, year, request.act(), date, request.statement(), Access.user().getUsername());
    if (outcome instanceof Outcome.Refused refused) {
      throw ApiProblem.invalid("year", refused.message());
    }
    ObjectNode body = json.createObjectNode();
    body.put("year", year);
    body.put("act", request.act() == null ? null : request.act().strip());
    body.put("date", date == null ? null : date.toString());
    body.put("state", plans.summary(stored.summary().entityId(), id).orElseThrow().state().name());
    return ResponseEntity.status(HttpStatus.CREATED).body(body);
  }

  /** The decision as the API names it; null when the NdV only wrote notes. */
  private static String decision(Reviews.ObjectiveReview review) {
    if (review.decision() == null) {
      return null;
    }
    return review.accepted() ? "ACCEPTED" : "SET";
  }

  /** A plan of the caller's ente covering the year; writes are the NdV's (the administrator acts as NdV). */
  private StoredPlan plan(long id, int year, boolean write) {
    long entityId = plans.entityOf(id).orElseThrow(Access::notFound);
    TraguardoPrincipal user = Access.user();
    if (!user.isMember(entityId)) {
      throw Access.notFound();
    }
    if (write) {
      Access.require(user.has(entityId, Role.NDV), "Esamina e valida i risultati il Nucleo di Valutazione.");
    }
    StoredPlan stored = plans.find(entityId, id).orElseThrow(Access::notFound);
    if (!stored.plan().covers(year)) {
      throw Access.notFound();
    }
    return stored;
  }
}
