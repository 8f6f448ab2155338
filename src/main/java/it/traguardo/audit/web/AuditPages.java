package it.traguardo.audit.web;

import it.traguardo.audit.AuditEntry;
import it.traguardo.audit.AuditTrail;
import it.traguardo.organization.Entities;
import it.traguardo.organization.Entity;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** "Registro delle modifiche" of an ente, for its members: on a page, or as CSV. */
@Controller
class AuditPages {

  private final Entities entities;
  private final AuditTrail trail;

  AuditPages(Entities entities, AuditTrail trail) {
    this.entities = entities;
    this.trail = trail;
  }

  @GetMapping("/enti/{code}/registro")
  String page(@PathVariable String code, @RequestParam(name = "obiettivo", required = false) Long objectiveId, Model model) {
    Entity entity = memberEntity(code);
    model.addAttribute("entity", entity);
    model.addAttribute("objectiveId", objectiveId);
    model.addAttribute("entries", entries(entity, objectiveId));
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

  /** ISO timestamps for machines; text cells that a spreadsheet would run as a formula are neutralised. */
  @GetMapping("/enti/{code}/registro.csv")
  ResponseEntity<byte[]> csv(@PathVariable String code, @RequestParam(name = "obiettivo", required = false) Long objectiveId) {
    Entity entity = memberEntity(code);
    StringWriter out = new StringWriter();
    CSVFormat format =
        CSVFormat.DEFAULT.builder()
            .setHeader("quando", "chi", "azione", "piano", "obiettivo", "oggetto", "prima", "dopo")
            .get();
    try (CSVPrinter printer = new CSVPrinter(out, format)) {
      for (AuditEntry entry : entries(entity, objectiveId)) {
        printer.printRecord(
            entry.recordedAt().toInstant().toString(), safe(entry.actor()), entry.action(), entry.planId(), entry.objectiveId(),
            safe(entry.subject()), safe(entry.beforeValue()), safe(entry.afterValue()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return ResponseEntity.ok()
        .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("registro-" + entity.code() + ".csv").build().toString())
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

  private List<AuditEntry> entries(Entity entity, Long objectiveId) {
    return objectiveId == null ? trail.of(entity.id()) : trail.ofObjective(entity.id(), objectiveId);
  }

  private Entity memberEntity(String code) {
    Entity entity = entities.byCode(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    if (!CurrentUser.get().map(u -> u.isMember(entity.id())).orElse(false)) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
    return entity;
  }
}
