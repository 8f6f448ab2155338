package it.traguardo.dashboard.web;

import it.traguardo.dashboard.Dashboard;
import it.traguardo.dashboard.Dashboards;
import it.traguardo.dashboard.Dashboards.Selection;
import it.traguardo.dashboard.FirstScreen;
import it.traguardo.dashboard.RiskRule;
import it.traguardo.dashboard.Scope;
import it.traguardo.deadlines.DueLinks;
import it.traguardo.measure.RollUp;
import it.traguardo.monitoring.Checkpoint;
import it.traguardo.organization.Entities;
import it.traguardo.organization.Entity;
import it.traguardo.organization.OrgUnit;
import it.traguardo.organization.Person;
import it.traguardo.organization.Users;
import it.traguardo.plan.PlanScoring;
import it.traguardo.security.CurrentUser;
import it.traguardo.security.TraguardoPrincipal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The dashboards of an ente, of a service and of a manager, filtered by year and checkpoint, and the first screen
 * after login. They belong to the ente's users: to anyone else they do not exist.
 */
@Controller
class DashboardPages {

  private final Entities entities;
  private final Users users;
  private final Dashboards dashboards;

  DashboardPages(Entities entities, Users users, Dashboards dashboards) {
    this.entities = entities;
    this.users = users;
    this.dashboards = dashboards;
  }

  /** Where the login sends a user without a page of their own to go back to. */
  @GetMapping("/cruscotto")
  String firstScreen() {
    TraguardoPrincipal user = user();
    return "redirect:"
        + FirstScreen.path(
            user.isPlatformAdmin(), user.account().roles(),
            entityId -> entities.byId(entityId).orElseThrow().code(),
            // a person responsible for no unit has no dashboard of their own: the ente's is theirs
            entityId ->
                users.personOf(user.account().id(), entityId)
                    .filter(person -> dashboards.person(entityId, person).filter(p -> !p.unitIds().isEmpty()).isPresent()));
  }

  @GetMapping("/enti/{code}/cruscotto")
  String ente(
      @PathVariable String code,
      @RequestParam(name = "anno", required = false) Integer year,
      @RequestParam(name = "rilevazione", required = false) String checkpoint,
      Model model) {
    Entity entity = memberEntity(code);
    return page(entity, year, checkpoint, new Scope.Ente(entity.name()), entity.name(), "/enti/" + code + "/cruscotto", model);
  }

  @GetMapping("/enti/{code}/cruscotto/servizi/{unitId}")
  String service(
      @PathVariable String code,
      @PathVariable long unitId,
      @RequestParam(name = "anno", required = false) Integer year,
      @RequestParam(name = "rilevazione", required = false) String checkpoint,
      Model model) {
    Entity entity = memberEntity(code);
    OrgUnit unit = dashboards.unit(entity.id(), unitId).orElseThrow(DashboardPages::notFound);
    return page(
        entity, year, checkpoint, new Scope.Service(unit.name()), unit.name(), "/enti/" + code + "/cruscotto/servizi/" + unitId,
        model);
  }

  @GetMapping("/enti/{code}/cruscotto/responsabili/{personId}")
  String manager(
      @PathVariable String code,
      @PathVariable long personId,
      @RequestParam(name = "anno", required = false) Integer year,
      @RequestParam(name = "rilevazione", required = false) String checkpoint,
      Model model) {
    Entity entity = memberEntity(code);
    Person person =
        dashboards.person(entity.id(), personId).filter(p -> !p.unitIds().isEmpty()).orElseThrow(DashboardPages::notFound);
    PlanScoring.Manager manager = dashboards.manager(entity.id(), person);
    model.addAttribute("person", person);
    return page(
        entity, year, checkpoint, new Scope.Manager(manager), person.fullName(),
        "/enti/" + code + "/cruscotto/responsabili/" + personId, model);
  }

  private String page(
      Entity entity, Integer year, String checkpointCode, Scope scope, String title, String path, Model model) {
    Checkpoint checkpoint =
        checkpointCode == null || checkpointCode.isBlank()
            ? Checkpoint.FINAL
            : Checkpoint.of(checkpointCode).orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST));
    model.addAttribute("entity", entity);
    model.addAttribute("scope", scope);
    model.addAttribute("title", title);
    model.addAttribute("path", path);
    model.addAttribute("ente", scope instanceof Scope.Ente);
    model.addAttribute("service", scope instanceof Scope.Service);
    model.addAttribute("checkpoints", Checkpoint.values());
    // the viewer's own items: on the ente's dashboard and on their own, whatever year the filter shows
    Optional<Long> viewer = users.personOf(user().account().id(), entity.id());
    boolean own =
        scope instanceof Scope.Ente
            || model.getAttribute("person") instanceof Person shown && viewer.filter(id -> id == shown.id()).isPresent();
    model.addAttribute("owed", own ? viewer.map(id -> dashboards.owed(entity.id(), id)).orElse(null) : null);
    model.addAttribute("owedLink", DueLinks.mine(entity.code()));
    Optional<Selection> selection = dashboards.select(entity.id(), year, checkpoint);
    model.addAttribute("selection", selection.orElse(null));
    if (selection.isEmpty()) {
      return "dashboard/dashboard";
    }
    Dashboard dashboard = dashboards.of(entity.id(), selection.get(), scope);
    model.addAttribute("dashboard", dashboard);
    model.addAttribute("bar", RiskRule.bar(checkpoint));
    model.addAttribute("unitIds", dashboards.unitIdsByName(entity.id()));
    boolean showPayments =
        scope instanceof Scope.Ente || model.getAttribute("person") instanceof Person person && person.paysInvoices();
    model.addAttribute(
        "payments", showPayments ? dashboards.payments(entity.id(), selection.get().year()).orElse(null) : null);
    if (scope instanceof Scope.Ente) {
      List<ManagerRow> managers = new ArrayList<>();
      for (Person person : dashboards.managers(entity.id())) {
        PlanScoring.Manager manager = dashboards.manager(entity.id(), person);
        dashboard.managers().stream()
            .filter(score -> score.manager().equals(manager))
            .findFirst()
            .ifPresent(score -> managers.add(new ManagerRow(person, score.rollUp())));
      }
      model.addAttribute("managers", managers);
    }
    return "dashboard/dashboard";
  }

  /** A manager of the ente with their achievement. */
  record ManagerRow(Person person, RollUp rollUp) {}

  private Entity memberEntity(String code) {
    Entity entity = entities.byCode(code).orElseThrow(DashboardPages::notFound);
    if (!user().isMember(entity.id())) {
      throw notFound();
    }
    return entity;
  }

  private static TraguardoPrincipal user() {
    return CurrentUser.get().orElseThrow(() -> new ResponseStatusException(HttpStatus.UNAUTHORIZED));
  }

  private static ResponseStatusException notFound() {
    return new ResponseStatusException(HttpStatus.NOT_FOUND);
  }
}
