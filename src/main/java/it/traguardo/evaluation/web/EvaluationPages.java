package it.traguardo.evaluation.web;

import it.traguardo.documents.EvaluationSheetData;
import it.traguardo.documents.EvaluationSheets;
import it.traguardo.evaluation.ItalianDecimal;
import it.traguardo.evaluation.Smvp;
import it.traguardo.evaluation.store.Evaluations;
import it.traguardo.evaluation.store.Evaluations.ManagerEvaluation;
import it.traguardo.evaluation.store.Evaluations.YearEvaluation;
import it.traguardo.evaluation.store.FrozenYears;
import it.traguardo.evaluation.store.Outcome;
import it.traguardo.evaluation.store.PaymentObjectives;
import it.traguardo.organization.Organization;
import it.traguardo.organization.Person;
import it.traguardo.organization.Role;
import it.traguardo.plan.Objective;
import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The individual evaluations of a plan's year: the list for the segretario and the NdV, each EQ's page (weights,
 * behaviour levels, allowance, acknowledgement) and their sheet as PDF/A. An EQ sees their own page and sheet;
 * nobody else's.
 */
@Controller
class EvaluationPages {

  private static final String BASE = "/enti/{code}/piani/{planId}/valutazioni";

  private final Access access;
  private final Evaluations evaluations;
  private final PaymentObjectives paymentObjectives;
  private final FrozenYears frozen;
  private final Organization organization;

  EvaluationPages(
      Access access, Evaluations evaluations, PaymentObjectives paymentObjectives, FrozenYears frozen,
      Organization organization) {
    this.access = access;
    this.evaluations = evaluations;
    this.paymentObjectives = paymentObjectives;
    this.frozen = frozen;
    this.organization = organization;
  }

  /** A payment-timeliness objective and why it is one. */
  record PaymentObjective(Objective objective, boolean marked) {}

  @GetMapping(BASE)
  String list(
      @PathVariable String code, @PathVariable long planId, @RequestParam(name = "anno", required = false) Integer year,
      Model model) {
    Access.Context context = access.context(code, planId, year);
    Access.require(
        context.has(Role.SEGRETARIO) || context.has(Role.NDV), "Le valutazioni individuali sono del segretario e del Nucleo.");
    YearEvaluation evaluation = evaluations.of(context.entityId(), context.plan(), context.year());
    var marked = paymentObjectives.marked(context.entityId());
    var payment = paymentObjectives.of(context.entityId(), context.plan().plan());
    common(context, model);
    model.addAttribute("evaluation", evaluation);
    model.addAttribute(
        "paymentObjectives",
        context.plan().plan().objectives().stream()
            .filter(o -> payment.contains(o.id()))
            .map(o -> new PaymentObjective(o, marked.contains(o.id())))
            .toList());
    model.addAttribute(
        "markable", context.plan().plan().objectives().stream().filter(o -> !payment.contains(o.id())).toList());
    return "evaluation/evaluations";
  }

  @PostMapping(BASE + "/obiettivi-pagamenti")
  String markPaymentObjective(
      @PathVariable String code, @PathVariable long planId, @RequestParam int year, @RequestParam long objectiveId,
      @RequestParam boolean marked, Model model, HttpServletResponse response, RedirectAttributes redirect) {
    Access.Context context = segretario(code, planId, year);
    Objective objective =
        context.plan().plan().objectives().stream().filter(o -> o.id() == objectiveId).findFirst().orElseThrow(Access::notFound);
    Outcome outcome = paymentObjectives.mark(context.entityId(), planId, year, objective, marked, context.user().getUsername());
    if (outcome instanceof Outcome.Refused refused) {
      return Access.refused(response, HttpStatus.CONFLICT, refused.message(), listPath(context, year), model);
    }
    redirect.addFlashAttribute(
        "message",
        "Obiettivo " + objective.number() + (marked ? " indicato" : " non più indicato") + " come obiettivo sulla tempestività dei pagamenti.");
    return "redirect:" + listPath(context, year);
  }

