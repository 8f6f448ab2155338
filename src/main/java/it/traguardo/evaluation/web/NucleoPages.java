package it.traguardo.evaluation.web;

import it.traguardo.evaluation.ItalianDecimal;
import it.traguardo.evaluation.store.FrozenYears;
import it.traguardo.evaluation.store.Outcome;
import it.traguardo.evaluation.store.ProgressRecords;
import it.traguardo.evaluation.store.Reviews;
import it.traguardo.evaluation.store.YearValidation;
import it.traguardo.monitoring.Actuals;
import it.traguardo.monitoring.Checkpoint;
import it.traguardo.monitoring.RecordedActual;
import it.traguardo.organization.Organization;
import it.traguardo.organization.Person;
import it.traguardo.organization.Role;
import it.traguardo.plan.Indicator;
import it.traguardo.plan.Objective;
import it.traguardo.plan.PlanLifecycle;
import it.traguardo.plan.PlanMeasurement;
import it.traguardo.plan.PlanScoring;
import it.traguardo.plan.PlanState;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The Nucleo di Valutazione's workspace for a plan's year: every objective with its computed achievement and the
 * NdV's review; per objective the final values, the evidence and the narrative, where the NdV accepts the computed
 * achievement or sets its own with a reason (the computed one stays visible) and writes notes; and the validation of
 * the year as a whole. The ente's users read it; only the NdV writes.
 */
@Controller
class NucleoPages {

  private final Access access;
  private final PlanMeasurement measurement;
  private final Reviews reviews;
  private final FrozenYears frozen;
  private final YearValidation validation;
  private final PlanLifecycle lifecycle;
  private final Actuals actuals;
  private final ProgressRecords progress;
  private final Organization organization;

  NucleoPages(
      Access access, PlanMeasurement measurement, Reviews reviews, FrozenYears frozen, YearValidation validation,
      PlanLifecycle lifecycle, Actuals actuals, ProgressRecords progress, Organization organization) {
    this.access = access;
    this.measurement = measurement;
    this.reviews = reviews;
    this.frozen = frozen;
    this.validation = validation;
    this.lifecycle = lifecycle;
    this.actuals = actuals;
    this.progress = progress;
    this.organization = organization;
  }

  private static final String BASE = "/enti/{code}/piani/{planId}/nucleo";

  /** An objective in the workspace's list. */
  record Line(PlanScoring.ObjectiveScore score, Reviews.ObjectiveReview review) {}

  @GetMapping(BASE)
  String workspace(
      @PathVariable String code, @PathVariable long planId, @RequestParam(name = "anno", required = false) Integer year,
      Model model) {
    Access.Context context = access.context(code, planId, year);
    Map<Long, Reviews.ObjectiveReview> reviewed = reviews.objectives(context.entityId(), planId, context.year());
    List<Line> lines = new ArrayList<>();
    for (PlanScoring.ObjectiveScore score : measurement.measure(context.entityId(), context.plan().plan(), context.year()).objectives()) {
      lines.add(new Line(score, reviewed.get(score.objective().id())));
    }
    common(context, model);
    model.addAttribute("lines", lines);
    model.addAttribute("examined", lines.stream().filter(l -> l.review() != null && l.review().decision() != null).count());
    model.addAttribute("validation", frozen.validation(context.entityId(), planId, context.year()).orElse(null));
    model.addAttribute("reportedYear", reportedYear(context));
    model.addAttribute("statement", YearValidation.defaultStatement(context.year()));
    model.addAttribute("today", access.today());
    model.addAttribute("evaluator", context.has(Role.SEGRETARIO) || context.has(Role.NDV));
    // a responsabile reaches their own evaluation from here
    model.addAttribute(
        "ownEvaluation",
        context.has(Role.RESPONSABILE)
            ? organization.personOfUser(context.entityId(), context.user().account().id())
                .filter(p -> !p.unitIds().isEmpty())
                .map(Person::id)
                .orElse(null)
            : null);
    return "evaluation/nucleo";
  }

  /** One indicator on the objective's page: its values of the year, evidence, and the NdV's review. */
  record IndicatorLine(
      PlanScoring.IndicatorScore score, String mid, String fin, List<String> evidence, Reviews.IndicatorReview review) {}

