package it.traguardo.access.web;

import it.traguardo.access.AccessAdministration;
import it.traguardo.access.AccessAdministration.NewUser;
import it.traguardo.access.AccountRights;
import it.traguardo.organization.Entity;
import it.traguardo.organization.InvalidAccountException;
import it.traguardo.organization.OrgUnit;
import it.traguardo.organization.Organization;
import it.traguardo.organization.Person;
import it.traguardo.organization.Role;
import it.traguardo.organization.UserAccount;
import it.traguardo.organization.Users;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
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
 * "Utenti dell'ente", for its segretario and the platform administrator: who has which role, the person a
 * responsabile is and their units; create users, add and remove roles, disable and enable, reset passwords.
 */
@Controller
class UserPages {

  private final Gate gate;
  private final Users users;
  private final Organization organization;
  private final AccessAdministration administration;

  UserPages(Gate gate, Users users, Organization organization, AccessAdministration administration) {
    this.gate = gate;
    this.users = users;
    this.organization = organization;
    this.administration = administration;
  }

  /**
   * One user of the ente as the page lists them.
   *
   * @param loginManaged whether the caller may disable the user or reset the password (not when the user also
   *     works for enti the caller does not run)
   */
  record Row(Users.Member member, Person person, List<String> unitNames, boolean loginManaged, boolean self) {}

  /** What was typed in the creation form, shown again (without the password) when it is refused. */
  record Draft(String username, String role, List<Long> units, String fullName) {}

  @GetMapping("/enti/{code}/utenti")
  String page(@PathVariable String code, Model model) {
    fill(model, gate.managedEntity(code));
    return "access/utenti";
  }

  @PostMapping("/enti/{code}/utenti")
  String create(
      @PathVariable String code,
      @RequestParam(defaultValue = "") String username,
      @RequestParam(defaultValue = "") String password,
      @RequestParam(required = false) String role,
      @RequestParam(name = "units", required = false) List<Long> units,
      @RequestParam(required = false) String fullName,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    Entity entity = gate.managedEntity(code);
    try {
      administration.createUser(entity, new NewUser(username, password, role(role), units, fullName), gate.user().getUsername());
    } catch (InvalidAccountException e) {
      model.addAttribute("draft", new Draft(username, role, units == null ? List.of() : units, fullName));
      return refused(model, response, entity, e, "nuovo");
    }
    redirect.addFlashAttribute("message", "Utente «" + username.strip() + "» creato. Comunicategli la password iniziale, che potrà cambiare nel profilo.");
    return back(entity);
  }

  @PostMapping("/enti/{code}/utenti/{userId}/ruoli")
  String grant(
      @PathVariable String code,
      @PathVariable long userId,
      @RequestParam(required = false) String role,
      @RequestParam(name = "units", required = false) List<Long> units,
      @RequestParam(required = false) String fullName,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    Entity entity = gate.managedEntity(code);
    UserAccount user = gate.member(entity, userId);
    try {
      administration.grant(entity, user, role(role), units == null ? List.of() : units, fullName, gate.user().getUsername());
    } catch (InvalidAccountException e) {
      return refused(model, response, entity, e, "utente-" + userId);
    }
    redirect.addFlashAttribute("message", "Ruolo «" + role(role).label() + "» assegnato a «" + user.username() + "».");
    return back(entity);
  }

  @PostMapping("/enti/{code}/utenti/{userId}/ruoli/revoca")
  String revoke(
      @PathVariable String code,
      @PathVariable long userId,
      @RequestParam(required = false) String role,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    Entity entity = gate.managedEntity(code);
    UserAccount user = gate.member(entity, userId);
    try {
      administration.revoke(entity, user, role(role), gate.self());
    } catch (InvalidAccountException e) {
      return refused(model, response, entity, e, "utente-" + userId);
    }
    redirect.addFlashAttribute("message", "Ruolo «" + role(role).label() + "» tolto a «" + user.username() + "».");
    return back(entity);
  }

  @PostMapping("/enti/{code}/utenti/{userId}/stato")
  String enable(
      @PathVariable String code,
      @PathVariable long userId,
      @RequestParam boolean enabled,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    Entity entity = gate.managedEntity(code);
    UserAccount user = gate.managedLogin(entity, userId);
    try {
      administration.setEnabled(user, enabled, gate.self());
    } catch (InvalidAccountException e) {
      return refused(model, response, entity, e, "utente-" + userId);
    }
    redirect.addFlashAttribute(
        "message", "Utente «" + user.username() + "» " + (enabled ? "riattivato." : "disattivato: non può più accedere né usare i suoi token."));
    return back(entity);
  }

  @PostMapping("/enti/{code}/utenti/{userId}/password")
  String resetPassword(
      @PathVariable String code,
      @PathVariable long userId,
      @RequestParam(defaultValue = "") String password,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    Entity entity = gate.managedEntity(code);
    UserAccount user = gate.managedLogin(entity, userId);
    try {
      administration.resetPassword(user, password, gate.self());
    } catch (InvalidAccountException e) {
      return refused(model, response, entity, e, "utente-" + userId);
    }
    redirect.addFlashAttribute("message", "Nuova password impostata per «" + user.username() + "».");
    return back(entity);
  }

  private String refused(Model model, HttpServletResponse response, Entity entity, InvalidAccountException problem, String where) {
    response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
    model.addAttribute("problem", problem);
    model.addAttribute("problemAt", where);
    fill(model, entity);
    return "access/utenti";
  }

  private void fill(Model model, Entity entity) {
    UserAccount actor = gate.self();
    List<OrgUnit> units = organization.units(entity.id());
    Map<Long, String> unitNames = units.stream().collect(Collectors.toMap(OrgUnit::id, OrgUnit::name));
    Map<Long, Person> people = organization.people(entity.id()).stream().collect(Collectors.toMap(Person::id, Function.identity()));
    List<Row> rows =
        users.members(entity.id()).stream()
            .map(
                member -> {
                  Person person = member.personId() == null ? null : people.get(member.personId());
                  List<String> names = person == null ? List.of() : person.unitIds().stream().map(unitNames::get).toList();
                  UserAccount account = users.byId(member.userId()).orElseThrow();
                  return new Row(member, person, names, AccountRights.managesLogin(actor, account), member.userId() == actor.id());
                })
            .toList();
    model.addAttribute("entity", entity);
    model.addAttribute("rows", rows);
    model.addAttribute("units", units);
    model.addAttribute("roles", Role.values());
    if (!model.containsAttribute("draft")) {
      model.addAttribute("draft", new Draft("", Role.RESPONSABILE.name(), List.of(), ""));
    }
  }

  private static String back(Entity entity) {
    return "redirect:/enti/" + entity.code() + "/utenti";
  }

  /** The role named by the form, or null (which the service refuses with a message). */
  static Role role(String name) {
    return Arrays.stream(Role.values()).filter(r -> r.name().equals(name)).findFirst().orElse(null);
  }
}
