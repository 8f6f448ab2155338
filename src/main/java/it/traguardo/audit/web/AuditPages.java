package it.traguardo.audit.web;

import it.traguardo.audit.AuditEntry;
import it.traguardo.audit.AuditTrail;
import it.traguardo.organization.Entities;
import it.traguardo.organization.Entity;
import it.traguardo.plan.Objective;
import it.traguardo.plan.Plans;
import it.traguardo.plan.StoredPlan;
import it.traguardo.security.CurrentUser;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** "Registro delle modifiche" of an ente or of one objective, for the ente's members: on a page, or as CSV. */
@Controller
class AuditPages {

  private final Entities entities;
  private final Plans plans;
  private final AuditTrail trail;

  AuditPages(Entities entities, Plans plans, AuditTrail trail) {
    this.entities = entities;
    this.plans = plans;
    this.trail = trail;
  }

  @GetMapping("/enti/{code}/registro")
  String page(@PathVariable String code, Model model) {
    Entity entity = memberEntity(code);
    model.addAttribute("entity", entity);
    model.addAttribute("entries", trail.of(entity.id()));
    model.addAttribute("csv", "/enti/" + entity.code() + "/registro.csv");
    return "audit/registro";
  }

  /** The platform's own trail, for its administrator: changes of logins that belong to no ente. */
  @GetMapping("/admin/registro")
  String platform(Model model) {
    if (!CurrentUser.get().map(u -> u.isPlatformAdmin()).orElse(false)) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN);
    }
    model.addAttribute("entries", trail.ofPlatform());
    return "audit/registro";
  }

  @GetMapping("/enti/{code}/registro.csv")
  ResponseEntity<byte[]> csv(@PathVariable String code) {
    Entity entity = memberEntity(code);
    return csv(trail.of(entity.id()), "registro-" + entity.code() + ".csv");
  }

  /** The same register, narrowed to the changes of one objective: values, evidence, phases, stato di attuazione. */
  @GetMapping("/enti/{code}/piani/{planId}/obiettivi/{objectiveId}/registro")
  String objectivePage(@PathVariable String code, @PathVariable long planId, @PathVariable long objectiveId, Model model) {
    Entity entity = memberEntity(code);
    StoredPlan plan = plans.find(entity.id(), planId).orElseThrow(AuditPages::notFound);
    Objective objective = objective(plan, objectiveId);
    model.addAttribute("entity", entity);
    model.addAttribute("stored", plan);
    model.addAttribute("objective", objective);
    model.addAttribute("entries", trail.ofObjective(entity.id(), objectiveId));
    model.addAttribute("csv", "/enti/" + entity.code() + "/piani/" + planId + "/obiettivi/" + objectiveId + "/registro.csv");
    return "audit/registro";
  }

  @GetMapping("/enti/{code}/piani/{planId}/obiettivi/{objectiveId}/registro.csv")
  ResponseEntity<byte[]> objectiveCsv(@PathVariable String code, @PathVariable long planId, @PathVariable long objectiveId) {
    Entity entity = memberEntity(code);
    Objective objective = objective(plans.find(entity.id(), planId).orElseThrow(AuditPages::notFound), objectiveId);
    return csv(
        trail.ofObjective(entity.id(), objectiveId), "registro-" + entity.code() + "-obiettivo-" + objective.number() + ".csv");
  }

  /** ISO timestamps for machines; text cells that a spreadsheet would run as a formula are neutralised. */
  private static ResponseEntity<byte[]> csv(List<AuditEntry> entries, String fileName) {
    StringWriter out = new StringWriter();
    CSVFormat format =
        CSVFormat.DEFAULT.builder()
            .setHeader("quando", "chi", "azione", "piano", "obiettivo", "oggetto", "prima", "dopo")
            .get();
    try (CSVPrinter printer = new CSVPrinter(out, format)) {
      for (AuditEntry entry : entries) {
        printer.printRecord(
            entry.recordedAt().toInstant().toString(), safe(entry.actor()), entry.action(), entry.planId(), entry.objectiveId(),
            safe(entry.subject()), safe(entry.beforeValue()), safe(entry.afterValue()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return ResponseEntity.ok()
        .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
        .body(out.toString().getBytes(StandardCharsets.UTF_8));
  }

  /** A cell starting with = + - @ (or a tab or carriage return) would be a formula in a spreadsheet: quote it. */
  static String safe(String text) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    char first = text.charAt(0);
    return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r' ? "'" + text : text;
  }

  private static Objective objective(StoredPlan plan, long objectiveId) {
    return plan.plan().objectives().stream().filter(o -> o.id() == objectiveId).findFirst().orElseThrow(AuditPages::notFound);
  }

  private Entity memberEntity(String code) {
    Entity entity = entities.byCode(code).orElseThrow(AuditPages::notFound);
    if (!CurrentUser.get().map(u -> u.isMember(entity.id())).orElse(false)) {
      throw notFound();
    }
    return entity;
  }

  private static ResponseStatusException notFound() {
    return new ResponseStatusException(HttpStatus.NOT_FOUND);
  }
}
