package it.traguardo.monitoring.web;

import it.traguardo.monitoring.Checkpoint;
import it.traguardo.monitoring.PhaseReport;
import it.traguardo.monitoring.Progress;
import it.traguardo.monitoring.web.ActualsPages.PhaseForm;
import it.traguardo.monitoring.web.ObjectiveContexts.Context;
import it.traguardo.plan.Phase;
import it.traguardo.plan.PhaseProgress;
import it.traguardo.plan.PhaseStatus;
import it.traguardo.plan.ProgressNarrative;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The forms of the values page for a phase's status and for the "stato di attuazione". A refused form comes back
 * with what the user wrote and the reason beside it; a stale one shows the conflict page.
 */
@Controller
class ProgressPages {

  private final ObjectiveContexts contexts;
  private final Progress progress;
  private final Clock clock;

  ProgressPages(ObjectiveContexts contexts, Progress progress, Clock clock) {
    this.contexts = contexts;
    this.progress = progress;
    this.clock = clock;
  }

  @PostMapping("/enti/{code}/piani/{planId}/obiettivi/{objectiveId}/valori/fasi")
  String phase(
      @PathVariable String code,
      @PathVariable long planId,
      @PathVariable long objectiveId,
      @RequestParam long phaseId,
      @RequestParam int year,
      @RequestParam(defaultValue = "") String status,
      @RequestParam(defaultValue = "") String startedOn,
      @RequestParam(defaultValue = "") String completedOn,
      @RequestParam(defaultValue = "") String note,
      @RequestParam int version,
      Model model,
      RedirectAttributes redirect) {
    Context context = contexts.of(code, planId, objectiveId);
    Phase phase =
        context.objective().phases().stream().filter(p -> p.id() == phaseId).findFirst().orElseThrow(ObjectiveContexts::notFound);
    context.requireReporter();
    long entityId = context.entity().id();
    Progress.PhaseState state = progress.phase(entityId, phaseId).orElseThrow(ObjectiveContexts::notFound);
    String back = "redirect:" + context.valuesPage(year, "fase-" + phaseId);
    PhaseForm input = new PhaseForm(phaseId, status, startedOn, completedOn, note);
    PhaseReport.Reading reading = PhaseReport.read(status, startedOn, completedOn, note, LocalDate.now(clock));
    Progress.Outcome outcome =
        reading instanceof PhaseReport.Reading.Invalid invalid
            ? new Progress.Outcome.Invalid(invalid.field(), invalid.message())
            : progress.recordPhase(
                entityId, state, year, ((PhaseReport.Reading.Valid) reading).report(), context.user().getUsername(), version);
    if (outcome instanceof Progress.Outcome.Recorded) {
      redirect.addFlashAttribute("message", "Stato della fase " + phase.number() + " salvato.");
      return back;
    }
    if (outcome instanceof Progress.Outcome.Invalid invalid) {
      refusedYear(invalid);
      redirect.addFlashAttribute("phaseInput", input);
      redirect.addFlashAttribute("phaseProblem", invalid.message());
      redirect.addFlashAttribute("phaseField", invalid.field());
      return back;
    }
    PhaseProgress saved = progress.phaseProgress(entityId, state, year);
    boolean theirs = saved.version() > 0;
    Map<String, String> resubmit = new LinkedHashMap<>();
    resubmit.put("phaseId", "" + phaseId);
    resubmit.put("year", "" + year);
    resubmit.put("status", status);
    resubmit.put("startedOn", startedOn);
    resubmit.put("completedOn", completedOn);
    resubmit.put("note", note);
    resubmit.put("version", "" + saved.version());
    model.addAttribute(
        "conflict",
        new ConflictView(
            "La fase è stata modificata nel frattempo",
            "lo stato della fase " + phase.number() + " per il " + year,
            List.of("Stato", "Data di inizio", "Data di completamento", "Nota"),
            theirs
                ? List.of(
                    saved.status().label(), ActualsPages.day(saved.startedOn()), ActualsPages.day(saved.completedOn()),
                    saved.note() == null ? "" : saved.note())
                : List.of(),
            theirs ? ActualsPages.by(saved.recordedBy(), saved.recordedAt()) : null,
            List.of(PhaseStatus.of(status).map(PhaseStatus::label).orElse(status), startedOn, completedOn, note),
            context.valuesAction("/fasi"),
            resubmit,
            context.valuesPage(year, "fase-" + phaseId)));
    return "monitoring/conflict";
  }

  @PostMapping("/enti/{code}/piani/{planId}/obiettivi/{objectiveId}/valori/stato-attuazione")
  String narrative(
      @PathVariable String code,
      @PathVariable long planId,
      @PathVariable long objectiveId,
      @RequestParam int year,
      @RequestParam String checkpoint,
      @RequestParam(defaultValue = "") String text,
      @RequestParam int version,
      Model model,
      RedirectAttributes redirect) {
    Context context = contexts.of(code, planId, objectiveId);
    context.requireReporter();
    Checkpoint point = Checkpoint.of(checkpoint).orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST));
    long entityId = context.entity().id();
    String back = "redirect:" + context.valuesPage(year, "attuazione-" + point.code());
    Progress.Outcome outcome =
        progress.recordNarrative(entityId, context.state(), year, point, text, context.user().getUsername(), version);
    if (outcome instanceof Progress.Outcome.Recorded) {
      redirect.addFlashAttribute("message", "Stato di attuazione salvato (rilevazione " + point.label() + ").");
      return back;
    }
    if (outcome instanceof Progress.Outcome.Invalid invalid) {
      refusedYear(invalid);
      redirect.addFlashAttribute("narrativeCheckpoint", point.code());
      redirect.addFlashAttribute("narrativeText", text);
      redirect.addFlashAttribute("narrativeProblem", invalid.message());
      return back;
    }
    ProgressNarrative saved = progress.narrative(entityId, objectiveId, year, point);
    Map<String, String> resubmit = new LinkedHashMap<>();
    resubmit.put("year", "" + year);
    resubmit.put("checkpoint", point.code());
    resubmit.put("text", text);
    resubmit.put("version", "" + saved.version());
    model.addAttribute(
        "conflict",
        new ConflictView(
            "Lo stato di attuazione è stato modificato nel frattempo",
            "lo stato di attuazione del " + year + " (rilevazione " + point.label() + ")",
            List.of("Testo"),
            saved.version() > 0 ? List.of(saved.text()) : List.of(),
            saved.version() > 0 ? ActualsPages.by(saved.recordedBy(), saved.recordedAt()) : null,
            List.of(text),
            context.valuesAction("/stato-attuazione"),
            resubmit,
            context.valuesPage(year, "attuazione-" + point.code())));
    return "monitoring/conflict";
  }

  /** A year outside the plan comes from a tampered form, not from the page: no form to bring back. */
  private static void refusedYear(Progress.Outcome.Invalid invalid) {
    if (invalid.field().equals("year")) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, invalid.message());
    }
  }
}
