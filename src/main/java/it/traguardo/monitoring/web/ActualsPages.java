package it.traguardo.monitoring.web;

import it.traguardo.measure.Target;
import it.traguardo.monitoring.Actuals;
import it.traguardo.monitoring.Actuals.IndicatorState;
import it.traguardo.monitoring.Checkpoint;
import it.traguardo.monitoring.RecordedActual;
import it.traguardo.organization.Entities;
import it.traguardo.organization.Entity;
import it.traguardo.plan.Indicator;
import it.traguardo.plan.Objective;
import it.traguardo.plan.Plans;
import it.traguardo.plan.StoredPlan;
import it.traguardo.security.CurrentUser;
import it.traguardo.security.TraguardoPrincipal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Valori raggiunti" of one objective: each indicator with its values for a year, and a form for those the user
 * may enter. When someone else changed the indicator in between, the second writer sees both values and loses
 * nothing.
 */
@Controller
class ActualsPages {

  private final Entities entities;
  private final Plans plans;
  private final Actuals actuals;
  private final Clock clock;

  ActualsPages(Entities entities, Plans plans, Actuals actuals, Clock clock) {
    this.entities = entities;
    this.plans = plans;
    this.actuals = actuals;
    this.clock = clock;
  }

  /** One indicator on the page: its state, its values of the year, and whether the user may write. */
  record Row(Indicator indicator, IndicatorState state, String sentence, String mid, String fin, boolean writable) {}

  @GetMapping("/enti/{code}/piani/{planId}/obiettivi/{objectiveId}/valori")
  String page(
      @PathVariable String code,
      @PathVariable long planId,
      @PathVariable long objectiveId,
      @RequestParam(name = "anno", required = false) Integer year,
      Model model) {
    Context context = context(code, planId, objectiveId);
    int measured = context.plan.plan().yearToMeasure(year, LocalDate.now(clock).getYear());
    boolean frozen = actuals.isFrozen(context.entity.id(), planId, measured);
    List<Row> rows = new ArrayList<>();
    for (Indicator indicator : context.objective.indicators()) {
      IndicatorState state = actuals.indicator(context.entity.id(), indicator.id()).orElseThrow();
      List<RecordedActual> recorded = actuals.of(context.entity.id(), indicator.id());
      rows.add(
          new Row(
              indicator,
              state,
              Target.parse(indicator.target()).sentence(measured),
              value(recorded, measured, Checkpoint.MID),
              value(recorded, measured, Checkpoint.FINAL),
              !frozen && actuals.mayRecord(context.entity.id(), context.user, state)));
    }
    model.addAttribute("entity", context.entity);
    model.addAttribute("stored", context.plan);
    model.addAttribute("objective", context.objective);
    model.addAttribute("year", measured);
    model.addAttribute("rows", rows);
    model.addAttribute("frozen", frozen);
    return "monitoring/values";
  }

  @PostMapping("/enti/{code}/piani/{planId}/obiettivi/{objectiveId}/valori")
  String record(
      @PathVariable String code,
      @PathVariable long planId,
      @PathVariable long objectiveId,
      @RequestParam long indicatorId,
      @RequestParam int year,
      @RequestParam String checkpoint,
      @RequestParam(defaultValue = "") String value,
      @RequestParam(required = false) String note,
      @RequestParam int version,
      Model model,
      RedirectAttributes redirect) {
    Context context = context(code, planId, objectiveId);
    Indicator indicator =
        context.objective.indicators().stream().filter(i -> i.id() == indicatorId).findFirst()
            .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    IndicatorState state = actuals.indicator(context.entity.id(), indicatorId).orElseThrow();
    if (!actuals.mayRecord(context.entity.id(), context.user, state)) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN);
    }
    Checkpoint point = Checkpoint.of(checkpoint).orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST));
    Actuals.Outcome outcome =
        actuals.record(context.entity.id(), indicatorId, year, point, value, note, context.user.getUsername(), version);
    String back = "redirect:/enti/" + code + "/piani/" + planId + "/obiettivi/" + objectiveId + "/valori?anno=" + year;
    if (outcome instanceof Actuals.Outcome.Recorded) {
      redirect.addFlashAttribute("message", "Valore salvato per «" + indicator.name() + "».");
      return back;
    }
    if (outcome instanceof Actuals.Outcome.Invalid invalid) {
      redirect.addFlashAttribute("problem", "«" + indicator.name() + "»: " + invalid.message());
      return back;
    }
    if (outcome instanceof Actuals.Outcome.Frozen frozen) {
      redirect.addFlashAttribute("problem", frozen.message());
      return back;
    }
    List<RecordedActual> recorded = actuals.of(context.entity.id(), indicatorId);
    model.addAttribute("entity", context.entity);
    model.addAttribute("stored", context.plan);
    model.addAttribute("objective", context.objective);
    model.addAttribute("indicator", indicator);
    model.addAttribute("state", actuals.indicator(context.entity.id(), indicatorId).orElseThrow());
    model.addAttribute("year", year);
    model.addAttribute("checkpoint", point);
    model.addAttribute("yours", value);
    model.addAttribute("yourNote", note);
    model.addAttribute(
        "theirs",
        recorded.stream().filter(a -> a.year() == year && a.checkpoint() == point).findFirst().orElse(null));
    return "monitoring/conflict";
  }

  private record Context(Entity entity, StoredPlan plan, Objective objective, TraguardoPrincipal user) {}

  private Context context(String code, long planId, long objectiveId) {
    Entity entity = entities.byCode(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    TraguardoPrincipal user = CurrentUser.get().orElseThrow(() -> new ResponseStatusException(HttpStatus.UNAUTHORIZED));
    if (!user.isMember(entity.id())) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
    StoredPlan plan = plans.find(entity.id(), planId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    Objective objective =
        plan.plan().objectives().stream().filter(o -> o.id() == objectiveId).findFirst()
            .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    return new Context(entity, plan, objective, user);
  }

  private static String value(List<RecordedActual> recorded, int year, Checkpoint checkpoint) {
    return recorded.stream()
        .filter(a -> a.year() == year && a.checkpoint() == checkpoint)
        .map(RecordedActual::value)
        .findFirst()
        .orElse(null);
  }
}