  @PostMapping(BASE + "/{personId}/pagamenti")
  String paysInvoices(
      @PathVariable String code, @PathVariable long planId, @PathVariable long personId, @RequestParam int year,
      @RequestParam boolean paysInvoices, Model model, HttpServletResponse response, RedirectAttributes redirect) {
    Access.Context context = segretario(code, planId, year);
    Person person =
        organization.people(context.entityId()).stream().filter(p -> p.id() == personId).findFirst().orElseThrow(Access::notFound);
    Outcome outcome =
        paymentObjectives.setPaysInvoices(context.entityId(), planId, year, person, paysInvoices, context.user().getUsername());
    if (outcome instanceof Outcome.Refused refused) {
      return Access.refused(response, HttpStatus.CONFLICT, refused.message(), listPath(context, year), model);
    }
    redirect.addFlashAttribute(
        "message", paysInvoices ? "Segnato come responsabile del pagamento delle fatture." : "Non più responsabile del pagamento delle fatture.");
    return "redirect:" + listPath(context, year);
  }

  @GetMapping(BASE + "/{personId}")
  String manager(
      @PathVariable String code, @PathVariable long planId, @PathVariable long personId,
      @RequestParam(name = "anno", required = false) Integer year, Model model) {
    Access.Context context = access.context(code, planId, year);
    YearEvaluation evaluation = evaluations.of(context.entityId(), context.plan(), context.year());
    ManagerEvaluation manager = evaluation.manager(personId).orElseThrow(Access::notFound);
    boolean self = isSelf(context, personId);
    Access.require(
        self || context.has(Role.SEGRETARIO) || context.has(Role.NDV), "Una valutazione individuale è del valutato, del segretario e del Nucleo.");
    boolean open = !frozen.isFrozen(context.entityId(), planId, context.year());
    common(context, model);
    model.addAttribute("evaluation", evaluation);
    model.addAttribute("manager", manager);
    model.addAttribute("smvp", evaluation.smvp().smvp());
    model.addAttribute("canWeigh", open && (context.has(Role.SEGRETARIO) || context.has(Role.NDV)));
    model.addAttribute("canScore", context.has(Role.NDV));
    model.addAttribute("canSetAllowance", context.has(Role.SEGRETARIO));
    model.addAttribute("canAcknowledge", self && manager.result().totalScore().isPresent());
    model.addAttribute("today", access.today());
    return "evaluation/manager";
  }

  @PostMapping(BASE + "/{personId}/pesi")
  String weights(
      @PathVariable String code, @PathVariable long planId, @PathVariable long personId, @RequestParam int year,
      @RequestParam int version, @RequestParam MultiValueMap<String, String> form, Model model, RedirectAttributes redirect) {
    Access.Context context = access.exact(code, planId, year);
    Access.require(context.has(Role.SEGRETARIO) || context.has(Role.NDV), "I pesi li stabiliscono il segretario e il Nucleo.");
    requireManager(context, personId);
    Map<String, BigDecimal> weights = new LinkedHashMap<>();
    List<String> unreadable = new ArrayList<>();
    List<Map.Entry<String, String>> fields = new ArrayList<>(List.of(Map.entry("year", String.valueOf(year))));
    form.forEach((name, values) -> {
      if (name.startsWith("peso-")) {
        String number = name.substring("peso-".length());
        String text = values.get(0);
        fields.add(Map.entry(name, text));
        Optional<BigDecimal> weight = ItalianDecimal.parse(text);
        if (weight.isPresent()) {
          weights.put(number, weight.get());
        } else {
          unreadable.add("Peso dell'obiettivo " + number + ": «" + text + "» non è un numero");
        }
      }
    });
    Outcome outcome =
        unreadable.isEmpty()
            ? evaluations.saveWeights(context.entityId(), context.plan(), year, personId, weights, version, context.user().getUsername())
            : new Outcome.Refused(String.join("; ", unreadable) + ".");
    return Access.outcome(
        outcome, managerPath(context, personId, year), "Pesi degli obiettivi salvati.", redirect, model, context,
        "i pesi degli obiettivi", describe(weights), context.planPath() + "/valutazioni/" + personId + "/pesi", fields);
  }