  @GetMapping(BASE + "/obiettivi/{objectiveId}")
  String objective(
      @PathVariable String code, @PathVariable long planId, @PathVariable long objectiveId,
      @RequestParam(name = "anno", required = false) Integer year, Model model) {
    Access.Context context = access.context(code, planId, year);
    Objective objective = objective(context, objectiveId);
    PlanScoring.ObjectiveScore score = measurement.measure(context.entityId(), context.plan().plan(), objective, context.year());
    Map<Long, Reviews.IndicatorReview> indicatorReviews = reviews.indicators(context.entityId(), planId, context.year());
    Map<Long, List<String>> evidence = progress.evidence(context.entityId(), objectiveId, context.year());
    List<IndicatorLine> indicators = new ArrayList<>();
    for (PlanScoring.IndicatorScore indicator : score.indicators()) {
      List<RecordedActual> recorded = actuals.of(context.entityId(), indicator.indicator().id());
      indicators.add(
          new IndicatorLine(
              indicator, value(recorded, context.year(), Checkpoint.MID), value(recorded, context.year(), Checkpoint.FINAL),
              evidence.getOrDefault(indicator.indicator().id(), List.of()), indicatorReviews.get(indicator.indicator().id())));
    }
    String narrative =
        progress.narrative(context.entityId(), objectiveId, context.year())
            .orElse(context.year() == context.plan().plan().firstYear() ? objective.narrative() : null);
    common(context, model);
    model.addAttribute("objective", objective);
    model.addAttribute("score", score);
    model.addAttribute("indicators", indicators);
    model.addAttribute("review", reviews.objectives(context.entityId(), planId, context.year()).get(objectiveId));
    model.addAttribute("narrative", narrative);
    return "evaluation/nucleo-objective";
  }

  @PostMapping(BASE + "/obiettivi/{objectiveId}/accetta")
  String accept(
      @PathVariable String code, @PathVariable long planId, @PathVariable long objectiveId, @RequestParam int year,
      @RequestParam int version, Model model, RedirectAttributes redirect) {
    Access.Context context = ndv(code, planId, year);
    Objective objective = objective(context, objectiveId);
    Outcome outcome = reviews.accept(context.entityId(), planId, objective, year, version, context.user().getUsername());
    return Access.outcome(
        outcome, objectivePath(context, objectiveId) + "?anno=" + year, "Grado calcolato accettato.", redirect, model, context,
        "il grado dell'obiettivo " + objective.number(), "accettare il grado calcolato", objectivePath(context, objectiveId) + "/accetta",
        List.of(Map.entry("year", String.valueOf(year))));
  }

  @PostMapping(BASE + "/obiettivi/{objectiveId}/grado")
  String set(
      @PathVariable String code, @PathVariable long planId, @PathVariable long objectiveId, @RequestParam int year,
      @RequestParam int version, @RequestParam(defaultValue = "") String percentage,
      @RequestParam(defaultValue = "") String reason, Model model, RedirectAttributes redirect) {
    Access.Context context = ndv(code, planId, year);
    Objective objective = objective(context, objectiveId);
    BigDecimal value = ItalianDecimal.parse(percentage).orElse(null);
    Outcome outcome =
        value == null
            ? new Outcome.Refused("Grado «" + percentage + "» non valido: atteso un numero da 0 a 100, per esempio 85 o 92,5.")
            : reviews.set(context.entityId(), planId, objective, year, value, reason, version, context.user().getUsername());
    return Access.outcome(
        outcome, objectivePath(context, objectiveId) + "?anno=" + year, "Grado dell'obiettivo stabilito dal Nucleo.", redirect, model, context,
        "il grado dell'obiettivo " + objective.number(), percentage + " % – " + reason, objectivePath(context, objectiveId) + "/grado",
        List.of(Map.entry("year", String.valueOf(year)), Map.entry("percentage", percentage), Map.entry("reason", reason)));
  }

  @PostMapping(BASE + "/obiettivi/{objectiveId}/note")
  String note(
      @PathVariable String code, @PathVariable long planId, @PathVariable long objectiveId, @RequestParam int year,
      @RequestParam int version, @RequestParam(defaultValue = "") String note, Model model, RedirectAttributes redirect) {
    Access.Context context = ndv(code, planId, year);
    Objective objective = objective(context, objectiveId);
    Outcome outcome = reviews.note(context.entityId(), planId, objective, year, note, version, context.user().getUsername());
    return Access.outcome(
        outcome, objectivePath(context, objectiveId) + "?anno=" + year, "Note salvate.", redirect, model, context,
        "le note sull'obiettivo " + objective.number(), note, objectivePath(context, objectiveId) + "/note",
        List.of(Map.entry("year", String.valueOf(year)), Map.entry("note", note)));
  }

