package it.traguardo.plan.web;

import it.traguardo.organization.Entities;
import it.traguardo.organization.Entity;
import it.traguardo.organization.Organization;
import it.traguardo.organization.Person;
import it.traguardo.plan.Plan;
import it.traguardo.plan.PlanDiff;
import it.traguardo.plan.PlanLifecycle;
import it.traguardo.plan.PlanVersions;
import it.traguardo.plan.Plans;
import it.traguardo.plan.StoredPlan;
import it.traguardo.security.CurrentUser;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The history of a plan: its lifecycle steps, its frozen versions, and what changed between two of them (or between
 * a version and the plan as it stands). Public like the plan page: variazioni are published acts.
 */
@Controller
class PlanHistoryPages {

  /** Version number meaning "the plan as it stands now". */
  static final int CURRENT = 0;

  private final Entities entities;
  private final Plans plans;
  private final PlanLifecycle lifecycle;
  private final PlanVersions versions;
  private final Organization organization;

  PlanHistoryPages(
      Entities entities, Plans plans, PlanLifecycle lifecycle, PlanVersions versions, Organization organization) {
    this.entities = entities;
    this.plans = plans;
    this.lifecycle = lifecycle;
    this.versions = versions;
    this.organization = organization;
  }

  @GetMapping("/enti/{code}/piani/{planId}/storia")
  String history(
      @PathVariable String code,
      @PathVariable long planId,
      @RequestParam(name = "da", required = false) Integer from,
      @RequestParam(name = "a", required = false) Integer to,
      Model model) {
    Entity entity = entities.byCode(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    boolean member = CurrentUser.get().map(u -> u.isMember(entity.id())).orElse(false);
    StoredPlan stored =
        plans.find(entity.id(), planId)
            .filter(p -> p.summary().state().isPublic() || member)
            .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    List<PlanVersions.PlanVersion> frozen = versions.list(entity.id(), planId);
    int last = frozen.isEmpty() ? CURRENT : frozen.get(frozen.size() - 1).number();
    int older = from != null ? from : frozen.size() >= 2 ? last - 1 : last;
    int newer = to != null ? to : frozen.size() >= 2 ? last : CURRENT;
    model.addAttribute("entity", entity);
    model.addAttribute("stored", stored);
    model.addAttribute("summary", stored.summary());
    model.addAttribute("events", lifecycle.events(entity.id(), planId));
    model.addAttribute("lineage", plans.lineage(entity.id(), planId).visibleTo(member));
    model.addAttribute("versions", frozen);
    model.addAttribute("from", older);
    model.addAttribute("to", newer);
    if (older != CURRENT || newer != CURRENT) {
      Map<Long, String> names =
          organization.people(entity.id()).stream().collect(Collectors.toMap(Person::id, Person::fullName));
      Plan a = version(entity.id(), stored, older);
      Plan b = version(entity.id(), stored, newer);
      model.addAttribute("changes", PlanDiff.between(a, b, id -> names.getOrDefault(id, "persona " + id)));
    }
    return "plan-history";
  }

  private Plan version(long entityId, StoredPlan stored, int number) {
    if (number == CURRENT) {
      return stored.plan();
    }
    return versions.version(entityId, stored.summary().id(), number)
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
  }
}
