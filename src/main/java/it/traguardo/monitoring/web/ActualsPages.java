package it.traguardo.monitoring.web;

import it.traguardo.measure.Target;
import it.traguardo.monitoring.Actuals;
import it.traguardo.monitoring.Actuals.IndicatorState;
import it.traguardo.monitoring.Checkpoint;
import it.traguardo.monitoring.Evidence;
import it.traguardo.monitoring.Evidence.StoredEvidence;
import it.traguardo.monitoring.EvidenceCheck;
import it.traguardo.monitoring.EvidenceType;
import it.traguardo.monitoring.Progress;
import it.traguardo.monitoring.RecordedActual;
import it.traguardo.monitoring.web.ObjectiveContexts.Context;
import it.traguardo.plan.Indicator;
import it.traguardo.plan.ObjectiveProgress;
import it.traguardo.plan.Phase;
import it.traguardo.plan.PhaseProgress;
import it.traguardo.plan.PhaseStatus;
import it.traguardo.plan.PlanMeasurement;
import it.traguardo.plan.PlanScoring;
import it.traguardo.plan.ProgressNarrative;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
 * "Valori raggiunti" of one objective for a year: each indicator with its values, achievement and evidence files, the
 * status of each phase, and the "stato di attuazione", with forms for those who report on the objective. After saving
 * a value the page shows the indicator's new achievement and status. When someone else changed the indicator in
 * between, the second writer sees both values and loses nothing.
 */
@Controller
class ActualsPages {

  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm");
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/uuuu");

  private final ObjectiveContexts contexts;
  private final Actuals actuals;
  private final Evidence evidence;
  private final Progress progress;
  private final PlanMeasurement measurement;
  private final Clock clock;

  ActualsPages(
      ObjectiveContexts contexts, Actuals actuals, Evidence evidence, Progress progress, PlanMeasurement measurement, Clock clock) {
    this.contexts = contexts;
    this.actuals = actuals;
    this.evidence = evidence;
    this.progress = progress;
    this.measurement = measurement;
    this.clock = clock;
  }

  /** One indicator on the page: its state, its values and achievement of the year, its evidence files of the year. */
  record Row(
      Indicator indicator, IndicatorState state, String sentence, String mid, String fin, PlanScoring.IndicatorScore score,
      List<StoredEvidence> files) {}

  /**
   * One phase on the page, with what its form shows: the saved report, or what the user wrote when it was refused.
   *
   * @param problem why the user's report was refused, or null
   * @param field the refused field (status, startedOn, completedOn, note), or null
   */
  record PhaseRow(Phase phase, PhaseProgress progress, PhaseForm form, String problem, String field) {}

  /** The fields of a phase's form. */
  record PhaseForm(long phaseId, String status, String startedOn, String completedOn, String note) {}

  /** One checkpoint's "stato di attuazione", with the text its form shows and why it was refused, if it was. */
  record NarrativeRow(ProgressNarrative narrative, String text, String problem) {}

  @GetMapping("/enti/{code}/piani/{planId}/obiettivi/{objectiveId}/valori")
  String page(
      @PathVariable String code,
      @PathVariable long planId,
      @PathVariable long objectiveId,
      @RequestParam(name = "anno", required = false) Integer year,
      Model model) {
    Context context = contexts.of(code, planId, objectiveId);
    long entityId = context.entity().id();
    int measured = context.plan().plan().yearToMeasure(year, LocalDate.now(clock).getYear());
    Map<Long, PlanScoring.IndicatorScore> scores = new LinkedHashMap<>();
    measurement.measure(entityId, context.plan().plan(), context.objective(), measured).indicators()
        .forEach(score -> scores.put(score.indicator().id(), score));
    List<Row> rows = new ArrayList<>();
    for (Indicator indicator : context.objective().indicators()) {
      IndicatorState state = actuals.indicator(entityId, indicator.id()).orElseThrow();
      List<RecordedActual> recorded = actuals.of(entityId, indicator.id());
      rows.add(
          new Row(
              indicator, state, Target.parse(indicator.target()).sentence(measured), value(recorded, measured, Checkpoint.MID),
              value(recorded, measured, Checkpoint.FINAL), scores.get(indicator.id()),
              evidence.of(entityId, indicator.id()).stream().filter(f -> f.year() == measured).toList()));
    }
    ObjectiveProgress objectiveProgress = progress.of(entityId, context.objective(), measured);
    PhaseForm phaseInput = (PhaseForm) model.getAttribute("phaseInput");
    List<PhaseRow> phases = new ArrayList<>();
    for (Phase phase : context.objective().phases()) {
      PhaseProgress shown = objectiveProgress.phase(phase.id());
      boolean refused = phaseInput != null && phaseInput.phaseId() == phase.id();
      phases.add(
          new PhaseRow(
              phase, shown, refused ? phaseInput : savedForm(phase.id(), shown),
              refused ? (String) model.getAttribute("phaseProblem") : null, refused ? (String) model.getAttribute("phaseField") : null));
    }
    String narrativeCheckpoint = (String) model.getAttribute("narrativeCheckpoint");
    List<NarrativeRow> narratives = new ArrayList<>();
    for (ProgressNarrative narrative : objectiveProgress.narratives()) {
      boolean refused = narrative.checkpoint().equals(narrativeCheckpoint);
      narratives.add(
          new NarrativeRow(
              narrative, refused ? (String) model.getAttribute("narrativeText") : narrative.text(),
              refused ? (String) model.getAttribute("narrativeProblem") : null));
    }
    model.addAttribute("entity", context.entity());
    model.addAttribute("stored", context.plan());
    model.addAttribute("objective", context.objective());
    model.addAttribute("year", measured);
    model.addAttribute("rows", rows);
    model.addAttribute("phases", phases);
    model.addAttribute("narratives", narratives);
    model.addAttribute("writable", context.mayReport());
    model.addAttribute("statuses", PhaseStatus.values());
    model.addAttribute("maxBytes", evidence.maxBytes());
    model.addAttribute("maxSize", EvidenceCheck.megabytes(evidence.maxBytes()));
    model.addAttribute("accept", EvidenceType.acceptList());
    return "monitoring/values";
  }

