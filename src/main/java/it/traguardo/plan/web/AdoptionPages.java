package it.traguardo.plan.web;

import it.traguardo.organization.Entities;
import it.traguardo.organization.Entity;
import it.traguardo.organization.Role;
import it.traguardo.plan.PlanLifecycle;
import it.traguardo.plan.PlanLifecycle.AdoptionOutcome;
import it.traguardo.plan.Plans;
import it.traguardo.security.CurrentUser;
import it.traguardo.security.TraguardoPrincipal;
import java.time.LocalDate;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The segretario adopts a draft: act and date, and a reason when the plan checks find errors. */
@Controller
class AdoptionPages {

  private final Entities entities;
  private final Plans plans;
  private final PlanLifecycle lifecycle;

  AdoptionPages(Entities entities, Plans plans, PlanLifecycle lifecycle) {
    this.entities = entities;
    this.plans = plans;
    this.lifecycle = lifecycle;
  }

  @PostMapping("/enti/{code}/piani/{planId}/adozione")
  String adopt(
      @PathVariable String code,
      @PathVariable long planId,
      @RequestParam(defaultValue = "") String act,
      @RequestParam(defaultValue = "") String date,
      @RequestParam(required = false) String reason,
      Model model,
      RedirectAttributes redirect) {
    Entity entity = entities.byCode(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    TraguardoPrincipal user = CurrentUser.get().orElseThrow(() -> new ResponseStatusException(HttpStatus.UNAUTHORIZED));
    if (!user.isMember(entity.id()) || plans.summary(entity.id(), planId).isEmpty()) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
    if (!user.has(entity.id(), Role.SEGRETARIO)) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN);
    }
    LocalDate actDate = PersonInput.date(date);
    AdoptionOutcome outcome = lifecycle.adopt(entity.id(), planId, act, actDate, reason, user.getUsername());
    if (outcome instanceof AdoptionOutcome.Adopted) {
      redirect.addFlashAttribute("message", "Piano adottato con " + act.strip() + ".");
      return "redirect:/enti/" + code + "/piani/" + planId;
    }
    model.addAttribute("entity", entity);
    model.addAttribute("summary", plans.summary(entity.id(), planId).orElseThrow());
    model.addAttribute("act", act);
    model.addAttribute("date", date);
    model.addAttribute("dateProblem", !date.isBlank() && actDate == null);
    if (outcome instanceof AdoptionOutcome.Blocked blocked) {
      model.addAttribute("blockers", blocked.blockers());
    } else if (outcome instanceof AdoptionOutcome.Refused refused) {
      model.addAttribute("problem", refused.message());
    }
    return "plan-adoption";
  }
}
