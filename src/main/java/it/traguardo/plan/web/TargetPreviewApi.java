package it.traguardo.plan.web;

import it.traguardo.measure.NamedDates;
import it.traguardo.measure.PolarityAssessment;
import it.traguardo.measure.Target;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** How a target text will be read, for the live preview of the edit screens. */
@RestController
class TargetPreviewApi {

  /**
   * @param text the target as a person writes it ("Almeno 80%")
   * @param year the year measured, for relative deadlines ("Entro 31.10"); the current year when absent
   * @param indicator the indicator's name, to infer its polarity; optional
   */
  record PreviewRequest(String text, Integer year, String indicator) {}

  @PostMapping("/api/v1/targets/preview")
  Map<String, Object> preview(@RequestBody PreviewRequest request) {
    if (request.text() == null) {
      throw new ResponseStatusException(HttpStatus.UNPROCESSABLE_CONTENT, "Il campo «text» è obbligatorio.");
    }
    int year = request.year() == null ? LocalDate.now().getYear() : request.year();
    Target target = Target.parse(request.text());
    PolarityAssessment polarity = PolarityAssessment.assess(request.indicator(), target, null);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("text", target.text());
    body.put("kind", target.kind().name());
    body.put("comparator", target.comparator() == null ? null : target.comparator().name());
    body.put("value", target.value());
    body.put("unit", target.unit());
    body.put("deadline", target.deadlineFor(year, NamedDates.empty()).map(LocalDate::toString).orElse(null));
    body.put("sentence", target.sentence(year));
    body.put("polarity", polarity.polarity().name());
    body.put("polarityUncertain", polarity.uncertain());
    body.put("polarityReason", polarity.reason());
    return body;
  }
}
