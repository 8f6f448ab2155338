package it.traguardo.access.web;

import it.traguardo.access.AccessAdministration;
import it.traguardo.organization.AccessTokens;
import it.traguardo.organization.Entities;
import it.traguardo.organization.Entity;
import it.traguardo.organization.InvalidAccountException;
import it.traguardo.organization.Role;
import it.traguardo.organization.UserAccount;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Il mio profilo": the user's roles per ente, their password, and their personal access tokens for the API. A new
 * token's secret is shown in the answer to its creation and nowhere else, never kept in the session.
 */
@Controller
class ProfilePages {

  private final Gate gate;
  private final Entities entities;
  private final AccessTokens tokens;
  private final AccessAdministration administration;
  private final Clock clock;

  ProfilePages(Gate gate, Entities entities, AccessTokens tokens, AccessAdministration administration, Clock clock) {
    this.gate = gate;
    this.entities = entities;
    this.tokens = tokens;
    this.administration = administration;
    this.clock = clock;
  }

  /** One ente of the user, with the roles there. */
  record Membership(Entity entity, List<Role> roles) {}

  /** The token form: a name and an optional last day, as 2025-12-31 or 31/12/2025. */
  record TokenForm(String name, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE, fallbackPatterns = "d/M/uuuu") LocalDate expiresOn) {}

  @GetMapping("/profilo")
  String page(Model model) {
    fill(model, gate.self());
    return "access/profilo";
  }

  @PostMapping("/profilo/password")
  String changePassword(
      @RequestParam(defaultValue = "") String current,
      @RequestParam(defaultValue = "") String password,
      @RequestParam(defaultValue = "") String confirmation,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    UserAccount self = gate.self();
    try {
      if (!password.equals(confirmation)) {
        throw new InvalidAccountException("confirmation", "La conferma non coincide con la nuova password.");
      }
      administration.changeOwnPassword(self, current, password);
    } catch (InvalidAccountException e) {
      response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
      model.addAttribute("passwordProblem", e);
      fill(model, self);
      return "access/profilo";
    }
    redirect.addFlashAttribute("message", "Password cambiata.");
    return "redirect:/profilo";
  }

  @PostMapping("/profilo/token")
  String createToken(@ModelAttribute TokenForm form, BindingResult binding, Model model, HttpServletResponse response) {
    UserAccount self = gate.self();
    response.setHeader("Cache-Control", "no-store");
    try {
      if (binding.hasFieldErrors("expiresOn")) {
        throw new InvalidAccountException("expiresOn", "Scadenza non valida: scriverla come 31/12/2025 oppure 2025-12-31.");
      }
      model.addAttribute("issued", administration.createToken(self, form.name(), form.expiresOn()));
    } catch (InvalidAccountException e) {
      response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
      model.addAttribute("tokenProblem", e);
      model.addAttribute("tokenForm", form);
    }
    fill(model, self);
    return "access/profilo";
  }

  @PostMapping("/profilo/token/{tokenId}/revoca")
  String revokeToken(@PathVariable long tokenId, RedirectAttributes redirect) {
    UserAccount self = gate.self();
    var revoked = administration.revokeToken(self, tokenId);
    if (revoked.isEmpty()) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
    redirect.addFlashAttribute("message", "Token «" + revoked.get().name() + "» revocato: non dà più accesso.");
    return "redirect:/profilo";
  }

  private void fill(Model model, UserAccount self) {
    model.addAttribute("account", self);
    model.addAttribute(
        "memberships",
        self.roles().entrySet().stream()
            .filter(e -> !e.getValue().isEmpty())
            .map(e -> new Membership(entities.byId(e.getKey()).orElseThrow(), sorted(e.getValue())))
            .sorted(Comparator.comparing(m -> m.entity().name()))
            .toList());
    model.addAttribute("tokens", tokens.of(self.id()));
    model.addAttribute("today", LocalDate.now(clock));
    if (!model.containsAttribute("tokenForm")) {
      model.addAttribute("tokenForm", new TokenForm("", null));
    }
  }

  private static List<Role> sorted(Set<Role> roles) {
    return roles.stream().sorted().toList();
  }
}