  @PostMapping(BASE + "/{personId}/comportamenti")
  String behaviour(
      @PathVariable String code, @PathVariable long planId, @PathVariable long personId, @RequestParam int year,
      @RequestParam int version, @RequestParam(defaultValue = "") String note,
      @RequestParam MultiValueMap<String, String> form, Model model, HttpServletResponse response,
      RedirectAttributes redirect) {
    Access.Context context = access.exact(code, planId, year);
    Access.require(context.has(Role.NDV), "I comportamenti li valuta il Nucleo di Valutazione.");
    requireManager(context, personId);
    Smvp smvp = evaluations.of(context.entityId(), context.plan(), year).smvp().smvp();
    Map<String, Integer> levels = new LinkedHashMap<>();
    List<Map.Entry<String, String>> fields =
        new ArrayList<>(List.of(Map.entry("year", String.valueOf(year)), Map.entry("note", note)));
    List<String> unreadable = new ArrayList<>();
    for (int i = 0; i < smvp.criteria().size(); i++) {
      String value = form.getFirst("livello-" + i);
      if (value != null && !value.isBlank()) {
        fields.add(Map.entry("livello-" + i, value));
        String criterion = smvp.criteria().get(i).name();
        try {
          levels.put(criterion, Integer.valueOf(value.strip()));
        } catch (NumberFormatException e) {
          unreadable.add("Livello del criterio «" + criterion + "»: «" + value + "» non è un livello della scala, atteso un numero intero");
        }
      }
    }
    if (!unreadable.isEmpty()) {
      return Access.refused(
          response, HttpStatus.UNPROCESSABLE_CONTENT, String.join("; ", unreadable) + ".", managerPath(context, personId, year), model);
    }
    Outcome outcome =
        evaluations.saveBehaviour(context.entityId(), context.plan(), year, personId, levels, note, version, context.user().getUsername());
    return Access.outcome(
        outcome, managerPath(context, personId, year), "Valutazione dei comportamenti salvata.", redirect, model, context,
        "la valutazione dei comportamenti", describeLevels(levels), context.planPath() + "/valutazioni/" + personId + "/comportamenti",
        fields);
  }

  @PostMapping(BASE + "/{personId}/retribuzione")
  String allowance(
      @PathVariable String code, @PathVariable long planId, @PathVariable long personId, @RequestParam int year,
      @RequestParam int version, @RequestParam(defaultValue = "") String allowance, Model model,
      RedirectAttributes redirect) {
    Access.Context context = segretario(code, planId, year);
    requireManager(context, personId);
    Optional<BigDecimal> amount = ItalianDecimal.parse(allowance);
    Outcome outcome =
        !allowance.isBlank() && amount.isEmpty()
            ? new Outcome.Refused("Importo «" + allowance + "» non valido: atteso per esempio 2.000 o 2000,50.")
            : evaluations.saveAllowance(context.entityId(), context.plan(), year, personId, amount.orElse(null), version, context.user().getUsername());
    return Access.outcome(
        outcome, managerPath(context, personId, year), "Retribuzione di risultato massima salvata.", redirect, model, context,
        "la retribuzione di risultato massima", allowance, context.planPath() + "/valutazioni/" + personId + "/retribuzione",
        List.of(Map.entry("year", String.valueOf(year)), Map.entry("allowance", allowance)));
  }

  @PostMapping(BASE + "/{personId}/presa-visione")
  String acknowledge(
      @PathVariable String code, @PathVariable long planId, @PathVariable long personId, @RequestParam int year,
      @RequestParam int version, @RequestParam(defaultValue = "") String date, @RequestParam(defaultValue = "") String comment,
      Model model, RedirectAttributes redirect) {
    Access.Context context = access.exact(code, planId, year);
    Access.require(isSelf(context, personId), "Prende visione della scheda il valutato.");
    requireManager(context, personId);
    Optional<LocalDate> day = Dates.parse(date);
    Outcome outcome =
        day.isEmpty()
            ? new Outcome.Refused("Data della presa visione «" + date + "» non valida: attesa nella forma gg/mm/aaaa.")
            : evaluations.acknowledge(context.entityId(), context.plan(), year, personId, day.get(), comment, version, context.user().getUsername());
    return Access.outcome(
        outcome, managerPath(context, personId, year), "Presa visione registrata.", redirect, model, context,
        "la presa visione", date + " – " + comment, context.planPath() + "/valutazioni/" + personId + "/presa-visione",
        List.of(Map.entry("year", String.valueOf(year)), Map.entry("date", date), Map.entry("comment", comment)));
  }

  /** The EQ's sheet as PDF/A-3a + PDF/UA. */
  @GetMapping(BASE + "/{personId}/scheda.pdf")
  ResponseEntity<byte[]> sheet(
      @PathVariable String code, @PathVariable long planId, @PathVariable long personId,
      @RequestParam(name = "anno", required = false) Integer year) {
    Access.Context context = access.context(code, planId, year);
    YearEvaluation evaluation = evaluations.of(context.entityId(), context.plan(), context.year());
    ManagerEvaluation manager = evaluation.manager(personId).orElseThrow(Access::notFound);
    Access.require(
        isSelf(context, personId) || context.has(Role.SEGRETARIO) || context.has(Role.NDV),
        "Una valutazione individuale è del valutato, del segretario e del Nucleo.");
    byte[] pdf = new EvaluationSheets().pdf(SheetData.of(context, evaluation, manager));
    String name = context.entity().code() + "-valutazione-" + context.year() + "-" + personId + ".pdf";
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
        .body(pdf);
  }

