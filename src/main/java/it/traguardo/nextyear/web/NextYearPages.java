package it.traguardo.nextyear.web;

import it.traguardo.nextyear.NextYearPlans;
import it.traguardo.nextyear.NextYearPlans.Outcome;
import it.traguardo.nextyear.StoredReviewItem;
import it.traguardo.organization.Entities;
import it.traguardo.organization.Entity;
import it.traguardo.organization.Role;
import it.traguardo.plan.Plans;
import it.traguardo.plan.StoredPlan;
import it.traguardo.security.CurrentUser;
import it.traguardo.security.TraguardoPrincipal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The segretario creates next year's plan from a plan past BOZZA; the draft's users read what needs review. Both
 * pages belong to the ente's users: to anyone else they do not exist.
 */
@Controller
class NextYearPages {

  private final Entities entities;
  private final Plans plans;
  private final NextYearPlans nextYear;

  NextYearPages(Entities entities, Plans plans, NextYearPlans nextYear) {
    this.entities = entities;
    this.plans = plans;
    this.nextYear = nextYear;
  }

  @PostMapping("/enti/{code}/piani/{planId}/anno-successivo")
  String create(@PathVariable String code, @PathVariable long planId, RedirectAttributes redirect) {
    Entity entity = entities.byCode(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    TraguardoPrincipal user = CurrentUser.get().orElseThrow(() -> new ResponseStatusException(HttpStatus.UNAUTHORIZED));
    if (!user.isMember(entity.id()) || plans.summary(entity.id(), planId).isEmpty()) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
    if (!user.has(entity.id(), Role.SEGRETARIO)) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN);
    }
    Outcome outcome = nextYear.create(entity.id(), planId, user.getUsername());
    if (outcome instanceof Outcome.Created created) {
      redirect.addFlashAttribute(
          "message",
          "Creata la bozza del piano " + created.plan().firstYear() + "–" + created.plan().lastYear() + ": "
              + created.reviewCount() + " elementi da rivedere prima dell'adozione.");
      return "redirect:/enti/" + code + "/piani/" + created.plan().id() + "/da-rivedere";
    }
    redirect.addFlashAttribute("problem", ((Outcome.Refused) outcome).message());
    return "redirect:/enti/" + code + "/piani/" + planId;
  }

  /** The review list of a draft: the plan as a whole first, then by objective in the draft's order. */
  @GetMapping("/enti/{code}/piani/{planId}/da-rivedere")
  String review(@PathVariable String code, @PathVariable long planId, Model model) {
    Entity entity = entities.byCode(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    TraguardoPrincipal user = CurrentUser.get().orElseThrow(() -> new ResponseStatusException(HttpStatus.UNAUTHORIZED));
    if (!user.isMember(entity.id())) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
    StoredPlan plan = plans.find(entity.id(), planId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    List<StoredReviewItem> items = nextYear.review(entity.id(), planId);
    List<StoredReviewItem> general = new ArrayList<>();
    Map<Long, List<StoredReviewItem>> byObjective = new LinkedHashMap<>();
    for (StoredReviewItem item : items) {
      if (item.objectiveId() == null) {
        general.add(item);
      } else {
        byObjective.computeIfAbsent(item.objectiveId(), id -> new ArrayList<>()).add(item);
      }
    }
    model.addAttribute("entity", entity);
    model.addAttribute("stored", plan);
    model.addAttribute("lineage", plans.lineage(entity.id(), planId));
    model.addAttribute("count", items.size());
    model.addAttribute("general", general);
    model.addAttribute(
        "objectives",
        plan.plan().objectives().stream()
            .filter(o -> byObjective.containsKey(o.id()))
            .map(o -> new ObjectiveReview(o.id(), o.heading(), byObjective.get(o.id())))
            .toList());
    return "nextyear/review";
  }

  /** The review items of one objective of the draft. */
  record ObjectiveReview(long objectiveId, String heading, List<StoredReviewItem> items) {}
}
