package it.traguardo.monitoring.web;

import it.traguardo.monitoring.Actuals;
import it.traguardo.monitoring.Actuals.IndicatorState;
import it.traguardo.monitoring.Checkpoint;
import it.traguardo.monitoring.Evidence;
import it.traguardo.monitoring.Evidence.StoredEvidence;
import it.traguardo.monitoring.web.ObjectiveContexts.Context;
import it.traguardo.plan.Indicator;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Evidence files on the values page: attached by those who report on the objective, downloaded by the ente's
 * members only (evidence is working material, which may name people: it is not published with the plan).
 */
@Controller
class EvidencePages {

  private final ObjectiveContexts contexts;
  private final Actuals actuals;
  private final Evidence evidence;

  EvidencePages(ObjectiveContexts contexts, Actuals actuals, Evidence evidence) {
    this.contexts = contexts;
    this.actuals = actuals;
    this.evidence = evidence;
  }

  @PostMapping("/enti/{code}/piani/{planId}/obiettivi/{objectiveId}/valori/evidenze")
  String upload(
      @PathVariable String code,
      @PathVariable long planId,
      @PathVariable long objectiveId,
      @RequestParam long indicatorId,
      @RequestParam int year,
      @RequestParam String checkpoint,
      @RequestParam(name = "files", required = false) List<MultipartFile> files,
      RedirectAttributes redirect) {
    Context context = contexts.of(code, planId, objectiveId);
    Indicator indicator = indicator(context, indicatorId);
    context.requireReporter();
    Checkpoint point = Checkpoint.of(checkpoint).orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST));
    IndicatorState state = actuals.indicator(context.entity().id(), indicatorId).orElseThrow();
    Evidence.Outcome outcome =
        evidence.add(context.entity().id(), state, year, point, EvidenceUploads.of(files), context.user().getUsername());
    String back = "redirect:" + context.valuesPage(year, "indicatore-" + indicatorId);
    if (outcome instanceof Evidence.Outcome.Added added) {
      redirect.addFlashAttribute(
          "message",
          (added.files().size() == 1 ? "Allegato un documento" : "Allegati " + added.files().size() + " documenti")
              + " a «" + indicator.name() + "».");
    } else if (outcome instanceof Evidence.Outcome.Refused refused) {
      redirect.addFlashAttribute(
          "problem", "Nessun documento allegato a «" + indicator.name() + "»: " + String.join(" ", refused.problems()));
    } else if (outcome instanceof Evidence.Outcome.Invalid invalid) {
      if (invalid.field().equals("year")) {
        throw new ResponseStatusException(HttpStatus.BAD_REQUEST, invalid.message());
      }
      redirect.addFlashAttribute("problem", "«" + indicator.name() + "»: " + invalid.message());
    }
    return back;
  }

  @GetMapping("/enti/{code}/piani/{planId}/obiettivi/{objectiveId}/valori/evidenze/{evidenceId}")
  ResponseEntity<byte[]> download(
      @PathVariable String code, @PathVariable long planId, @PathVariable long objectiveId, @PathVariable long evidenceId) {
    Context context = contexts.of(code, planId, objectiveId);
    StoredEvidence file = file(context, evidenceId);
    return EvidenceUploads.download(file, evidence.content(context.entity().id(), evidenceId));
  }

  @PostMapping("/enti/{code}/piani/{planId}/obiettivi/{objectiveId}/valori/evidenze/{evidenceId}/elimina")
  String remove(
      @PathVariable String code,
      @PathVariable long planId,
      @PathVariable long objectiveId,
      @PathVariable long evidenceId,
      @RequestParam int year,
      RedirectAttributes redirect) {
    Context context = contexts.of(code, planId, objectiveId);
    context.requireReporter();
    if (evidence.find(context.entity().id(), evidenceId).isEmpty()) {
      redirect.addFlashAttribute("message", "Il documento era già stato eliminato da un altro utente.");
      return "redirect:" + context.valuesPage(year, null);
    }
    StoredEvidence file = file(context, evidenceId);
    IndicatorState state = evidence.indicatorOf(context.entity().id(), file);
    if (evidence.remove(context.entity().id(), file, state, context.user().getUsername())) {
      redirect.addFlashAttribute("message", "Documento «" + file.fileName() + "» eliminato da «" + state.name() + "».");
    }
    return "redirect:" + context.valuesPage(file.year(), "indicatore-" + file.indicatorId());
  }

  /** A file of one of the objective's indicators, or 404. */
  private StoredEvidence file(Context context, long evidenceId) {
    StoredEvidence file = evidence.find(context.entity().id(), evidenceId).orElseThrow(ObjectiveContexts::notFound);
    indicator(context, file.indicatorId());
    return file;
  }

  private static Indicator indicator(Context context, long indicatorId) {
    return context.objective().indicators().stream().filter(i -> i.id() == indicatorId).findFirst()
        .orElseThrow(ObjectiveContexts::notFound);
  }
}
