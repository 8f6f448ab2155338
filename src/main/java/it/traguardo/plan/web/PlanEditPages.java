package it.traguardo.plan.web;

import it.traguardo.catalog.BudgetCatalog;
import it.traguardo.organization.Entities;
import it.traguardo.organization.Entity;
import it.traguardo.organization.Organization;
import it.traguardo.organization.Role;
import it.traguardo.plan.Dimension;
import it.traguardo.plan.Indicator;
import it.traguardo.plan.Level;
import it.traguardo.plan.Objective;
import it.traguardo.plan.ObjectiveKind;
import it.traguardo.plan.Phase;
import it.traguardo.plan.PlanDrafts.IndicatorDraft;
import it.traguardo.plan.PlanDrafts.ObjectiveDraft;
import it.traguardo.plan.PlanDrafts.PhaseDraft;
import it.traguardo.plan.PlanEditing;
import it.traguardo.plan.PlanEditing.Outcome;
import it.traguardo.plan.PlanEditing.Part;
import it.traguardo.plan.PlanLifecycle;
import it.traguardo.plan.PlanLifecycle.StepOutcome;
import it.traguardo.plan.PlanState;
import it.traguardo.plan.Plans;
import it.traguardo.plan.StoredPlan;
import it.traguardo.security.CurrentUser;
import it.traguardo.security.TraguardoPrincipal;
import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The segretario edits the plan: objectives, phases and indicators, and the steps of its lifecycle (monitoring,
 * report, variazioni). A stale form shows the saved values beside the ones just written, which can be saved anyway.
 */
@Controller
@RequestMapping("/enti/{code}/piani/{planId}/modifica")
class PlanEditPages {

  private final Entities entities;
  private final Plans plans;
  private final PlanEditing editing;
  private final PlanLifecycle lifecycle;
  private final Organization organization;
  private final BudgetCatalog catalog;

  PlanEditPages(
      Entities entities, Plans plans, PlanEditing editing, PlanLifecycle lifecycle, Organization organization,
      BudgetCatalog catalog) {
    this.entities = entities;
    this.plans = plans;
    this.editing = editing;
    this.lifecycle = lifecycle;
    this.organization = organization;
    this.catalog = catalog;
  }

  /** The ente and the plan being edited, once the user is known to be its segretario. */
  private record Editing(Entity entity, StoredPlan stored, TraguardoPrincipal user) {
    long entityId() {
      return entity.id();
    }

    long planId() {
      return stored.summary().id();
    }

    String base() {
      return "/enti/" + entity.code() + "/piani/" + planId() + "/modifica";
    }
  }

