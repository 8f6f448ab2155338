package it.traguardo.evaluation.web;

import it.traguardo.evaluation.store.Outcome;
import it.traguardo.organization.Entities;
import it.traguardo.organization.Entity;
import it.traguardo.organization.Role;
import it.traguardo.plan.Plans;
import it.traguardo.plan.StoredPlan;
import it.traguardo.security.CurrentUser;
import it.traguardo.security.TraguardoPrincipal;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Who may see and do what on the evaluation pages: a user of another ente gets 404, as if nothing existed; a member
 * without the role 403. Also the page every stale write ends on, showing both values and losing nothing.
 */
@Component
class Access {

  private final Entities entities;
  private final Plans plans;
  private final Clock clock;

  Access(Entities entities, Plans plans, Clock clock) {
    this.entities = entities;
    this.plans = plans;
    this.clock = clock;
  }

  /** The ente, the plan and the year a page is about, and who asks. */
  record Context(Entity entity, StoredPlan plan, int year, TraguardoPrincipal user) {

    long entityId() {
      return entity.id();
    }

    long planId() {
      return plan.summary().id();
    }

    boolean has(Role role) {
      return user.has(entity.id(), role);
    }

    /** "/enti/cedrasco/piani/1": the base of the plan's pages. */
    String planPath() {
      return "/enti/" + entity.code() + "/piani/" + planId();
    }
  }

  Context context(String code, long planId, Integer year) {
    Entity entity = memberEntity(code);
    StoredPlan plan = plans.find(entity.id(), planId).orElseThrow(Access::notFound);
    int measured = plan.plan().yearToMeasure(year, LocalDate.now(clock).getYear());
    return new Context(entity, plan, measured, user());
  }

  /** For a write: the year must be one of the plan's, as written, or the request is wrong (400). */
  Context exact(String code, long planId, int year) {
    Context context = context(code, planId, year);
    if (context.year() != year) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Il " + year + " non è un anno del piano.");
    }
    return context;
  }

  Entity memberEntity(String code) {
    Entity entity = entities.byCode(code).orElseThrow(Access::notFound);
    if (!user().isMember(entity.id())) {
      throw notFound();
    }
    return entity;
  }

  LocalDate today() {
    return LocalDate.now(clock);
  }

  static TraguardoPrincipal user() {
    return CurrentUser.get().orElseThrow(() -> new ResponseStatusException(HttpStatus.UNAUTHORIZED));
  }

  static void require(boolean allowed, String why) {
    if (!allowed) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, why);
    }
  }

  static ResponseStatusException notFound() {
    return new ResponseStatusException(HttpStatus.NOT_FOUND);
  }

  /**
   * The page of a write refused outright (a value no form of ours sends, a validated year): the reason, with the
   * status that says why, and the way back.
   */
  static String refused(HttpServletResponse response, HttpStatus status, String problem, String back, Model model) {
    response.setStatus(status.value());
    model.addAttribute("problem", problem);
    model.addAttribute("back", back);
    return "evaluation/refused";
  }

  /**
   * Where a write ends: back to {@code back} with a message when saved or refused; the conflict page when someone
   * else wrote first, with the user's values in a form that writes them over the newer version if they still want.
   *
   * @param fields the submitted fields to send again, without the version
   */
  static String outcome(
      Outcome outcome, String back, String saved, RedirectAttributes redirect, Model model, Context context, String what,
      String yours, String action, List<Map.Entry<String, String>> fields) {
    if (outcome instanceof Outcome.Saved) {
      redirect.addFlashAttribute("message", saved);
      return "redirect:" + back;
    }
    if (outcome instanceof Outcome.Refused refused) {
      redirect.addFlashAttribute("problem", refused.message());
      return "redirect:" + back;
    }
    Outcome.Stale stale = (Outcome.Stale) outcome;
    model.addAttribute("entity", context.entity());
    model.addAttribute("stored", context.plan());
    model.addAttribute("what", what);
    model.addAttribute("current", stale.current());
    model.addAttribute("yours", yours);
    model.addAttribute("action", action);
    model.addAttribute("fields", fields);
    model.addAttribute("version", stale.version());
    model.addAttribute("back", back);
    return "evaluation/conflict";
  }
}
