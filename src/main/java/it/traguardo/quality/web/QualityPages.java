package it.traguardo.quality.web;

import it.traguardo.organization.Entities;
import it.traguardo.organization.Entity;
import it.traguardo.plan.Objective;
import it.traguardo.plan.Plans;
import it.traguardo.plan.StoredPlan;
import it.traguardo.quality.Finding;
import it.traguardo.quality.PlanChecker;
import it.traguardo.quality.stored.StoredPlanChecks;
import it.traguardo.quality.Severity;
import it.traguardo.security.CurrentUser;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * "Verifica del piano": the findings on a stored plan, for the ente's members only. To anyone else the page does
 * not exist, as drafts do not. The units paying invoices come from the ente's people; weights and tags are not
 * in the model yet.
 */
@Controller
class QualityPages {

  private final Entities entities;
  private final Plans plans;
  private final StoredPlanChecks checks;

  QualityPages(Entities entities, Plans plans, StoredPlanChecks checks) {
    this.entities = entities;
    this.plans = plans;
    this.checks = checks;
  }

  @GetMapping("/enti/{code}/piani/{planId}/verifica")
  String check(@PathVariable String code, @PathVariable long planId, Model model) {
    Entity entity = entities.byCode(code).orElseThrow(QualityPages::notFound);
    if (!CurrentUser.get().map(u -> u.isMember(entity.id())).orElse(false)) {
      throw notFound();
    }
    StoredPlan stored = plans.find(entity.id(), planId).orElseThrow(QualityPages::notFound);
    List<Finding> findings = checks.check(entity.id(), stored.plan());
    model.addAttribute("entity", entity);
    model.addAttribute("stored", stored);
    model.addAttribute("groups", groups(findings, stored.plan().objectives()));
    model.addAttribute("count", findings.size());
    model.addAttribute("blocks", PlanChecker.blocksAdoption(findings));
    return "quality/verifica";
  }

  /** Findings by severity, then by objective (the plan as a whole first), in the checker's order. */
  static List<SeverityGroup> groups(List<Finding> findings, List<Objective> objectives) {
    Map<String, Objective> byNumber = new LinkedHashMap<>();
    objectives.forEach(o -> byNumber.putIfAbsent(o.number(), o));
    List<SeverityGroup> groups = new ArrayList<>();
    for (Severity severity : Severity.values()) {
      Map<String, List<Finding>> byObjective = new LinkedHashMap<>();
      findings.stream()
          .filter(f -> f.severity() == severity)
          .forEach(f -> byObjective.computeIfAbsent(Objects.toString(f.objective(), ""), k -> new ArrayList<>()).add(f));
      if (byObjective.isEmpty()) {
        continue;
      }
      List<ObjectiveGroup> objectiveGroups = new ArrayList<>();
      byObjective.forEach(
          (number, list) ->
              objectiveGroups.add(
                  number.isEmpty() ? new ObjectiveGroup(null, null, list) : new ObjectiveGroup(byNumber.get(number), number, list)));
      groups.add(new SeverityGroup(severity, objectiveGroups));
    }
    return groups;
  }

  private static ResponseStatusException notFound() {
    return new ResponseStatusException(HttpStatus.NOT_FOUND);
  }

  record SeverityGroup(Severity severity, List<ObjectiveGroup> objectives) {

    /** The heading of the group: "Errori", "Avvisi", "Note". */
    public String title() {
      return switch (severity) {
        case ERRORE -> "Errori";
        case AVVISO -> "Avvisi";
        case INFO -> "Note";
      };
    }

    public int size() {
      return objectives.stream().mapToInt(o -> o.findings().size()).sum();
    }
  }

  /** The findings about one objective; {@code objective} is null for the plan as a whole or a number with no sheet. */
  record ObjectiveGroup(Objective objective, String number, List<Finding> findings) {}
}
