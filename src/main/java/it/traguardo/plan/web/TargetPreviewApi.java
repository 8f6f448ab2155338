package it.traguardo.plan.web;

import it.traguardo.api.ApiProblem;
import it.traguardo.measure.PolarityAssessment;
import it.traguardo.measure.Target;
import it.traguardo.plan.PlanJson;
import java.time.LocalDate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.node.ObjectNode;

/** How a target text will be read, for the live preview of the edit screens. */
@RestController
class TargetPreviewApi {

  /**
   * @param text the target as a person writes it ("Almeno 80%")
   * @param year the year measured, for relative deadlines ("Entro 31.10"); the current year when absent
   * @param indicator the indicator's name, to infer its polarity; optional
   */
  record PreviewRequest(String text, Integer year, String indicator) {}

  private final PlanJson json;

  TargetPreviewApi(PlanJson json) {
    this.json = json;
  }

  /** The same reading for the edit pages, which call it with the session while the segretario types. */
  @GetMapping("/anteprima/valore-atteso")
  ObjectNode previewForPages(
      @RequestParam("testo") String text,
      @RequestParam(name = "anno", required = false) Integer year,
      @RequestParam(name = "indicatore", required = false) String indicator) {
    return preview(new PreviewRequest(text, year, indicator));
  }

  @PostMapping("/api/v1/targets/preview")
  ObjectNode preview(@RequestBody PreviewRequest request) {
    if (request.text() == null) {
      throw ApiProblem.invalid("text", "Il campo «text» è obbligatorio: il valore atteso come lo si scrive (es. «Almeno 80%»).");
    }
    int year = request.year() == null ? LocalDate.now().getYear() : request.year();
    Target target = Target.parse(request.text());
    PolarityAssessment polarity = PolarityAssessment.assess(request.indicator(), target, null);
    ObjectNode body = json.object();
    json.writeTarget(body, target, year);
    json.writePolarity(body, polarity);
    body.put("polarityReason", polarity.reason());
    return body;
  }
}
