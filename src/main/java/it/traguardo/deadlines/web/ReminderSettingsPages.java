package it.traguardo.deadlines.web;

import it.traguardo.deadlines.ReminderSettings;
import it.traguardo.deadlines.Reminders;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The segretario's reminder settings: schedule and texts. A save based on settings someone else has changed in the
 * meantime is refused and shows both versions, the user's still in the form.
 */
@Controller
class ReminderSettingsPages {

  private final EnteAccess access;
  private final Reminders reminders;

  ReminderSettingsPages(EnteAccess access, Reminders reminders) {
    this.access = access;
    this.reminders = reminders;
  }

  /** The form as typed: numbers stay text until they are read, so a wrong one comes back as written. */
  record Form(
      boolean enabled, String dueDaysBefore, String remindDaysBefore, String overdueEveryDays, String subjectDue,
      String bodyDue, String subjectOverdue, String bodyOverdue, int version) {

    static Form of(ReminderSettings s) {
      return new Form(
          s.enabled(), Integer.toString(s.dueDaysBefore()), Integer.toString(s.remindDaysBefore()),
          Integer.toString(s.overdueEveryDays()), s.subjectDue(), s.bodyDue(), s.subjectOverdue(), s.bodyOverdue(),
          s.version());
    }

    Form withVersion(int newVersion) {
      return new Form(
          enabled, dueDaysBefore, remindDaysBefore, overdueEveryDays, subjectDue, bodyDue, subjectOverdue, bodyOverdue,
          newVersion);
    }
  }

  @GetMapping("/enti/{code}/scadenze/impostazioni")
  String form(@PathVariable String code, Model model) {
    EnteAccess.Caller caller = access.segretario(code);
    return page(model, caller, Form.of(reminders.settings(caller.entity().id())), List.of(), null);
  }

  @PostMapping("/enti/{code}/scadenze/impostazioni")
  String save(
      @PathVariable String code,
      @RequestParam(defaultValue = "false") boolean enabled,
      @RequestParam(defaultValue = "") String dueDaysBefore,
      @RequestParam(defaultValue = "") String remindDaysBefore,
      @RequestParam(defaultValue = "") String overdueEveryDays,
      @RequestParam(defaultValue = "") String subjectDue,
      @RequestParam(defaultValue = "") String bodyDue,
      @RequestParam(defaultValue = "") String subjectOverdue,
      @RequestParam(defaultValue = "") String bodyOverdue,
      @RequestParam int version,
      Model model,
      RedirectAttributes redirect) {
    EnteAccess.Caller caller = access.segretario(code);
    Form form =
        new Form(
            enabled, dueDaysBefore, remindDaysBefore, overdueEveryDays, subjectDue, normalize(bodyDue), subjectOverdue,
            normalize(bodyOverdue), version);
    List<ReminderSettings.Problem> problems = new ArrayList<>();
    int due = days(problems, "dueDaysBefore", "Voci dovute da quanti giorni prima della scadenza", dueDaysBefore);
    int remind = days(problems, "remindDaysBefore", "Promemoria quanti giorni prima della scadenza", remindDaysBefore);
    int every = days(problems, "overdueEveryDays", "Promemoria di ritardo ogni quanti giorni", overdueEveryDays);
    if (!problems.isEmpty()) {
      return page(model, caller, form, problems, null);
    }
    ReminderSettings settings =
        new ReminderSettings(
            enabled, due, remind, every, subjectDue.strip(), form.bodyDue().strip(), subjectOverdue.strip(),
            form.bodyOverdue().strip(), version);
    Reminders.SaveOutcome outcome = reminders.save(caller.entity().id(), settings, caller.user().getUsername());
    if (outcome instanceof Reminders.SaveOutcome.Invalid invalid) {
      return page(model, caller, form, invalid.problems(), null);
    }
    if (outcome instanceof Reminders.SaveOutcome.Stale stale) {
      return page(model, caller, form.withVersion(stale.current().version()), List.of(), stale.current());
    }
    redirect.addFlashAttribute("message", "Impostazioni dei promemoria salvate.");
    return "redirect:/enti/" + code + "/scadenze/impostazioni";
  }

  private String page(
      Model model, EnteAccess.Caller caller, Form form, List<ReminderSettings.Problem> problems, ReminderSettings theirs) {
    Map<String, String> byField = new TreeMap<>();
    problems.forEach(p -> byField.merge(p.field(), p.message(), (a, b) -> a + " " + b));
    model.addAttribute("entity", caller.entity());
    model.addAttribute("form", form);
    model.addAttribute("problems", problems);
    model.addAttribute("fieldProblems", byField);
    model.addAttribute("theirs", theirs);
    model.addAttribute("placeholders", new TreeMap<>(ReminderSettings.PLACEHOLDERS));
    return "deadlines/settings";
  }

  /** A number of days as typed; -1 with a problem when it is not a whole number. */
  private static int days(List<ReminderSettings.Problem> problems, String field, String label, String typed) {
    try {
      return Integer.parseInt(typed.strip());
    } catch (NumberFormatException e) {
      problems.add(
          new ReminderSettings.Problem(
              field, "«" + label + "»: indicare un numero intero di giorni (scritto: «" + typed + "»)."));
      return -1;
    }
  }

  /** Browsers send textarea line ends as CRLF; the mails use LF. */
  private static String normalize(String text) {
    return text.replace("\r\n", "\n").replace('\r', '\n');
  }
}
