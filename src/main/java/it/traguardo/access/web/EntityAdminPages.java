package it.traguardo.access.web;

import it.traguardo.access.AccessAdministration;
import it.traguardo.access.AccessAdministration.NewUser;
import it.traguardo.organization.Entities;
import it.traguardo.organization.Entity;
import it.traguardo.organization.InvalidAccountException;
import it.traguardo.organization.Role;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The platform administrator's page: the installation's enti, and a new ente with its first user, its segretario,
 * created together or not at all.
 */
@Controller
class EntityAdminPages {

  private final Gate gate;
  private final Entities entities;
  private final AccessAdministration administration;
  private final TransactionTemplate transaction;

  EntityAdminPages(Gate gate, Entities entities, AccessAdministration administration, TransactionTemplate transaction) {
    this.gate = gate;
    this.entities = entities;
    this.administration = administration;
    this.transaction = transaction;
  }

  /** What was typed, shown again (without the password) when refused. */
  record Draft(String code, String name, String username) {}

  @GetMapping("/admin/enti")
  String page(Model model) {
    gate.requirePlatformAdmin();
    fill(model, new Draft("", "", ""));
    return "access/enti";
  }

  @PostMapping("/admin/enti")
  String create(
      @RequestParam(defaultValue = "") String code,
      @RequestParam(defaultValue = "") String name,
      @RequestParam(defaultValue = "") String username,
      @RequestParam(defaultValue = "") String password,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    gate.requirePlatformAdmin();
    String actor = gate.user().getUsername();
    Entity entity;
    try {
      entity =
          transaction.execute(
              status -> {
                Entity created = administration.createEntity(code, name, actor);
                administration.createUser(created, new NewUser(username, password, Role.SEGRETARIO, List.of(), null), actor);
                return created;
              });
    } catch (InvalidAccountException e) {
      response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
      model.addAttribute("problem", e);
      fill(model, new Draft(code, name, username));
      return "access/enti";
    }
    redirect.addFlashAttribute(
        "message", "Creato l'ente «" + entity.name() + "» con il segretario «" + username.strip() + "». Ora potete importarne il piano.");
    return "redirect:/enti/" + entity.code() + "/utenti";
  }

  private void fill(Model model, Draft draft) {
    model.addAttribute("entities", entities.all());
    model.addAttribute("draft", draft);
  }
}
