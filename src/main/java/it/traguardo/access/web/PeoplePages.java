package it.traguardo.access.web;

import it.traguardo.access.PeopleAdministration;
import it.traguardo.access.PeopleAdministration.PersonDetails;
import it.traguardo.access.PeopleAdministration.StalePersonException;
import it.traguardo.organization.Entity;
import it.traguardo.organization.InvalidAccountException;
import it.traguardo.organization.OrgUnit;
import it.traguardo.organization.Organization;
import it.traguardo.organization.Person;
import it.traguardo.organization.Users;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Persone dell'ente", for its segretario and the platform administrator: the people the plan names and the
 * reminders reach, with or without a login. Here their e-mail addresses are kept, and the units they answer for.
 */
@Controller
class PeoplePages {

  private final Gate gate;
  private final Users users;
  private final Organization organization;
  private final PeopleAdministration people;

  PeoplePages(Gate gate, Users users, Organization organization, PeopleAdministration people) {
    this.gate = gate;
    this.users = users;
    this.organization = organization;
    this.people = people;
  }

  /**
   * One person as the page shows them.
   *
   * @param form what the edit form holds: the person as stored, or what was submitted when it was refused
   * @param saved after a collision, the person as someone else saved them (null otherwise)
   */
  record Row(Person person, List<String> unitNames, List<String> usernames, Form form, Person saved, List<String> savedUnitNames) {}

  /** The fields of a person's form. */
  record Form(String fullName, String roleTitle, String email, List<Long> units, int version) {

    static Form of(Person person) {
      return new Form(person.fullName(), person.roleTitle(), person.email(), person.unitIds(), person.version());
    }
  }

  @GetMapping("/enti/{code}/persone")
  String page(@PathVariable String code, Model model) {
    fill(model, gate.managedEntity(code), null);
    return "access/persone";
  }

  @PostMapping("/enti/{code}/persone")
  String add(
      @PathVariable String code,
      @RequestParam(required = false) String fullName,
      @RequestParam(required = false) String roleTitle,
      @RequestParam(required = false) String email,
      @RequestParam(name = "units", required = false) List<Long> units,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    Entity entity = gate.managedEntity(code);
    PersonDetails details = new PersonDetails(fullName, roleTitle, email, units);
    try {
      Person added = people.add(entity, details, gate.user().getUsername());
      redirect.addFlashAttribute("message", "Persona «" + added.fullName() + "» aggiunta.");
      return "redirect:/enti/" + entity.code() + "/persone#persona-" + added.id();
    } catch (InvalidAccountException e) {
      response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
      model.addAttribute("problem", e);
      model.addAttribute("problemAt", "nuova");
      model.addAttribute("draft", new Form(fullName, roleTitle, email, details.unitIds(), 0));
      fill(model, entity, null);
      return "access/persone";
    }
  }

  @PostMapping("/enti/{code}/persone/{personId}")
  String update(
      @PathVariable String code,
      @PathVariable long personId,
      @RequestParam(required = false) String fullName,
      @RequestParam(required = false) String roleTitle,
      @RequestParam(required = false) String email,
      @RequestParam(name = "units", required = false) List<Long> units,
      @RequestParam int version,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    Entity entity = gate.managedEntity(code);
    Person person = gate.person(entity, personId);
    PersonDetails details = new PersonDetails(fullName, roleTitle, email, units);
    Form submitted = new Form(fullName, roleTitle, email, details.unitIds(), version);
    try {
      Person saved = people.update(entity, person.id(), details, version, gate.user().getUsername());
      redirect.addFlashAttribute("message", "Dati di «" + saved.fullName() + "» salvati.");
      return "redirect:/enti/" + entity.code() + "/persone#persona-" + personId;
    } catch (StalePersonException e) {
      // the form keeps what was typed and takes the new version, so a second save overwrites knowingly
      response.setStatus(HttpStatus.CONFLICT.value());
      model.addAttribute("conflictAt", personId);
      fill(model, entity, new Edit(personId, new Form(fullName, roleTitle, email, details.unitIds(), e.current().version()), e.current()));
      return "access/persone";
    } catch (InvalidAccountException e) {
      response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
      model.addAttribute("problem", e);
      model.addAttribute("problemAt", "persona-" + personId);
      fill(model, entity, new Edit(personId, submitted, null));
      return "access/persone";
    }
  }

  /** A refused or collided submission, shown again in the person's form. */
  private record Edit(long personId, Form form, Person saved) {}

  private void fill(Model model, Entity entity, Edit edit) {
    List<OrgUnit> units = organization.units(entity.id());
    Map<Long, String> unitNames = units.stream().collect(Collectors.toMap(OrgUnit::id, OrgUnit::name));
    Map<Long, List<String>> logins =
        users.members(entity.id()).stream()
            .filter(m -> m.personId() != null)
            .collect(Collectors.groupingBy(Users.Member::personId, Collectors.mapping(Users.Member::username, Collectors.toList())));
    List<Row> rows =
        organization.people(entity.id()).stream()
            .map(
                person -> {
                  boolean edited = edit != null && edit.personId() == person.id();
                  Person saved = edited ? edit.saved() : null;
                  return new Row(
                      person, names(person.unitIds(), unitNames), logins.getOrDefault(person.id(), List.of()),
                      edited ? edit.form() : Form.of(person), saved, saved == null ? List.of() : names(saved.unitIds(), unitNames));
                })
            .toList();
    model.addAttribute("entity", entity);
    model.addAttribute("rows", rows);
    model.addAttribute("units", units);
    if (!model.containsAttribute("draft")) {
      model.addAttribute("draft", new Form("", "Responsabile di servizio (EQ)", "", List.of(), 0));
    }
  }

  private static List<String> names(List<Long> unitIds, Map<Long, String> unitNames) {
    return unitIds.stream().map(unitNames::get).toList();
  }
}