  private boolean isSelf(Access.Context context, long personId) {
    return context.has(Role.RESPONSABILE)
        && organization.personOfUser(context.entityId(), context.user().account().id()).map(Person::id).filter(id -> id == personId).isPresent();
  }

  /** A person of the ente who is not an EQ has no evaluation: as if the page did not exist. */
  private void requireManager(Access.Context context, long personId) {
    if (!evaluations.isManager(context.entityId(), personId)) {
      throw Access.notFound();
    }
  }

  private Access.Context segretario(String code, long planId, int year) {
    Access.Context context = access.exact(code, planId, year);
    Access.require(context.has(Role.SEGRETARIO), "Lo stabilisce il segretario dell'ente.");
    return context;
  }

  private void common(Access.Context context, Model model) {
    model.addAttribute("entity", context.entity());
    model.addAttribute("stored", context.plan());
    model.addAttribute("year", context.year());
    model.addAttribute(
        "years", IntStream.rangeClosed(context.plan().plan().firstYear(), context.plan().plan().lastYear()).boxed().toList());
    model.addAttribute("segretario", context.has(Role.SEGRETARIO));
    model.addAttribute("ndv", context.has(Role.NDV));
    model.addAttribute("frozen", frozen.isFrozen(context.entityId(), context.planId(), context.year()));
  }

  private static String listPath(Access.Context context, int year) {
    return context.planPath() + "/valutazioni?anno=" + year;
  }

  private static String managerPath(Access.Context context, long personId, int year) {
    return context.planPath() + "/valutazioni/" + personId + "?anno=" + year;
  }

  private static String describeLevels(Map<String, Integer> levels) {
    List<String> parts = new ArrayList<>();
    levels.forEach((criterion, level) -> parts.add(criterion + ": " + level));
    return parts.isEmpty() ? "nessun livello" : String.join(", ", parts);
  }

  private static String describe(Map<String, BigDecimal> weights) {
    List<String> parts = new ArrayList<>();
    weights.forEach((number, weight) -> parts.add("ob. " + number + ": " + weight.toPlainString().replace('.', ',')));
    return String.join(", ", parts);
  }

  /** The sheet's content from the stored evaluation. */
  static final class SheetData {

    private SheetData() {}

    static EvaluationSheetData of(Access.Context context, YearEvaluation evaluation, ManagerEvaluation manager) {
      Smvp smvp = evaluation.smvp().smvp();
      var result = manager.result();
      List<EvaluationSheetData.CriterionLine> criteria = new ArrayList<>();
      for (Smvp.Criterion criterion : smvp.criteria()) {
        Integer level = manager.stored().behaviour().get(criterion.name());
        criteria.add(
            new EvaluationSheetData.CriterionLine(
                criterion.name(), criterion.weight(), level,
                level == null ? null : smvp.level(level).map(Smvp.Level::label).orElse(null), smvp.topLevel()));
      }
      return new EvaluationSheetData(
          context.entity().name(), context.year(), context.plan().plan().title(), manager.person().fullName(),
          manager.person().roleTitle(), manager.unitNames(), smvp.resultsWeight(), smvp.behaviourWeight(),
          manager.objectives().stream()
              .map(l -> new EvaluationSheetData.ObjectiveLine(
                  l.objective().heading(), l.weight(), l.rollUp().percentage().orElse(null), l.rollUp().status().label(),
                  l.paymentTimeliness()))
              .toList(),
          result.results().percentage().orElse(null), criteria, result.behaviourScore().orElse(null),
          manager.stored().behaviourNote(), result.totalScore().orElse(null), result.band().map(smvp::label).orElse(null),
          result.payPercent().orElse(null), manager.paymentResponsible() ? result.paymentShare() : null,
          result.missedPaymentObjectives(), manager.stored().maxAllowance(), result.amount().orElse(null),
          manager.payAmount().orElse(null), result.pending(),
          evaluation.validation().map(v -> new EvaluationSheetData.Validation(v.act(), v.actDate())).orElse(null),
          manager.stored().acknowledged()
              ? new EvaluationSheetData.Acknowledgement(
                  manager.stored().acknowledgedOn(), manager.stored().acknowledgedBy(), manager.stored().acknowledgementComment())
              : null);
    }
  }
}