  @PostMapping(BASE + "/obiettivi/{objectiveId}/indicatori/{indicatorId}")
  String setIndicator(
      @PathVariable String code, @PathVariable long planId, @PathVariable long objectiveId, @PathVariable long indicatorId,
      @RequestParam int year, @RequestParam int version, @RequestParam(defaultValue = "") String percentage,
      @RequestParam(defaultValue = "") String reason, @RequestParam(defaultValue = "imposta") String action, Model model,
      RedirectAttributes redirect) {
    Access.Context context = ndv(code, planId, year);
    Objective objective = objective(context, objectiveId);
    Indicator indicator =
        objective.indicators().stream().filter(i -> i.id() == indicatorId).findFirst().orElseThrow(Access::notFound);
    boolean remove = "rimuovi".equals(action);
    BigDecimal value = remove ? null : ItalianDecimal.parse(percentage).orElse(null);
    Outcome outcome =
        !remove && value == null
            ? new Outcome.Refused("Grado «" + percentage + "» non valido: atteso un numero da 0 a 100, per esempio 85 o 92,5.")
            : reviews.setIndicator(
                context.entityId(), planId, objective, indicator, year, value, reason, version, context.user().getUsername());
    return Access.outcome(
        outcome, objectivePath(context, objectiveId) + "?anno=" + year,
        remove ? "Per «" + indicator.name() + "» conta di nuovo il grado calcolato." : "Grado di «" + indicator.name() + "» stabilito dal Nucleo.",
        redirect, model, context, "il grado dell'indicatore «" + indicator.name() + "»",
        remove ? "tornare al grado calcolato" : percentage + " % – " + reason,
        objectivePath(context, objectiveId) + "/indicatori/" + indicatorId,
        List.of(
            Map.entry("year", String.valueOf(year)), Map.entry("percentage", percentage), Map.entry("reason", reason),
            Map.entry("action", action)));
  }

  @PostMapping(BASE + "/validazione")
  String validate(
      @PathVariable String code, @PathVariable long planId, @RequestParam int year, @RequestParam(defaultValue = "") String act,
      @RequestParam(defaultValue = "") String date, @RequestParam(defaultValue = "") String statement,
      RedirectAttributes redirect) {
    Access.Context context = ndv(code, planId, year);
    String back = context.planPath() + "/nucleo?anno=" + year;
    Optional<LocalDate> actDate = Dates.parse(date);
    if (!date.isBlank() && actDate.isEmpty()) {
      redirect.addFlashAttribute("problem", "Data dell'atto «" + date + "» non valida: attesa nella forma gg/mm/aaaa.");
      return "redirect:" + back;
    }
    Outcome outcome =
        validation.validate(context.entityId(), context.plan(), year, act, actDate.orElse(null), statement, context.user().getUsername());
    if (outcome instanceof Outcome.Refused refused) {
      redirect.addFlashAttribute("problem", refused.message());
    } else {
      redirect.addFlashAttribute("message", "Risultati del " + year + " validati: da ora non si modificano più.");
    }
    return "redirect:" + back;
  }

  private void common(Access.Context context, Model model) {
    model.addAttribute("entity", context.entity());
    model.addAttribute("stored", context.plan());
    model.addAttribute("year", context.year());
    model.addAttribute(
        "years", IntStream.rangeClosed(context.plan().plan().firstYear(), context.plan().plan().lastYear()).boxed().toList());
    model.addAttribute("ndv", context.has(Role.NDV));
    model.addAttribute("frozen", frozen.isFrozen(context.entityId(), context.planId(), context.year()));
  }

  /** The year last reported to the NdV while the plan is RENDICONTATO, the only one it can validate; else null. */
  private Integer reportedYear(Access.Context context) {
    if (context.plan().summary().state() != PlanState.RENDICONTATO) {
      return null;
    }
    Integer year = null;
    for (PlanLifecycle.PlanEvent event : lifecycle.events(context.entityId(), context.planId())) {
      if ("RENDICONTAZIONE".equals(event.kind())) {
        year = event.year();
      }
    }
    return year;
  }

  private Access.Context ndv(String code, long planId, int year) {
    Access.Context context = access.exact(code, planId, year);
    Access.require(context.has(Role.NDV), "Solo il Nucleo di Valutazione esamina e valida i risultati.");
    return context;
  }

  private static Objective objective(Access.Context context, long objectiveId) {
    return context.plan().plan().objectives().stream().filter(o -> o.id() == objectiveId).findFirst().orElseThrow(Access::notFound);
  }

  private static String objectivePath(Access.Context context, long objectiveId) {
    return context.planPath() + "/nucleo/obiettivi/" + objectiveId;
  }

  private static String value(List<RecordedActual> recorded, int year, Checkpoint checkpoint) {
    return recorded.stream()
        .filter(a -> a.year() == year && a.checkpoint() == checkpoint)
        .map(RecordedActual::value)
        .findFirst()
        .orElse(null);
  }
}
