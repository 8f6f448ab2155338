package it.traguardo.importer.web;

import it.traguardo.importer.ImportResult;
import it.traguardo.importer.PlanImportService;
import it.traguardo.importer.PlanTextImporter;
import it.traguardo.organization.Entities;
import it.traguardo.organization.Entity;
import it.traguardo.organization.Role;
import it.traguardo.plan.PlanState;
import it.traguardo.security.CurrentUser;
import it.traguardo.security.TraguardoPrincipal;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Upload of a plan file: the file is read and its diagnostics shown; nothing is stored until the user confirms.
 * The platform administrator imports into any ente and may create one; a segretario only into their own.
 */
@Controller
@RequestMapping("/importa")
class ImportPages {

  private static final String PENDING = "importa.in-sospeso";

  private final PlanTextImporter importer;
  private final PlanImportService imports;
  private final Entities entities;

  ImportPages(PlanTextImporter importer, PlanImportService imports, Entities entities) {
    this.importer = importer;
    this.imports = imports;
    this.entities = entities;
  }

  /** A file read without errors, waiting for the user's confirmation. */
  record Pending(String token, String fileName, byte[] content) implements java.io.Serializable {}

  @GetMapping
  String form(Model model) {
    model.addAttribute("entities", allowedEntities(user()));
    model.addAttribute("admin", user().isPlatformAdmin());
    return "import";
  }

  @PostMapping
  String read(@RequestParam("file") MultipartFile file, HttpSession session, Model model) throws IOException {
    TraguardoPrincipal user = user();
    model.addAttribute("entities", allowedEntities(user));
    model.addAttribute("admin", user.isPlatformAdmin());
    if (file.isEmpty()) {
      model.addAttribute("problem", "Scegliere un file da importare.");
      return "import";
    }
    byte[] content = file.getBytes();
    ImportResult result = importer.read(content);
    model.addAttribute("fileName", file.getOriginalFilename());
    model.addAttribute("result", result);
    if (!result.hasErrors()) {
      Pending pending = new Pending(UUID.randomUUID().toString(), file.getOriginalFilename(), content);
      session.setAttribute(PENDING, pending);
      model.addAttribute("token", pending.token());
      model.addAttribute("plan", result.planOrNull());
      model.addAttribute("indicatorCount", result.planOrNull().objectives().stream().mapToInt(o -> o.indicators().size()).sum());
    }
    return "import-preview";
  }

  @PostMapping("/conferma")
  String confirm(
      @RequestParam String token,
      @RequestParam String entityCode,
      @RequestParam(required = false) String entityName,
      @RequestParam(defaultValue = "false") boolean replace,
      HttpSession session,
      RedirectAttributes redirect,
      Model model) {
    TraguardoPrincipal user = user();
    Pending pending = (Pending) session.getAttribute(PENDING);
    if (pending == null || !pending.token().equals(token)) {
      redirect.addFlashAttribute("problem", "Il file letto non è più disponibile: caricarlo di nuovo.");
      return "redirect:/importa";
    }
    Optional<Entity> existing = entities.byCode(entityCode);
    boolean allowed =
        existing.map(e -> user.has(e.id(), Role.SEGRETARIO)).orElse(user.isPlatformAdmin() && Entities.isValidCode(entityCode));
    if (!allowed) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN);
    }
    ImportResult result = importer.read(pending.content());
    PlanImportService.Outcome outcome =
        imports.store(
            result.planOrNull(), entityCode, blankToNull(entityName), replace, pending.fileName(), user.getUsername(),
            result.diagnostics(), PlanState.BOZZA, null);
    if (outcome.refused()) {
      redirect.addFlashAttribute(
          "problem",
          "L'ente ha già un piano dello stesso periodo. Per sostituirlo, selezionare «Sostituisci il piano esistente».");
      return "redirect:/importa";
    }
    session.removeAttribute(PENDING);
    redirect.addFlashAttribute("message", outcome.message());
    return "redirect:/enti/" + outcome.entityCode() + "/piani/" + outcome.planId();
  }

  private List<Entity> allowedEntities(TraguardoPrincipal user) {
    return entities.all().stream().filter(e -> user.has(e.id(), Role.SEGRETARIO)).toList();
  }

  private static TraguardoPrincipal user() {
    return CurrentUser.get().orElseThrow(() -> new ResponseStatusException(HttpStatus.UNAUTHORIZED));
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