  /**
   * The form of a phase as saved. A completion carried from an earlier year is not this year's record: the form
   * starts from it all the same, so that confirming it takes one click.
   */
  private static PhaseForm savedForm(long phaseId, PhaseProgress shown) {
    if (!shown.recorded()) {
      return new PhaseForm(phaseId, "", "", "", "");
    }
    return new PhaseForm(
        phaseId, shown.status().name(), day(shown.startedOn()), day(shown.completedOn()),
        shown.note() == null ? "" : shown.note());
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
    Context context = contexts.of(code, planId, objectiveId);
    Indicator indicator =
        context.objective().indicators().stream().filter(i -> i.id() == indicatorId).findFirst()
            .orElseThrow(ObjectiveContexts::notFound);
    context.requireReporter();
    Checkpoint point = Checkpoint.of(checkpoint).orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST));
    long entityId = context.entity().id();
    Actuals.Outcome outcome = actuals.record(entityId, indicatorId, year, point, value, note, context.user().getUsername(), version);
    String back = "redirect:" + context.valuesPage(year, "indicatore-" + indicatorId);
    if (outcome instanceof Actuals.Outcome.Recorded) {
      PlanScoring.IndicatorScore score =
          measurement.measure(entityId, context.plan().plan(), context.objective(), year).indicators().stream()
              .filter(s -> s.indicator().id() == indicatorId)
              .findFirst()
              .orElseThrow();
      redirect.addFlashAttribute(
          "message",
          "Valore salvato per «" + indicator.name() + "». Grado di raggiungimento " + year + ": "
              + score.achievement().percentage().map(ActualsPages::percent).orElse("non calcolabile") + ", "
              + score.achievement().status().label() + ".");
      return back;
    }
    if (outcome instanceof Actuals.Outcome.Invalid invalid) {
      redirect.addFlashAttribute("problem", "«" + indicator.name() + "»: " + invalid.message());
      return back;
    }
    RecordedActual theirs =
        actuals.of(entityId, indicatorId).stream().filter(a -> a.year() == year && a.checkpoint() == point).findFirst().orElse(null);
    Map<String, String> resubmit = new LinkedHashMap<>();
    resubmit.put("indicatorId", "" + indicatorId);
    resubmit.put("year", "" + year);
    resubmit.put("checkpoint", point.code());
    resubmit.put("version", "" + actuals.indicator(entityId, indicatorId).orElseThrow().version());
    resubmit.put("value", value);
    resubmit.put("note", note == null ? "" : note);
    model.addAttribute(
        "conflict",
        new ConflictView(
            "Il valore è stato modificato nel frattempo",
            "un valore per «" + indicator.name() + "» (" + year + ", rilevazione " + point.label() + ")",
            List.of("Valore", "Nota"),
            theirs == null ? List.of() : List.of(theirs.value(), theirs.note() == null ? "" : theirs.note()),
            theirs == null ? null : by(theirs.recordedBy(), theirs.recordedAt()),
            List.of(value, note == null ? "" : note),
            context.valuesAction(""),
            resubmit,
            context.valuesPage(year, "indicatore-" + indicatorId)));
    return "monitoring/conflict";
  }

  /** "mario, 31/12/2024 10:00". */
  static String by(String user, OffsetDateTime when) {
    return user + ", " + WHEN.format(when);
  }

  /** "31/12/2024", or an empty text. */
  static String day(LocalDate date) {
    return date == null ? "" : DAY.format(date);
  }

  /** "66,67 %". */
  static String percent(BigDecimal value) {
    return new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ITALY)).format(value) + " %";
  }

  private static String value(List<RecordedActual> recorded, int year, Checkpoint checkpoint) {
    return recorded.stream()
        .filter(a -> a.year() == year && a.checkpoint() == checkpoint)
        .map(RecordedActual::value)
        .findFirst()
        .orElse(null);
  }
}
