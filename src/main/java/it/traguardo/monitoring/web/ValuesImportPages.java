package it.traguardo.monitoring.web;

import it.traguardo.documents.ValuesTemplate;
import it.traguardo.monitoring.Checkpoint;
import it.traguardo.monitoring.ValueRows;
import it.traguardo.monitoring.ValuesImport;
import it.traguardo.organization.Entities;
import it.traguardo.organization.Entity;
import it.traguardo.organization.Role;
import it.traguardo.plan.Plans;
import it.traguardo.plan.StoredPlan;
import it.traguardo.security.CurrentUser;
import it.traguardo.security.TraguardoPrincipal;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Achieved values of a whole plan at once: the template to download (CSV or XLSX, the rows the user may update) and
 * the upload, validated row by row and recorded all or nothing. For the segretario and the responsabili of the ente.
 */
@Controller
class ValuesImportPages {

  private static final MediaType XLSX =
      MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

  private final Entities entities;
  private final Plans plans;
  private final ValuesImport imports;
  private final Clock clock;

  ValuesImportPages(Entities entities, Plans plans, ValuesImport imports, Clock clock) {
    this.entities = entities;
    this.plans = plans;
    this.imports = imports;
    this.clock = clock;
  }

  @GetMapping("/enti/{code}/piani/{planId}/valori/importa")
  String page(
      @PathVariable String code,
      @PathVariable long planId,
      @RequestParam(name = "anno", required = false) Integer year,
      Model model) {
    Context context = context(code, planId);
    fill(context, year, model);
    return "monitoring/import";
  }

  @GetMapping({"/enti/{code}/piani/{planId}/valori/modello.csv", "/enti/{code}/piani/{planId}/valori/modello.xlsx"})
  ResponseEntity<byte[]> template(
      @PathVariable String code,
      @PathVariable long planId,
      @RequestParam(name = "anno", required = false) Integer year,
      @RequestParam(name = "rilevazione", defaultValue = "final") String checkpointCode,
      jakarta.servlet.http.HttpServletRequest request) {
    Context context = context(code, planId);
    int measured = context.plan.plan().yearToMeasure(year, LocalDate.now(clock).getYear());
    Checkpoint checkpoint =
        Checkpoint.of(checkpointCode).orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST));
    List<ValuesTemplate.Line> lines = imports.template(context.entity.id(), context.plan, context.user, measured, checkpoint);
    boolean xlsx = request.getRequestURI().endsWith(".xlsx");
    String name = "valori-" + context.entity.code() + "-" + context.plan.summary().period() + "-" + measured + "-" + checkpoint.code();
    byte[] body =
        xlsx
            ? ValuesTemplate.xlsx(lines, "Valori raggiunti " + measured + " – " + context.entity.name())
            : ValuesTemplate.csv(lines);
    return ResponseEntity.ok()
        .contentType(xlsx ? XLSX : MediaType.parseMediaType("text/csv; charset=UTF-8"))
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name + (xlsx ? ".xlsx" : ".csv")).build().toString())
        .body(body);
  }

  @PostMapping("/enti/{code}/piani/{planId}/valori/importa")
  String upload(
      @PathVariable String code,
      @PathVariable long planId,
      @RequestParam(name = "file", required = false) MultipartFile file,
      HttpServletResponse response,
      Model model,
      RedirectAttributes redirect) {
    Context context = context(code, planId);
    ValuesImport.Result result;
    if (file == null || file.isEmpty()) {
      result = new ValuesImport.Result.Refused(
          List.of(new ValueRows.Problem("file", null, null, "scegliere un file CSV o XLSX da importare.")));
    } else {
      try {
        result = imports.importFile(context.entity.id(), context.plan, context.user, file.getOriginalFilename(), file.getBytes());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    if (result instanceof ValuesImport.Result.Recorded recorded) {
      redirect.addFlashAttribute(
          "message",
          (recorded.count() == 1 ? "1 valore salvato" : recorded.count() + " valori salvati")
              + (recorded.skipped() == 0 ? "." : "; " + recorded.skipped() + " righe senza valore lasciate com'erano."));
      return "redirect:/enti/" + code + "/piani/" + planId + "/valori/importa";
    }
    response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
    model.addAttribute("problems", ((ValuesImport.Result.Refused) result).problems());
    fill(context, null, model);
    return "monitoring/import";
  }

  private void fill(Context context, Integer year, Model model) {
    model.addAttribute("entity", context.entity);
    model.addAttribute("stored", context.plan);
    model.addAttribute("year", context.plan.plan().yearToMeasure(year, LocalDate.now(clock).getYear()));
    model.addAttribute(
        "years",
        IntStream.rangeClosed(context.plan.summary().firstYear(), context.plan.summary().lastYear()).boxed().toList());
    model.addAttribute("checkpoints", Checkpoint.values());
  }

  private record Context(Entity entity, StoredPlan plan, TraguardoPrincipal user) {}

  /** The segretario or a responsabile of the ente; to anyone else outside the ente the plan does not exist. */
  private Context context(String code, long planId) {
    Entity entity = entities.byCode(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    TraguardoPrincipal user = CurrentUser.get().orElseThrow(() -> new ResponseStatusException(HttpStatus.UNAUTHORIZED));
    if (!user.isMember(entity.id())) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
    StoredPlan plan = plans.find(entity.id(), planId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    if (!user.has(entity.id(), Role.SEGRETARIO) && !user.has(entity.id(), Role.RESPONSABILE)) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN);
    }
    return new Context(entity, plan, user);
  }
}
