package it.traguardo.evaluation.web;

import it.traguardo.api.ApiProblem;
import it.traguardo.evaluation.Smvp;
import it.traguardo.evaluation.store.Evaluations;
import it.traguardo.evaluation.store.Evaluations.ManagerEvaluation;
import it.traguardo.evaluation.store.Evaluations.YearEvaluation;
import it.traguardo.evaluation.store.FrozenYears;
import it.traguardo.evaluation.store.Outcome;
import it.traguardo.organization.Role;
import it.traguardo.plan.Plans;
import it.traguardo.plan.StoredPlan;
import it.traguardo.security.TraguardoPrincipal;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The individual evaluations through the API v1, for the segretario and the NdV: a plan of another ente is 404, a
 * member without the role 403. Figures not yet known are null.
 */
@RestController
class EvaluationApi {

  private final Plans plans;
  private final Evaluations evaluations;
  private final FrozenYears frozen;
  private final JsonMapper json;

  EvaluationApi(Plans plans, Evaluations evaluations, FrozenYears frozen, JsonMapper json) {
    this.plans = plans;
    this.evaluations = evaluations;
    this.frozen = frozen;
    this.json = json;
  }

  @GetMapping("/api/v1/plans/{id}/evaluations/{year}")
  ArrayNode evaluations(@PathVariable long id, @PathVariable int year) {
    StoredPlan stored = plan(id, year);
    YearEvaluation evaluation = evaluations.of(stored.summary().entityId(), stored, year);
    ArrayNode list = json.createArrayNode();
    evaluation.managers().forEach(manager -> list.add(manager(manager, evaluation.smvp().smvp())));
    return list;
  }

  @PutMapping("/api/v1/plans/{id}/evaluations/{year}/managers/{managerId}/weights")
  ObjectNode weights(
      @PathVariable long id, @PathVariable int year, @PathVariable long managerId, @RequestBody JsonNode body) {
    StoredPlan stored = plan(id, year);
    long entityId = stored.summary().entityId();
    if (evaluations.of(entityId, stored, year).manager(managerId).isEmpty()) {
      throw Access.notFound();
    }
    if (frozen.isFrozen(entityId, id, year)) {
      throw new ApiProblem(
          HttpStatus.CONFLICT, "year", "I risultati del " + year + " sono stati validati dal Nucleo di Valutazione: i pesi non si modificano più.");
    }
    JsonNode objectives = body == null ? null : body.get("objectives");
    if (objectives == null || !objectives.isObject()) {
      throw ApiProblem.invalid("objectives", "Atteso «objectives»: un oggetto con il peso di ogni obiettivo per numero, per esempio {\"7\": 45}.");
    }
    Map<String, BigDecimal> weights = new LinkedHashMap<>();
    List<String> problems = new ArrayList<>();
    for (Map.Entry<String, JsonNode> entry : objectives.properties()) {
      if (entry.getValue().isNumber()) {
        weights.put(entry.getKey(), entry.getValue().decimalValue());
      } else {
        problems.add("Peso dell'obiettivo " + entry.getKey() + ": atteso un numero, trovato " + entry.getValue());
      }
    }
    Outcome outcome =
        problems.isEmpty()
            ? evaluations.saveWeights(entityId, stored, year, managerId, weights, null, Access.user().getUsername())
            : new Outcome.Refused(String.join("; ", problems) + ".");
    if (outcome instanceof Outcome.Refused refused) {
      throw ApiProblem.invalid("objectives", refused.message());
    }
    YearEvaluation evaluation = evaluations.of(entityId, stored, year);
    return manager(evaluation.manager(managerId).orElseThrow(), evaluation.smvp().smvp());
  }

  private ObjectNode manager(ManagerEvaluation manager, Smvp smvp) {
    ObjectNode node = json.createObjectNode();
    ObjectNode person = node.putObject("manager");
    person.put("id", manager.person().id());
    person.put("name", manager.person().fullName());
    person.put("unit", manager.unitNames());
    node.put("paymentResponsible", manager.paymentResponsible());
    ArrayNode objectives = node.putArray("objectives");
    for (Evaluations.ObjectiveLine line : manager.objectives()) {
      ObjectNode objective = objectives.addObject();
      objective.put("number", line.objective().number());
      objective.put("weight", line.weight());
      objective.put("achievement", line.rollUp().percentage().orElse(null));
    }
    var result = manager.result();
    node.put("resultsScore", result.results().percentage().orElse(null));
    node.put("behaviourScore", result.behaviourScore().orElse(null));
    node.put("totalScore", result.totalScore().orElse(null));
    node.put("band", result.band().map(smvp::label).orElse(null));
    node.put("payPercent", result.payPercent().orElse(null));
    node.put("payAmount", manager.payAmount().orElse(null));
    return node;
  }

  /** The plan of the caller's ente, for the segretario or the NdV, covering the year. */
  private StoredPlan plan(long id, int year) {
    long entityId = plans.entityOf(id).orElseThrow(Access::notFound);
    TraguardoPrincipal user = Access.user();
    if (!user.isMember(entityId)) {
      throw Access.notFound();
    }
    Access.require(
        user.has(entityId, Role.SEGRETARIO) || user.has(entityId, Role.NDV),
        "Le valutazioni individuali sono del segretario e del Nucleo di Valutazione.");
    StoredPlan stored = plans.find(entityId, id).orElseThrow(Access::notFound);
    return Optional.of(stored).filter(s -> s.plan().covers(year)).orElseThrow(Access::notFound);
  }
}
