package it.traguardo.deadlines.web;

import it.traguardo.deadlines.Deadline;
import it.traguardo.deadlines.Deadlines;
import it.traguardo.deadlines.DueItem;
import it.traguardo.deadlines.DueLinks;
import it.traguardo.deadlines.DueReport;
import it.traguardo.deadlines.PersonDue;
import it.traguardo.deadlines.Reminders;
import it.traguardo.organization.Entities;
import it.traguardo.organization.Entity;
import it.traguardo.security.CurrentUser;
import it.traguardo.security.TraguardoPrincipal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
 * "Le mie scadenze" of a person, the segretario's completion by unit and person with the reminder button, and the
 * log of reminders. Every page shows one checkpoint, the current one unless another is chosen
 * ({@code ?rilevazione=2024-mid}).
 */
@Controller
class DeadlinePages {

  private final EnteAccess access;
  private final Entities entities;
  private final Deadlines deadlines;
  private final Reminders reminders;

  DeadlinePages(EnteAccess access, Entities entities, Deadlines deadlines, Reminders reminders) {
    this.access = access;
    this.entities = entities;
    this.deadlines = deadlines;
    this.reminders = reminders;
  }

  /** One item with the page where it is filled in. */
  record Row(DueItem item, String link) {}

  /** A person's items of one objective. */
  record Group(String number, String title, List<Row> rows) {}

  /** From the header: the scadenze of the user's ente, or a choice when they belong to several. */
  @GetMapping("/scadenze")
  String entry(Model model) {
    TraguardoPrincipal user = CurrentUser.get().orElseThrow(() -> new ResponseStatusException(HttpStatus.UNAUTHORIZED));
    List<Entity> theirs = entities.all().stream().filter(e -> user.isMember(e.id())).toList();
    if (theirs.size() == 1) {
      return "redirect:" + DueLinks.mine(theirs.get(0).code());
    }
    model.addAttribute("entities", theirs);
    return "deadlines/choose";
  }

  @GetMapping("/enti/{code}/scadenze")
  String mine(@PathVariable String code, @RequestParam(name = "rilevazione", required = false) String chosen, Model model) {
    EnteAccess.Caller caller = access.member(code);
    Entity entity = caller.entity();
    Optional<Long> person = deadlines.personOf(entity.id(), caller.user().account().id());
    if (person.isEmpty() && caller.isSegretario()) {
      return "redirect:/enti/" + code + "/scadenze/completamento" + (chosen == null ? "" : "?rilevazione=" + chosen);
    }
    Deadline deadline = deadline(entity, chosen);
    Optional<DueReport> report = deadlines.report(entity.id(), deadline);
    common(model, caller, deadline, report);
    model.addAttribute("own", true);
    model.addAttribute("linked", person.isPresent());
    PersonDue due = person.flatMap(id -> report.flatMap(r -> r.of(id))).orElse(null);
    model.addAttribute("due", due);
    model.addAttribute("groups", due == null ? List.of() : groups(entity, report.get(), due));
    return "deadlines/list";
  }

  @GetMapping("/enti/{code}/scadenze/persone/{personId}")
  String person(
      @PathVariable String code, @PathVariable long personId,
      @RequestParam(name = "rilevazione", required = false) String chosen, Model model) {
    EnteAccess.Caller caller = access.segretario(code);
    Entity entity = caller.entity();
    Deadline deadline = deadline(entity, chosen);
    Optional<DueReport> report = deadlines.report(entity.id(), deadline);
    PersonDue due =
        report.flatMap(r -> r.of(personId)).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    common(model, caller, deadline, report);
    model.addAttribute("own", false);
    model.addAttribute("linked", true);
    model.addAttribute("due", due);
    model.addAttribute("groups", groups(entity, report.get(), due));
    return "deadlines/list";
  }

  @GetMapping("/enti/{code}/scadenze/completamento")
  String completion(@PathVariable String code, @RequestParam(name = "rilevazione", required = false) String chosen, Model model) {
    EnteAccess.Caller caller = access.segretario(code);
    Entity entity = caller.entity();
    Deadline deadline = deadline(entity, chosen);
    Optional<DueReport> report = deadlines.report(entity.id(), deadline);
    common(model, caller, deadline, report);
    model.addAttribute("latest", reminders.latest(entity.id(), deadline));
    model.addAttribute(
        "unassigned",
        report.map(r -> r.unassigned().stream().map(item -> row(entity, r, item)).toList()).orElse(List.of()));
    return "deadlines/completion";
  }

  @PostMapping("/enti/{code}/scadenze/persone/{personId}/promemoria")
  String remind(
      @PathVariable String code, @PathVariable long personId, @RequestParam("rilevazione") String chosen,
      RedirectAttributes redirect) {
    EnteAccess.Caller caller = access.segretario(code);
    Deadline deadline = Deadline.parse(chosen).orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST));
    Reminders.Result result = reminders.remind(caller.entity().id(), personId, deadline, caller.user().getUsername());
    redirect.addFlashAttribute(result.sent() ? "message" : "problem", result.message());
    return "redirect:/enti/" + code + "/scadenze/completamento?rilevazione=" + deadline.code();
  }

  @GetMapping("/enti/{code}/scadenze/invii")
  String log(@PathVariable String code, Model model) {
    EnteAccess.Caller caller = access.segretario(code);
    model.addAttribute("entity", caller.entity());
    model.addAttribute("entries", reminders.log(caller.entity().id(), 500));
    return "deadlines/log";
  }

  private void common(Model model, EnteAccess.Caller caller, Deadline deadline, Optional<DueReport> report) {
    model.addAttribute("entity", caller.entity());
    model.addAttribute("segretario", caller.isSegretario());
    model.addAttribute("deadline", deadline);
    model.addAttribute("chosen", deadline.code());
    model.addAttribute("choices", deadlines.choices(caller.entity().id()));
    model.addAttribute("report", report.orElse(null));
  }

  private Deadline deadline(Entity entity, String chosen) {
    if (chosen == null || chosen.isBlank()) {
      return deadlines.current(entity.id());
    }
    return Deadline.parse(chosen).orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST));
  }

  private static List<Group> groups(Entity entity, DueReport report, PersonDue due) {
    Map<Long, Group> groups = new LinkedHashMap<>();
    for (DueItem item : due.items()) {
      groups
          .computeIfAbsent(item.objectiveId(), id -> new Group(item.objectiveNumber(), item.objectiveTitle(), new ArrayList<>()))
          .rows()
          .add(row(entity, report, item));
    }
    return List.copyOf(groups.values());
  }

  private static Row row(Entity entity, DueReport report, DueItem item) {
    return new Row(item, DueLinks.path(entity.code(), report.planId(), report.deadline(), item));
  }
}
