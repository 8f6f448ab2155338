package it.traguardo.plan.web;

import it.traguardo.catalog.BudgetCatalog;
import it.traguardo.organization.Entities;
import it.traguardo.organization.Entity;
import it.traguardo.organization.Role;
import it.traguardo.plan.Objective;
import it.traguardo.plan.ObjectiveProgress;
import it.traguardo.plan.ObjectiveKind;
import it.traguardo.plan.Plan;
import it.traguardo.plan.PlanLineage;
import it.traguardo.plan.PlanMeasurement;
import it.traguardo.plan.PlanScoring;
import it.traguardo.plan.PlanState;
import it.traguardo.plan.PlanSummary;
import it.traguardo.plan.Plans;
import it.traguardo.plan.ProgressSource;
import it.traguardo.plan.StoredPlan;
import it.traguardo.security.CurrentUser;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The public face of the plans: the index of enti and plans, a plan, one objective sheet. Plans past BOZZA are
 * published acts and public; a draft is shown only to the ente's users, and to anyone else it does not exist.
 */
@Controller
class PlanPages {

  private final Entities entities;
  private final Plans plans;
  private final BudgetCatalog catalog;
  private final PlanMeasurement measurement;
  private final Optional<ProgressSource> progress;
  private final Clock clock;

  PlanPages(
      Entities entities, Plans plans, BudgetCatalog catalog, PlanMeasurement measurement,
      Optional<ProgressSource> progress, Clock clock) {
    this.entities = entities;
    this.plans = plans;
    this.catalog = catalog;
    this.measurement = measurement;
    this.progress = progress;
    this.clock = clock;
  }

  @GetMapping("/")
  String index(Model model) {
    Map<Long, List<PlanSummary>> byEntity = plans.indexByEntity();
    List<EntityPlans> listing = new ArrayList<>();
    for (Entity entity : entities.all()) {
      List<PlanSummary> visible =
          byEntity.getOrDefault(entity.id(), List.of()).stream().filter(p -> visible(entity, p)).toList();
      listing.add(new EntityPlans(entity, visible));
    }
    model.addAttribute("listing", listing);
    return "index";
  }

  @GetMapping("/enti/{code}/piani/{planId}")
  String plan(
      @PathVariable String code,
      @PathVariable long planId,
      @RequestParam(name = "anno", required = false) Integer year,
      Model model) {
    Entity entity = entity(code);
    StoredPlan plan = visiblePlan(entity, planId);
    int measuredYear = measuredYear(plan.plan(), year);
    PlanMeasurement.Measured measured = measurement.measure(entity.id(), plan.plan(), measuredYear);
    Map<Long, PlanScoring.ObjectiveScore> scores = new HashMap<>();
    measured.objectives().forEach(score -> scores.put(score.objective().id(), score));
    model.addAttribute("overview", measured.overview());
    model.addAttribute("year", measuredYear);
    model.addAttribute("years", years(plan.plan()));
    model.addAttribute("scores", scores);
    List<Objective> transversal =
        plan.plan().objectives().stream().filter(o -> o.kind() == ObjectiveKind.TRANSVERSAL).toList();
    Map<String, List<Objective>> sectoralByUnit = new LinkedHashMap<>();
    plan.plan().objectives().stream()
        .filter(o -> o.kind() == ObjectiveKind.SECTORAL)
        .forEach(o -> sectoralByUnit.computeIfAbsent(o.unit() == null ? "Servizio non indicato" : o.unit(), u -> new ArrayList<>()).add(o));
    model.addAttribute("entity", entity);
    model.addAttribute("stored", plan);
    model.addAttribute("transversal", transversal);
    model.addAttribute("sectoralByUnit", sectoralByUnit);
    model.addAttribute("member", isMember(entity));
    boolean segretario = CurrentUser.get().map(u -> u.has(entity.id(), Role.SEGRETARIO)).orElse(false);
    model.addAttribute("canAdopt", plan.summary().state() == PlanState.BOZZA && segretario);
    model.addAttribute("canEdit", segretario);
    model.addAttribute("lineage", plans.lineage(entity.id(), planId).visibleTo(isMember(entity)));
    // next year's plan is rolled forward from a plan past BOZZA, once per period
    model.addAttribute("canRollForward", plan.summary().state().isPublic() && segretario);
    model.addAttribute(
        "nextPlan", plans.byPeriod(entity.id(), plan.summary().firstYear() + 1, plan.summary().lastYear() + 1).orElse(null));
    return "plan";
  }

  @GetMapping("/enti/{code}/piani/{planId}/obiettivi/{objectiveId}")
  String objective(
      @PathVariable String code,
      @PathVariable long planId,
      @PathVariable long objectiveId,
      @RequestParam(name = "anno", required = false) Integer year,
      Model model) {
    Entity entity = entity(code);
    StoredPlan plan = visiblePlan(entity, planId);
    int measuredYear = measuredYear(plan.plan(), year);
    List<Objective> objectives = plan.plan().objectives();
    int index = -1;
    for (int i = 0; i < objectives.size(); i++) {
      if (objectives.get(i).id() == objectiveId) {
        index = i;
      }
    }
    if (index < 0) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
    Objective objective = objectives.get(index);
    model.addAttribute("entity", entity);
    model.addAttribute("stored", plan);
    model.addAttribute("objective", objective);
    model.addAttribute("previous", index > 0 ? objectives.get(index - 1) : null);
    model.addAttribute("next", index + 1 < objectives.size() ? objectives.get(index + 1) : null);
    model.addAttribute("extraColumns", ObjectiveSheet.extraColumns(objective));
    model.addAttribute("links", ObjectiveSheet.budgetLines(objective, catalog));
    model.addAttribute("descriptionBlocks", ObjectiveSheet.blocks(objective.description()));
    model.addAttribute("member", isMember(entity));
    model.addAttribute("year", measuredYear);
    model.addAttribute("years", years(plan.plan()));
    model.addAttribute(
        "score", measurement.measure(entity.id(), plan.plan(), objective, measuredYear));
    model.addAttribute(
        "progress",
        progress.map(source -> source.of(entity.id(), objective, measuredYear)).orElseGet(ObjectiveProgress::none));
    return "objective";
  }

  private int measuredYear(Plan plan, Integer asked) {
    return plan.yearToMeasure(asked, LocalDate.now(clock).getYear());
  }

  private static List<Integer> years(Plan plan) {
    return IntStream.rangeClosed(plan.firstYear(), plan.lastYear()).boxed().toList();
  }

  private Entity entity(String code) {
    return entities.byCode(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
  }

  private StoredPlan visiblePlan(Entity entity, long planId) {
    return plans
        .find(entity.id(), planId)
        .filter(p -> visible(entity, p.summary()))
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
  }

  private boolean visible(Entity entity, PlanSummary plan) {
    return plan.state().isPublic() || isMember(entity);
  }

  private static boolean isMember(Entity entity) {
    return CurrentUser.get().map(u -> u.isMember(entity.id())).orElse(false);
  }

  /** An ente with the plans the visitor may see. */
  record EntityPlans(Entity entity, List<PlanSummary> plans) {}
}