  private Editing editing(String code, long planId) {
    Entity entity = entities.byCode(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    TraguardoPrincipal user = CurrentUser.get().orElseThrow(() -> new ResponseStatusException(HttpStatus.UNAUTHORIZED));
    if (!user.isMember(entity.id())) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
    StoredPlan stored = plans.find(entity.id(), planId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    if (!user.has(entity.id(), Role.SEGRETARIO)) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Solo il segretario dell'ente modifica il piano.");
    }
    return new Editing(entity, stored, user);
  }

  private void common(Editing e, Model model) {
    model.addAttribute("entity", e.entity());
    model.addAttribute("stored", e.stored());
    model.addAttribute("summary", e.stored().summary());
    model.addAttribute("base", e.base());
    model.addAttribute("editable", lifecycle.isEditable(e.entityId(), e.planId()));
    model.addAttribute("variation", lifecycle.openVariation(e.entityId(), e.planId()).orElse(null));
  }

  @GetMapping
  String overview(@PathVariable String code, @PathVariable long planId, Model model) {
    Editing e = editing(code, planId);
    common(e, model);
    PlanState state = e.stored().summary().state();
    model.addAttribute("canStartMonitoring", state == PlanState.ADOTTATO || state == PlanState.VALIDATO);
    model.addAttribute("canReport", state == PlanState.IN_MONITORAGGIO);
    List<Integer> validated = lifecycle.validatedYears(e.entityId(), e.planId());
    model.addAttribute(
        "reportYears",
        IntStream.rangeClosed(e.stored().summary().firstYear(), e.stored().summary().lastYear())
            .filter(year -> !validated.contains(year))
            .boxed()
            .toList());
    model.addAttribute("validatedYears", validated);
    return "plan-edit/overview";
  }

  // --- lifecycle ---------------------------------------------------------------------------------------------------

  @PostMapping("/monitoraggio")
  String startMonitoring(@PathVariable String code, @PathVariable long planId, RedirectAttributes redirect) {
    Editing e = editing(code, planId);
    return step(e, lifecycle.startMonitoring(e.entityId(), e.planId(), e.user().getUsername()), "Monitoraggio avviato.", redirect);
  }

  @PostMapping("/rendicontazione")
  String report(
      @PathVariable String code, @PathVariable long planId, @RequestParam int year, RedirectAttributes redirect) {
    Editing e = editing(code, planId);
    return step(
        e, lifecycle.report(e.entityId(), e.planId(), year, e.user().getUsername()),
        "Rendicontazione del " + year + " trasmessa al Nucleo di Valutazione.", redirect);
  }

  @PostMapping("/variazione")
  String openVariation(
      @PathVariable String code,
      @PathVariable long planId,
      @RequestParam(defaultValue = "") String reason,
      @RequestParam(defaultValue = "") String act,
      @RequestParam(defaultValue = "") String date,
      RedirectAttributes redirect) {
    Editing e = editing(code, planId);
    if (!date.isBlank() && PersonInput.date(date) == null) {
      redirect.addFlashAttribute("problem", "La data dell'atto non è valida: scriverla come 31/01/2024.");
      return "redirect:" + e.base();
    }
    return step(
        e, lifecycle.openVariation(e.entityId(), e.planId(), reason, act, PersonInput.date(date), e.user().getUsername()),
        "Variazione aperta: le modifiche ora sono possibili e formeranno la nuova versione.", redirect);
  }

  @PostMapping("/variazione/registra")
  String closeVariation(@PathVariable String code, @PathVariable long planId, RedirectAttributes redirect) {
    Editing e = editing(code, planId);
    return step(
        e, lifecycle.closeVariation(e.entityId(), e.planId(), e.user().getUsername()),
        "Variazione registrata: è la nuova versione del piano.", redirect);
  }

  private static String step(Editing e, StepOutcome outcome, String done, RedirectAttributes redirect) {
    if (outcome instanceof StepOutcome.Refused refused) {
      redirect.addFlashAttribute("problem", refused.message());
    } else {
      redirect.addFlashAttribute("message", done);
    }
    return "redirect:" + e.base();
  }

  // --- objectives --------------------------------------------------------------------------------------------------

  /** The objective form as submitted; every field is text, as the browser sends it. */
  record ObjectiveForm(
      String number,
      String kind,
      String title,
      String unitId,
      String description,
      String assignment,
      String risk,
      String strategicDegree,
      String publicValueImpact,
      String weight,
      List<String> dimensions,
      List<Long> managerIds,
      List<String> budgetCodes) {

    ObjectiveForm {
      dimensions = dimensions == null ? List.of() : dimensions;
      managerIds = managerIds == null ? List.of() : managerIds;
      budgetCodes = budgetCodes == null ? List.of() : budgetCodes;
    }

    static ObjectiveForm of(Objective o, Long unitId) {
      return new ObjectiveForm(
          o.number(), o.kind().name(), o.title(), unitId == null ? "" : unitId.toString(), o.description(),
          o.assignment(), name(o.characteristics().risk()), name(o.characteristics().strategicDegree()),
          name(o.characteristics().publicValueImpact()), weightText(o.weight()),
          o.dimensions().stream().map(Dimension::name).toList(), o.managerIds(),
          o.budgetLinks().stream().map(l -> l.mission() + "." + l.programme()).toList());
    }

    ObjectiveDraft draft() {
      return new ObjectiveDraft(
          number, parse(ObjectiveKind.class, kind), title, unitId == null || unitId.isBlank() ? null : Long.valueOf(unitId),
          description, assignment, level(risk), level(strategicDegree), level(publicValueImpact), weight,
          dimensions.stream().map(d -> parse(Dimension.class, d)).filter(java.util.Objects::nonNull).collect(Collectors.toSet()),
          managerIds, budgetCodes);
    }
  }

  @GetMapping("/obiettivi/nuovo")
  String newObjective(@PathVariable String code, @PathVariable long planId, Model model) {
    Editing e = editing(code, planId);
    return objectiveForm(e, model, null, null, emptyObjective(e), Map.of());
  }

  private static ObjectiveForm emptyObjective(Editing e) {
    int next =
        e.stored().plan().objectives().stream()
            .map(Objective::number)
            .filter(n -> n.matches("\\d+"))
            .mapToInt(Integer::parseInt)
            .max()
            .orElse(0) + 1;
    return new ObjectiveForm(
        String.valueOf(next), ObjectiveKind.SECTORAL.name(), "", "", "", "", "", "", "", "", null, null, null);
  }

  @GetMapping("/obiettivi/{objectiveId}")
  String editObjective(
      @PathVariable String code, @PathVariable long planId, @PathVariable long objectiveId, Model model) {
    Editing e = editing(code, planId);
    Objective objective = objective(e, objectiveId);
    return objectiveForm(e, model, objective, version(e, Part.OBJECTIVE, objectiveId), ObjectiveForm.of(objective, unitId(e, objective)), Map.of());
  }

  @PostMapping("/obiettivi")
  String createObjective(
      @PathVariable String code, @PathVariable long planId, ObjectiveForm form, Model model, RedirectAttributes redirect) {
    Editing e = editing(code, planId);
    Outcome outcome = editing.createObjective(e.entityId(), e.planId(), form.draft(), e.user().getUsername());
    if (outcome instanceof Outcome.Saved saved) {
      redirect.addFlashAttribute("message", "Obiettivo " + form.number().strip() + " aggiunto.");
      return "redirect:" + e.base() + "/obiettivi/" + saved.id();
    }
    return otherwise(e, outcome, model, redirect, problems -> objectiveForm(e, model, null, null, form, problems), null);
  }

  @PostMapping("/obiettivi/{objectiveId}")
  String updateObjective(
      @PathVariable String code,
      @PathVariable long planId,
      @PathVariable long objectiveId,
      @RequestParam int version,
      ObjectiveForm form,
      Model model,
      HttpServletRequest request,
      RedirectAttributes redirect) {
    Editing e = editing(code, planId);
    Objective objective = objective(e, objectiveId);
    Outcome outcome =
        editing.updateObjective(e.entityId(), e.planId(), objectiveId, version, form.draft(), e.user().getUsername());
    if (outcome instanceof Outcome.Saved) {
      redirect.addFlashAttribute("message", "Obiettivo " + form.number().strip() + " salvato.");
      return "redirect:" + e.base() + "/obiettivi/" + objectiveId;
    }
    return otherwise(
        e, outcome, model, redirect,
        problems -> objectiveForm(e, model, objective, version, form, problems),
        () -> {
          Objective current = objective(editing(code, planId), objectiveId);
          return conflict(
              e, model, request, "l'obiettivo " + current.number(), "/obiettivi/" + objectiveId,
              Part.OBJECTIVE, objectiveId, describe(e, ObjectiveForm.of(current, unitId(e, current))), describe(e, form));
        });
  }

  private String objectiveForm(
      Editing e, Model model, Objective objective, Integer version, ObjectiveForm form, Map<String, String> problems) {
    common(e, model);
    model.addAttribute("objective", objective);
    model.addAttribute("version", version);
    model.addAttribute("form", form);
    model.addAttribute("problems", problems);
    model.addAttribute("units", organization.units(e.entityId()));
    model.addAttribute("people", organization.people(e.entityId()));
    model.addAttribute("levels", Level.values());
    model.addAttribute("dimensions", Dimension.values());
    model.addAttribute("missions", catalog.missions());
    return "plan-edit/objective";
  }

  /** The fields of an objective form in words, to show two versions side by side. */
  private Map<String, String> describe(Editing e, ObjectiveForm form) {
    Map<Long, String> units =
        organization.units(e.entityId()).stream().collect(Collectors.toMap(u -> u.id(), u -> u.name()));
    Map<Long, String> people =
        organization.people(e.entityId()).stream().collect(Collectors.toMap(p -> p.id(), p -> p.fullName()));
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("Numero", form.number());
    ObjectiveKind kind = parse(ObjectiveKind.class, form.kind());
    fields.put("Tipo", kind == null ? "" : kind.label());
    fields.put("Titolo", form.title());
    fields.put(
        "Servizio",
        form.unitId() == null || form.unitId().isBlank() ? "" : units.getOrDefault(Long.valueOf(form.unitId()), form.unitId()));
    fields.put("Descrizione", form.description());
    fields.put("Assegnazione", form.assignment());
    fields.put("Rischio", label(form.risk()));
    fields.put("Grado strategico", label(form.strategicDegree()));
    fields.put("Impatto sul valore pubblico", label(form.publicValueImpact()));
    fields.put("Peso", form.weight());
    fields.put(
        "Dimensioni del PIAO",
        form.dimensions().stream().map(d -> parse(Dimension.class, d)).filter(java.util.Objects::nonNull)
            .map(Dimension::label).collect(Collectors.joining(", ")));
    fields.put("Responsabili", form.managerIds().stream().map(id -> people.getOrDefault(id, "?")).collect(Collectors.joining(", ")));
    fields.put("Collegamento con il bilancio", String.join(", ", form.budgetCodes()));
    return fields;
  }

  // --- phases ------------------------------------------------------------------------------------------------------

  record PhaseForm(String number, String description, String horizon, List<Integer> years, String assignee) {
    PhaseForm {
      years = years == null ? List.of() : years;
    }

    static PhaseForm of(Phase p) {
      return new PhaseForm(String.valueOf(p.number()), p.description(), p.horizon(), p.years(), p.assignee());
    }

    PhaseDraft draft() {
      return new PhaseDraft(number, description, horizon, years, assignee);
    }

    Map<String, String> describe() {
      Map<String, String> fields = new LinkedHashMap<>();
      fields.put("Numero", number);
      fields.put("Descrizione", description);
      fields.put("Orizzonte temporale", horizon);
      fields.put("Anni", years.stream().map(String::valueOf).collect(Collectors.joining(", ")));
      fields.put("Assegnazione", assignee);
      return fields;
    }
  }

  @GetMapping("/obiettivi/{objectiveId}/fasi/nuova")
  String newPhase(@PathVariable String code, @PathVariable long planId, @PathVariable long objectiveId, Model model) {
    Editing e = editing(code, planId);
    Objective objective = objective(e, objectiveId);
    int next = objective.phases().stream().mapToInt(Phase::number).max().orElse(0) + 1;
    return phaseForm(e, model, objective, null, null, new PhaseForm(String.valueOf(next), "", "", null, ""), Map.of());
  }

  @GetMapping("/obiettivi/{objectiveId}/fasi/{phaseId}")
  String editPhase(
      @PathVariable String code, @PathVariable long planId, @PathVariable long objectiveId, @PathVariable long phaseId,
      Model model) {
    Editing e = editing(code, planId);
    Objective objective = objective(e, objectiveId);
    Phase phase = phase(objective, phaseId);
    return phaseForm(e, model, objective, phase, version(e, Part.PHASE, phaseId), PhaseForm.of(phase), Map.of());
  }

  @PostMapping("/obiettivi/{objectiveId}/fasi")
  String createPhase(
      @PathVariable String code, @PathVariable long planId, @PathVariable long objectiveId, PhaseForm form, Model model,
      RedirectAttributes redirect) {
    Editing e = editing(code, planId);
    Objective objective = objective(e, objectiveId);
    Outcome outcome = editing.createPhase(e.entityId(), e.planId(), objectiveId, form.draft(), e.user().getUsername());
    if (outcome instanceof Outcome.Saved) {
      redirect.addFlashAttribute("message", "Fase aggiunta.");
      return "redirect:" + e.base() + "/obiettivi/" + objectiveId;
    }
    return otherwise(e, outcome, model, redirect, problems -> phaseForm(e, model, objective, null, null, form, problems), null);
  }

  @PostMapping("/obiettivi/{objectiveId}/fasi/{phaseId}")
  String updatePhase(
      @PathVariable String code, @PathVariable long planId, @PathVariable long objectiveId, @PathVariable long phaseId,
      @RequestParam int version, PhaseForm form, Model model, HttpServletRequest request, RedirectAttributes redirect) {
    Editing e = editing(code, planId);
    Objective objective = objective(e, objectiveId);
    Phase phase = phase(objective, phaseId);
    Outcome outcome =
        editing.updatePhase(e.entityId(), e.planId(), objectiveId, phaseId, version, form.draft(), e.user().getUsername());
    if (outcome instanceof Outcome.Saved) {
      redirect.addFlashAttribute("message", "Fase salvata.");
      return "redirect:" + e.base() + "/obiettivi/" + objectiveId;
    }
    return otherwise(
        e, outcome, model, redirect, problems -> phaseForm(e, model, objective, phase, version, form, problems),
        () -> {
          Phase current = phase(objective(editing(code, planId), objectiveId), phaseId);
          return conflict(
              e, model, request, "la fase " + current.number() + " dell'obiettivo " + objective.number(),
              "/obiettivi/" + objectiveId + "/fasi/" + phaseId, Part.PHASE, phaseId, PhaseForm.of(current).describe(),
              form.describe());
        });
  }

  private String phaseForm(
      Editing e, Model model, Objective objective, Phase phase, Integer version, PhaseForm form, Map<String, String> problems) {
    common(e, model);
    model.addAttribute("objective", objective);
    model.addAttribute("phase", phase);
    model.addAttribute("version", version);
    model.addAttribute("form", form);
    model.addAttribute("problems", problems);
    model.addAttribute(
        "planYears",
        IntStream.rangeClosed(e.stored().summary().firstYear(), e.stored().summary().lastYear()).boxed().toList());
    return "plan-edit/phase";
  }

  // --- indicators --------------------------------------------------------------------------------------------------

  record IndicatorForm(String name, String phase, String target, String weight) {
    static IndicatorForm of(Indicator i) {
      return new IndicatorForm(i.name(), i.phase() == null ? "" : i.phase().toString(), i.target(), weightText(i.weight()));
    }

    IndicatorDraft draft() {
      return new IndicatorDraft(name, phase, target, weight);
    }

    Map<String, String> describe() {
      Map<String, String> fields = new LinkedHashMap<>();
      fields.put("Nome", name);
      fields.put("Fase", phase);
      fields.put("Valore atteso", target);
      fields.put("Peso", weight);
      return fields;
    }
  }

  @GetMapping("/obiettivi/{objectiveId}/indicatori/nuovo")
  String newIndicator(@PathVariable String code, @PathVariable long planId, @PathVariable long objectiveId, Model model) {
    Editing e = editing(code, planId);
    return indicatorForm(e, model, objective(e, objectiveId), null, null, new IndicatorForm("", "", "", ""), Map.of());
  }

  @GetMapping("/obiettivi/{objectiveId}/indicatori/{indicatorId}")
  String editIndicator(
      @PathVariable String code, @PathVariable long planId, @PathVariable long objectiveId,
      @PathVariable long indicatorId, Model model) {
    Editing e = editing(code, planId);
    Objective objective = objective(e, objectiveId);
    Indicator indicator = indicator(objective, indicatorId);
    return indicatorForm(
        e, model, objective, indicator, version(e, Part.INDICATOR, indicatorId), IndicatorForm.of(indicator), Map.of());
  }

  @PostMapping("/obiettivi/{objectiveId}/indicatori")
  String createIndicator(
      @PathVariable String code, @PathVariable long planId, @PathVariable long objectiveId, IndicatorForm form,
      Model model, RedirectAttributes redirect) {
    Editing e = editing(code, planId);
    Objective objective = objective(e, objectiveId);
    Outcome outcome = editing.createIndicator(e.entityId(), e.planId(), objectiveId, form.draft(), e.user().getUsername());
    if (outcome instanceof Outcome.Saved) {
      redirect.addFlashAttribute("message", "Indicatore aggiunto.");
      return "redirect:" + e.base() + "/obiettivi/" + objectiveId;
    }
    return otherwise(
        e, outcome, model, redirect, problems -> indicatorForm(e, model, objective, null, null, form, problems), null);
  }

  @PostMapping("/obiettivi/{objectiveId}/indicatori/{indicatorId}")
  String updateIndicator(
      @PathVariable String code, @PathVariable long planId, @PathVariable long objectiveId,
      @PathVariable long indicatorId, @RequestParam int version, IndicatorForm form, Model model,
      HttpServletRequest request, RedirectAttributes redirect) {
    Editing e = editing(code, planId);
    Objective objective = objective(e, objectiveId);
    Indicator indicator = indicator(objective, indicatorId);
    Outcome outcome =
        editing.updateIndicator(
            e.entityId(), e.planId(), objectiveId, indicatorId, version, form.draft(), e.user().getUsername());
    if (outcome instanceof Outcome.Saved) {
      redirect.addFlashAttribute("message", "Indicatore salvato.");
      return "redirect:" + e.base() + "/obiettivi/" + objectiveId;
    }
    return otherwise(
        e, outcome, model, redirect,
        problems -> indicatorForm(e, model, objective, indicator, version, form, problems),
        () -> {
          Indicator current = indicator(objective(editing(code, planId), objectiveId), indicatorId);
          return conflict(
              e, model, request, "l'indicatore «" + current.name() + "»",
              "/obiettivi/" + objectiveId + "/indicatori/" + indicatorId, Part.INDICATOR, indicatorId,
              IndicatorForm.of(current).describe(), form.describe());
        });
  }

  private String indicatorForm(
      Editing e, Model model, Objective objective, Indicator indicator, Integer version, IndicatorForm form,
      Map<String, String> problems) {
    common(e, model);
    model.addAttribute("objective", objective);
    model.addAttribute("indicator", indicator);
    model.addAttribute("version", version);
    model.addAttribute("form", form);
    model.addAttribute("problems", problems);
    model.addAttribute("previewYear", e.stored().plan().yearToMeasure(null, java.time.LocalDate.now().getYear()));
    return "plan-edit/indicator";
  }

  // --- order and deletion ------------------------------------------------------------------------------------------

  private static Part part(String name) {
    return switch (name) {
      case "obiettivi" -> Part.OBJECTIVE;
      case "fasi" -> Part.PHASE;
      case "indicatori" -> Part.INDICATOR;
      default -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    };
  }

  @PostMapping("/{part:obiettivi|fasi|indicatori}/{id}/sposta")
  String move(
      @PathVariable String code, @PathVariable long planId, @PathVariable("part") String partName, @PathVariable long id,
      @RequestParam String direction, @RequestParam(required = false) Long back, RedirectAttributes redirect) {
    Editing e = editing(code, planId);
    Outcome outcome =
        editing.move(e.entityId(), e.planId(), part(partName), id, "su".equals(direction) ? -1 : 1, e.user().getUsername());
    if (outcome instanceof Outcome.Refused refused) {
      redirect.addFlashAttribute("problem", refused.message());
    }
    return "redirect:" + e.base() + (back == null ? "" : "/obiettivi/" + back);
  }

  @PostMapping("/{part:obiettivi|fasi|indicatori}/{id}/elimina")
  String delete(
      @PathVariable String code, @PathVariable long planId, @PathVariable("part") String partName, @PathVariable long id,
      @RequestParam(required = false) Long back, RedirectAttributes redirect) {
    Editing e = editing(code, planId);
    Outcome outcome = editing.delete(e.entityId(), e.planId(), part(partName), id, e.user().getUsername());
    if (outcome instanceof Outcome.Refused refused) {
      redirect.addFlashAttribute("problem", refused.message());
    } else {
      redirect.addFlashAttribute("message", "Eliminato.");
    }
    return "redirect:" + e.base() + (back == null ? "" : "/obiettivi/" + back);
  }

  // --- shared ------------------------------------------------------------------------------------------------------

  @FunctionalInterface
  private interface FormPage {
    String show(Map<String, String> problems);
  }

  @FunctionalInterface
  private interface ConflictPage {
    String show();
  }

  /** What a page shows when an edit was not saved. */
  private String otherwise(
      Editing e, Outcome outcome, Model model, RedirectAttributes redirect, FormPage form, ConflictPage conflict) {
    if (outcome instanceof Outcome.Invalid invalid) {
      return form.show(invalid.errors());
    }
    if (outcome instanceof Outcome.Refused refused) {
      redirect.addFlashAttribute("problem", refused.message());
      return "redirect:" + e.base();
    }
    return conflict == null ? form.show(Map.of()) : conflict.show();
  }

  /** One field of a conflict: the saved value and the one just written. */
  record ConflictRow(String field, String saved, String yours, boolean differs) {}

  private String conflict(
      Editing e, Model model, HttpServletRequest request, String what, String path, Part part, long id,
      Map<String, String> saved, Map<String, String> yours) {
    common(e, model);
    List<ConflictRow> rows = new ArrayList<>();
    saved.forEach(
        (field, value) -> {
          String mine = yours.getOrDefault(field, "");
          rows.add(new ConflictRow(field, value == null ? "" : value, mine == null ? "" : mine, !blank(value).equals(blank(mine))));
        });
    Map<String, List<String>> resubmit = new LinkedHashMap<>();
    request.getParameterMap().forEach(
        (name, values) -> {
          if (!name.equals("_csrf") && !name.equals("version")) {
            resubmit.put(name, Arrays.asList(values));
          }
        });
    model.addAttribute("what", what);
    model.addAttribute("rows", rows);
    model.addAttribute("action", e.base() + path);
    model.addAttribute("resubmit", resubmit);
    model.addAttribute("currentVersion", version(e, part, id));
    return "plan-edit/conflict";
  }

  private static String blank(String text) {
    return text == null ? "" : text.strip();
  }

  private Objective objective(Editing e, long objectiveId) {
    return e.stored().plan().objectives().stream()
        .filter(o -> o.id() == objectiveId)
        .findFirst()
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
  }

  private static Phase phase(Objective objective, long phaseId) {
    return objective.phases().stream().filter(p -> p.id() == phaseId).findFirst()
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
  }

  private static Indicator indicator(Objective objective, long indicatorId) {
    return objective.indicators().stream().filter(i -> i.id() == indicatorId).findFirst()
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
  }

  private int version(Editing e, Part part, long id) {
    return editing.version(e.entityId(), part, id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
  }

  private Long unitId(Editing e, Objective objective) {
    return organization.units(e.entityId()).stream()
        .filter(u -> u.name().equals(objective.unit()))
        .map(u -> u.id())
        .findFirst()
        .orElse(null);
  }

  private static String name(Level level) {
    return level == null ? "" : level.name();
  }

  private static Level level(String name) {
    return parse(Level.class, name);
  }

  private static String label(String levelName) {
    Level level = level(levelName);
    return level == null ? "" : level.label();
  }

  private static <E extends Enum<E>> E parse(Class<E> type, String name) {
    if (name == null || name.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, name.strip());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static String weightText(BigDecimal weight) {
    return weight == null ? "" : weight.stripTrailingZeros().toPlainString().replace('.', ',');
  }
}
