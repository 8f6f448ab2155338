package it.traguardo.evaluation.web;

import it.traguardo.evaluation.InvalidEvaluationException;
import it.traguardo.evaluation.ItalianDecimal;
import it.traguardo.evaluation.Smvp;
import it.traguardo.evaluation.store.Outcome;
import it.traguardo.evaluation.store.SmvpStore;
import it.traguardo.organization.Entity;
import it.traguardo.organization.Role;
import it.traguardo.plan.PlanSummary;
import it.traguardo.plan.Plans;
import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The ente's SMVP for its EQs, by year: the ente's users read it, the segretario changes it. A year without its own
 * configuration shows the one it inherits (an earlier year's, or the default), which saving makes its own.
 */
@Controller
class SmvpPages {

  /** Rows kept empty at the end of each table, to add a criterion, a level or a band. */
  private static final int SPARE_ROWS = 2;

  private final Access access;
  private final SmvpStore smvps;
  private final Plans plans;

  SmvpPages(Access access, SmvpStore smvps, Plans plans) {
    this.access = access;
    this.smvps = smvps;
    this.plans = plans;
  }

  /** The form as typed: every value a string, so that a refused form comes back as the user wrote it. */
  record Form(
      String resultsWeight, String behaviourWeight, List<List<String>> criteria, List<List<String>> scale,
      List<List<String>> bands, String budget) {

    static Form of(Smvp smvp) {
      return new Form(
          text(smvp.resultsWeight()), text(smvp.behaviourWeight()),
          smvp.criteria().stream().map(c -> List.of(c.name(), nullToEmpty(c.description()), text(c.weight()))).toList(),
          smvp.scale().stream().map(l -> List.of(String.valueOf(l.value()), l.label())).toList(),
          smvp.bands().stream().map(b -> List.of(text(b.from()), text(b.payPercent()))).toList(),
          smvp.budget() == null ? "" : smvp.budget().setScale(2).toPlainString().replace('.', ','));
    }

    /** The same rows with empty ones at the end. */
    Form withSpareRows() {
      return new Form(resultsWeight, behaviourWeight, spare(criteria, 3), spare(scale, 2), spare(bands, 2), budget);
    }

    private static List<List<String>> spare(List<List<String>> rows, int columns) {
      List<List<String>> all = new ArrayList<>(rows);
      for (int i = 0; i < SPARE_ROWS; i++) {
        all.add(Collections.nCopies(columns, ""));
      }
      return all;
    }

    private static String text(BigDecimal value) {
      return value.stripTrailingZeros().toPlainString().replace('.', ',');
    }

    private static String nullToEmpty(String text) {
      return text == null ? "" : text;
    }
  }

  @GetMapping("/enti/{code}/smvp")
  String page(@PathVariable String code, @RequestParam(name = "anno", required = false) Integer year, Model model) {
    Entity entity = access.memberEntity(code);
    int shown = year == null ? access.today().getYear() : year;
    SmvpStore.YearSmvp smvp = smvps.of(entity.id(), shown);
    return render(entity, shown, smvp, Form.of(smvp.smvp()).withSpareRows(), List.of(), model);
  }

  @PostMapping("/enti/{code}/smvp")
  String save(
      @PathVariable String code, @RequestParam int year, @RequestParam int version,
      @RequestParam MultiValueMap<String, String> posted, Model model, HttpServletResponse response,
      RedirectAttributes redirect) {
    Entity entity = access.memberEntity(code);
    Access.require(Access.user().has(entity.id(), Role.SEGRETARIO), "Il sistema di valutazione lo stabilisce il segretario.");
    Form form =
        new Form(
            first(posted, "resultsWeight"), first(posted, "behaviourWeight"),
            rows(posted, "criterionName", "criterionDescription", "criterionWeight"), rows(posted, "levelValue", "levelLabel"),
            rows(posted, "bandFrom", "bandPercent"), first(posted, "budget"));
    List<String> problems = new ArrayList<>();
    Smvp smvp = read(form, problems);
    if (smvp == null) {
      return render(entity, year, smvps.of(entity.id(), year), form.withSpareRows(), problems, model);
    }
    Outcome outcome = smvps.save(entity.id(), year, smvp, version, Access.user().getUsername());
    if (outcome instanceof Outcome.Refused refused) {
      response.setStatus(HttpStatus.CONFLICT.value());
      return render(entity, year, smvps.of(entity.id(), year), form.withSpareRows(), List.of(refused.message()), model);
    }
    if (outcome instanceof Outcome.Stale stale) {
      model.addAttribute("entity", entity);
      model.addAttribute("what", "il sistema di valutazione del " + year);
      model.addAttribute("current", stale.current());
      model.addAttribute("yours", SmvpStore.describe(smvp));
      model.addAttribute("action", "/enti/" + code + "/smvp");
      model.addAttribute("fields", fields(year, form));
      model.addAttribute("version", stale.version());
      model.addAttribute("back", "/enti/" + code + "/smvp?anno=" + year);
      return "evaluation/conflict";
    }
    redirect.addFlashAttribute("message", "Sistema di valutazione del " + year + " salvato.");
    return "redirect:/enti/" + code + "/smvp?anno=" + year;
  }

  private String render(Entity entity, int year, SmvpStore.YearSmvp smvp, Form form, List<String> problems, Model model) {
    TreeSet<Integer> years = new TreeSet<>();
    for (PlanSummary plan : plans.summaries(entity.id())) {
      IntStream.rangeClosed(plan.firstYear(), plan.lastYear()).forEach(years::add);
    }
    years.add(year);
    model.addAttribute("entity", entity);
    model.addAttribute("year", year);
    model.addAttribute("years", List.copyOf(years));
    model.addAttribute("smvp", smvp);
    model.addAttribute("form", form);
    model.addAttribute("problems", problems);
    Optional<String> locked = smvps.locked(entity.id(), year);
    model.addAttribute("locked", locked.orElse(null));
    model.addAttribute("segretario", Access.user().has(entity.id(), Role.SEGRETARIO) && locked.isEmpty());
    return "evaluation/smvp";
  }

  /** The configuration the form describes, or null with what is wrong, row by row. */
  private static Smvp read(Form form, List<String> problems) {
    BigDecimal results = number(form.resultsWeight(), "Peso dei risultati", problems);
    BigDecimal behaviour = number(form.behaviourWeight(), "Peso dei comportamenti", problems);
    List<Smvp.Criterion> criteria = new ArrayList<>();
    for (int i = 0; i < form.criteria().size(); i++) {
      List<String> row = form.criteria().get(i);
      criteria.add(
          new Smvp.Criterion(
              row.get(0).strip(), row.get(1).isBlank() ? null : row.get(1).strip(),
              number(row.get(2), "Criterio " + (i + 1) + ", peso", problems)));
    }
    List<Smvp.Level> scale = new ArrayList<>();
    for (List<String> row : form.scale()) {
      try {
        scale.add(new Smvp.Level(Integer.parseInt(row.get(0).strip()), row.get(1).strip()));
      } catch (NumberFormatException e) {
        problems.add("Livello «" + row.get(0) + "» della scala: atteso un numero intero");
      }
    }
    List<Smvp.PayBand> bands = new ArrayList<>();
    for (int i = 0; i < form.bands().size(); i++) {
      List<String> row = form.bands().get(i);
      bands.add(
          new Smvp.PayBand(
              number(row.get(0), "Fascia " + (i + 1) + ", punteggio iniziale", problems),
              number(row.get(1), "Fascia " + (i + 1) + ", percentuale della retribuzione", problems)));
    }
    BigDecimal budget = form.budget().isBlank() ? null : number(form.budget(), "Budget", problems);
    if (!problems.isEmpty()) {
      return null;
    }
    try {
      return new Smvp(results, behaviour, criteria, scale, bands, budget);
    } catch (InvalidEvaluationException e) {
      problems.addAll(e.problems());
      return null;
    }
  }

  private static BigDecimal number(String text, String what, List<String> problems) {
    Optional<BigDecimal> value = ItalianDecimal.parse(text);
    if (value.isEmpty()) {
      problems.add(what + ": «" + text + "» non è un numero");
    }
    return value.orElse(null);
  }

  private static String first(MultiValueMap<String, String> posted, String name) {
    String value = posted.getFirst(name);
    return value == null ? "" : value;
  }

  /** The rows of a table posted as parallel fields, without those left wholly empty. */
  private static List<List<String>> rows(MultiValueMap<String, String> posted, String... names) {
    int count = 0;
    for (String name : names) {
      count = Math.max(count, posted.getOrDefault(name, List.of()).size());
    }
    List<List<String>> rows = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      List<String> row = new ArrayList<>();
      for (String name : names) {
        List<String> column = posted.getOrDefault(name, List.of());
        row.add(i < column.size() && column.get(i) != null ? column.get(i) : "");
      }
      if (row.stream().anyMatch(cell -> !cell.isBlank())) {
        rows.add(List.copyOf(row));
      }
    }
    return rows;
  }

  private static List<Map.Entry<String, String>> fields(int year, Form form) {
    List<Map.Entry<String, String>> fields = new ArrayList<>();
    fields.add(Map.entry("year", String.valueOf(year)));
    fields.add(Map.entry("resultsWeight", form.resultsWeight()));
    fields.add(Map.entry("behaviourWeight", form.behaviourWeight()));
    form.criteria().forEach(row -> {
      fields.add(Map.entry("criterionName", row.get(0)));
      fields.add(Map.entry("criterionDescription", row.get(1)));
      fields.add(Map.entry("criterionWeight", row.get(2)));
    });
    form.scale().forEach(row -> {
      fields.add(Map.entry("levelValue", row.get(0)));
      fields.add(Map.entry("levelLabel", row.get(1)));
    });
    form.bands().forEach(row -> {
      fields.add(Map.entry("bandFrom", row.get(0)));
      fields.add(Map.entry("bandPercent", row.get(1)));
    });
    fields.add(Map.entry("budget", form.budget()));
    return fields;
  }
}
