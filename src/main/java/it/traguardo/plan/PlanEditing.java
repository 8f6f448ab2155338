package it.traguardo.plan;

import it.traguardo.catalog.BudgetCatalog;
import it.traguardo.organization.OrgUnit;
import it.traguardo.organization.Organization;
import it.traguardo.organization.Person;
import it.traguardo.plan.PlanDrafts.IndicatorDraft;
import it.traguardo.plan.PlanDrafts.ObjectiveDraft;
import it.traguardo.plan.PlanDrafts.PhaseDraft;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes to a plan's content by the segretario: objectives, phases and indicators created, edited, reordered and
 * deleted. Allowed on a draft, and after adoption only inside an open variazione. Every edit names the version it
 * was made on and is refused when someone changed the row since; every change is published field by field for the
 * audit trail. What monitoring recorded against an indicator, a phase or an objective is never deleted with it: such
 * a deletion is refused.
 */
@Service
public class PlanEditing {

  /** The rows an edit addresses; each carries a version. */
  public enum Part {
    OBJECTIVE("objective", "plan_id"),
    PHASE("phase", "objective_id"),
    INDICATOR("indicator", "objective_id");

    private final String table;
    private final String parent;

    Part(String table, String parent) {
      this.table = table;
      this.parent = parent;
    }
  }

  /** The outcome of an edit; only {@link Saved} wrote anything. */
  public sealed interface Outcome {
    /** @param id the row created or changed */
    record Saved(long id) implements Outcome {}

    /** Someone changed the row after the form was read. */
    record Stale() implements Outcome {}

    /** Fields that do not fit, by field name, with what was expected. */
    record Invalid(Map<String, String> errors) implements Outcome {}

    /** The edit is not allowed now (the plan is adopted and no variazione is open, the row has recorded values). */
    record Refused(String message) implements Outcome {}
  }

  private final JdbcClient jdbc;
  private final Plans plans;
  private final PlanLifecycle lifecycle;
  private final Organization organization;
  private final BudgetCatalog catalog;
  private final ApplicationEventPublisher events;

  PlanEditing(
      JdbcClient jdbc, Plans plans, PlanLifecycle lifecycle, Organization organization, BudgetCatalog catalog,
      ApplicationEventPublisher events) {
    this.jdbc = jdbc;
    this.plans = plans;
    this.lifecycle = lifecycle;
    this.organization = organization;
    this.catalog = catalog;
    this.events = events;
  }

  /** The current version of a row of the ente's plans, to put in an edit form. */
  public Optional<Integer> version(long entityId, Part part, long id) {
    return jdbc.sql("select version from " + part.table + " where entity_id = ? and id = ?")
        .params(entityId, id)
        .query(Integer.class)
        .optional();
  }

  @Transactional
  public Outcome createObjective(long entityId, long planId, ObjectiveDraft draft, String by) {
    return edit(
        entityId, planId, null, by,
        plan -> {
          Checked<Objective> checked = objective(entityId, plan, null, draft);
          if (checked.errors() != null) {
            return new Outcome.Invalid(checked.errors());
          }
          return new Outcome.Saved(plans.insertObjective(entityId, planId, plan.objectives().size(), checked.value()));
        });
  }

  @Transactional
  public Outcome updateObjective(
      long entityId, long planId, long objectiveId, int version, ObjectiveDraft draft, String by) {
    return edit(
        entityId, planId, objectiveId, by,
        plan -> {
          Checked<Objective> checked = objective(entityId, plan, objectiveId, draft);
          if (checked.errors() != null) {
            return new Outcome.Invalid(checked.errors());
          }
          Objective o = checked.value();
          int updated =
              jdbc.sql(
                      """
                      update objective set number = ?, kind = ?, title = ?, org_unit_id = ?, unit_name = ?,
                             description = ?, assignment = ?, risk = ?, strategic_degree = ?,
                             public_value_impact = ?, weight = ?, dimensions = ?, version = version + 1
                      where entity_id = ? and plan_id = ? and id = ? and version = ?""")
                  .params(
                      o.number(), o.kind().name(), o.title(), draft.unitId(), o.unit(), o.description(),
                      o.assignment(), levelName(o.characteristics().risk()),
                      levelName(o.characteristics().strategicDegree()),
                      levelName(o.characteristics().publicValueImpact()), o.weight(),
                      Plans.dimensionNames(o.dimensions()), entityId, planId, objectiveId, version)
                  .update();
          if (updated == 0) {
            return new Outcome.Stale();
          }
          plans.replaceManagers(entityId, objectiveId, o.managerIds());
          plans.replaceBudgetLinks(entityId, objectiveId, o.budgetLinks());
          return new Outcome.Saved(objectiveId);
        });
  }

  @Transactional
  public Outcome createPhase(long entityId, long planId, long objectiveId, PhaseDraft draft, String by) {
    return edit(
        entityId, planId, objectiveId, by,
        plan -> {
          Objective objective = objectiveOf(plan, objectiveId);
          Checked<Phase> checked = phase(plan, objective, null, draft);
          return checked.errors() != null
              ? new Outcome.Invalid(checked.errors())
              : new Outcome.Saved(plans.insertPhase(entityId, objectiveId, objective.phases().size(), checked.value()));
        });
  }

  @Transactional
  public Outcome updatePhase(
      long entityId, long planId, long objectiveId, long phaseId, int version, PhaseDraft draft, String by) {
    return edit(
        entityId, planId, objectiveId, by,
        plan -> {
          Checked<Phase> checked = phase(plan, objectiveOf(plan, objectiveId), phaseId, draft);
          if (checked.errors() != null) {
            return new Outcome.Invalid(checked.errors());
          }
          Phase p = checked.value();
          int updated =
              jdbc.sql(
                      """
                      update phase set number = ?, description = ?, horizon = ?, years = ?, assignee = ?,
                                       version = version + 1
                      where entity_id = ? and objective_id = ? and id = ? and version = ?""")
                  .params(
                      p.number(), p.description(), p.horizon(), p.years().toArray(Integer[]::new), p.assignee(),
                      entityId, objectiveId, phaseId, version)
                  .update();
          return updated == 0 ? new Outcome.Stale() : new Outcome.Saved(phaseId);
        });
  }

  @Transactional
  public Outcome createIndicator(long entityId, long planId, long objectiveId, IndicatorDraft draft, String by) {
    return edit(
        entityId, planId, objectiveId, by,
        plan -> {
          Objective objective = objectiveOf(plan, objectiveId);
          Checked<Indicator> checked = indicator(objective, draft);
          return checked.errors() != null
              ? new Outcome.Invalid(checked.errors())
              : new Outcome.Saved(
                  plans.insertIndicator(entityId, objectiveId, objective.indicators().size(), checked.value()));
        });
  }

  @Transactional
  public Outcome updateIndicator(
      long entityId, long planId, long objectiveId, long indicatorId, int version, IndicatorDraft draft, String by) {
    return edit(
        entityId, planId, objectiveId, by,
        plan -> {
          Checked<Indicator> checked = indicator(objectiveOf(plan, objectiveId), draft);
          if (checked.errors() != null) {
            return new Outcome.Invalid(checked.errors());
          }
          Indicator i = checked.value();
          int updated =
              jdbc.sql(
                      """
                      update indicator set name = ?, phase_number = ?, target_text = ?, weight = ?,
                                           version = version + 1
                      where entity_id = ? and objective_id = ? and id = ? and version = ?""")
                  .params(i.name(), i.phase(), i.target(), i.weight(), entityId, objectiveId, indicatorId, version)
                  .update();
          return updated == 0 ? new Outcome.Stale() : new Outcome.Saved(indicatorId);
        });
  }

  /** Moves a row one place up ({@code -1}) or down ({@code +1}) among its siblings. */
  @Transactional
  public Outcome move(long entityId, long planId, Part part, long id, int direction, String by) {
    Long objectiveId = part == Part.OBJECTIVE ? Long.valueOf(id) : parentOf(entityId, part, id).orElse(null);
    return edit(
        entityId, planId, objectiveId, by,
        plan -> {
          Optional<Long> parent = parentOf(entityId, part, id);
          if (parent.isEmpty() || !contains(plan, part, id)) {
            return new Outcome.Refused("Elemento non trovato in questo piano.");
          }
          List<Long> siblings =
              new ArrayList<>(
                  jdbc.sql(
                          "select id from " + part.table + " where entity_id = ? and " + part.parent
                              + " = ? order by position, id")
                      .params(entityId, parent.get())
                      .query(Long.class)
                      .list());
          int from = siblings.indexOf(id);
          int to = from + Integer.signum(direction);
          if (to < 0 || to >= siblings.size()) {
            return new Outcome.Saved(id);
          }
          siblings.set(from, siblings.get(to));
          siblings.set(to, id);
          for (int position = 0; position < siblings.size(); position++) {
            jdbc.sql("update " + part.table + " set position = ? where entity_id = ? and id = ?")
                .params(position, entityId, siblings.get(position))
                .update();
          }
          return new Outcome.Saved(id);
        });
  }

  @Transactional
  public Outcome delete(long entityId, long planId, Part part, long id, String by) {
    Long objectiveId = part == Part.OBJECTIVE ? Long.valueOf(id) : parentOf(entityId, part, id).orElse(null);
    return edit(
        entityId, planId, objectiveId, by,
        plan -> {
          if (!contains(plan, part, id)) {
            return new Outcome.Refused("Elemento non trovato in questo piano.");
          }
          Optional<String> recorded = recordedAgainst(entityId, part, id);
          if (recorded.isPresent()) {
            return new Outcome.Refused(recorded.get());
          }
          jdbc.sql("delete from " + part.table + " where entity_id = ? and id = ?").params(entityId, id).update();
          return new Outcome.Saved(id);
        });
  }

  /** Whether the row is part of this plan: an id from another plan of the ente must not be moved or deleted here. */
  private static boolean contains(Plan plan, Part part, long id) {
    return plan.objectives().stream()
        .anyMatch(
            o ->
                switch (part) {
                  case OBJECTIVE -> o.id() == id;
                  case PHASE -> o.phases().stream().anyMatch(p -> p.id() == id);
                  case INDICATOR -> o.indicators().stream().anyMatch(i -> i.id() == id);
                });
  }

  private Optional<Long> parentOf(long entityId, Part part, long id) {
    return jdbc.sql("select " + part.parent + " from " + part.table + " where entity_id = ? and id = ?")
        .params(entityId, id)
        .query(Long.class)
        .optional();
  }

  /**
   * Why a row cannot be deleted: monitoring recorded values, statuses, narratives or evidence against it, or the
   * ragioneria bound it to a payment indicator. The plan asks the tables directly, as their foreign keys do.
   */
  private Optional<String> recordedAgainst(long entityId, Part part, long id) {
    String indicators =
        switch (part) {
          case OBJECTIVE -> "select id from indicator where entity_id = :entity and objective_id = :id";
          case INDICATOR -> "select :id";
          case PHASE -> null;
        };
    String query =
        switch (part) {
          case PHASE -> "select exists (select 1 from phase_progress where entity_id = :entity and phase_id = :id)";
          case INDICATOR, OBJECTIVE ->
              "select exists (select 1 from indicator_actual where entity_id = :entity and indicator_id in ("
                  + indicators + "))"
                  + " or exists (select 1 from evidence_file where entity_id = :entity and indicator_id in ("
                  + indicators + "))"
                  + " or exists (select 1 from indicator_binding where entity_id = :entity and indicator_id in ("
                  + indicators + "))"
                  + (part == Part.OBJECTIVE
                      ? " or exists (select 1 from objective_progress where entity_id = :entity and objective_id = :id)"
                          + " or exists (select 1 from phase_progress pp join phase ph on ph.id = pp.phase_id"
                          + " where pp.entity_id = :entity and ph.objective_id = :id)"
                      : "");
        };
    boolean recorded = jdbc.sql(query).param("entity", entityId).param("id", id).query(Boolean.class).single();
    if (!recorded) {
      return Optional.empty();
    }
    return Optional.of(
        switch (part) {
          case OBJECTIVE ->
              "L'obiettivo ha valori, stati di avanzamento o documenti registrati: non si può eliminare. Si può"
                  + " modificarne il testo, o eliminare prima quanto registrato.";
          case PHASE -> "La fase ha uno stato di avanzamento registrato: non si può eliminare.";
          case INDICATOR ->
              "L'indicatore ha valori raggiunti, documenti o un collegamento ai pagamenti: non si può eliminare.";
        });
  }

  @FunctionalInterface
  private interface Mutation {
    Outcome apply(Plan plan);
  }

  /** Runs an edit on an editable plan and publishes what it changed. */
  private Outcome edit(long entityId, long planId, Long objectiveId, String by, Mutation mutation) {
    Optional<StoredPlan> stored = plans.find(entityId, planId);
    if (stored.isEmpty()) {
      return new Outcome.Refused("Piano non trovato.");
    }
    if (!lifecycle.isEditable(entityId, planId)) {
      return new Outcome.Refused(
          "Il piano è " + stored.get().summary().state().label().toLowerCase(java.util.Locale.ITALIAN)
              + ": si modifica solo aprendo una variazione, con l'atto che la approva.");
    }
    Plan before = stored.get().plan();
    Outcome outcome;
    try {
      outcome = mutation.apply(before);
    } catch (UnknownObjective e) {
      return new Outcome.Refused("Obiettivo non trovato in questo piano.");
    }
    if (outcome instanceof Outcome.Saved saved) {
      Plan after = plans.find(entityId, planId).orElseThrow().plan();
      Map<Long, String> names =
          organization.people(entityId).stream().collect(Collectors.toMap(Person::id, Person::fullName));
      List<PlanDiff.Change> changes = PlanDiff.between(before, after, id -> names.getOrDefault(id, "persona " + id));
      Long concerned = objectiveId;
      if (concerned == null && after.objectives().stream().anyMatch(o -> o.id() == saved.id())) {
        concerned = saved.id();
      }
      if (!changes.isEmpty()) {
        events.publishEvent(new PlanEdited(entityId, planId, concerned, by, changes));
      }
    }
    return outcome;
  }

  private static final class UnknownObjective extends RuntimeException {
    UnknownObjective() {
      super(null, null, false, false);
    }
  }

  private static Objective objectiveOf(Plan plan, long objectiveId) {
    return plan.objectives().stream().filter(o -> o.id() == objectiveId).findFirst().orElseThrow(UnknownObjective::new);
  }

  /** A value read from a draft, or the errors that stop it. */
  private record Checked<T>(T value, Map<String, String> errors) {
    static <T> Checked<T> of(Supplier<T> value, Map<String, String> errors) {
      return errors.isEmpty() ? new Checked<>(value.get(), null) : new Checked<>(null, errors);
    }
  }

  private Checked<Objective> objective(long entityId, Plan plan, Long objectiveId, ObjectiveDraft draft) {
    Map<String, String> errors = new LinkedHashMap<>();
    String number = trimmed(draft.number());
    if (number == null) {
      errors.put("number", "Indicare il numero dell'obiettivo (es. «20»).");
    } else if (plan.objectives().stream().anyMatch(o -> o.number().equals(number) && !o.id().equals(objectiveId))) {
      errors.put("number", "Il piano ha già un obiettivo numero " + number + ".");
    }
    String title = trimmed(draft.title());
    if (title == null) {
      errors.put("title", "Indicare il titolo dell'obiettivo.");
    }
    if (draft.kind() == null) {
      errors.put("kind", "Scegliere se l'obiettivo è trasversale o settoriale.");
    }
    Optional<OrgUnit> unit =
        organization.units(entityId).stream().filter(u -> draft.unitId() != null && u.id() == draft.unitId()).findFirst();
    if (draft.kind() == ObjectiveKind.SECTORAL && unit.isEmpty()) {
      errors.put("unitId", "Un obiettivo settoriale appartiene a un servizio: sceglierlo.");
    }
    if (draft.kind() == ObjectiveKind.TRANSVERSAL && draft.unitId() != null) {
      errors.put("unitId", "Un obiettivo trasversale non appartiene a un servizio: lasciare il servizio vuoto.");
    }
    BigDecimal weight = weight(draft.weight(), "weight", errors);
    List<Long> people = organization.people(entityId).stream().map(Person::id).toList();
    if (!people.containsAll(draft.managerIds())) {
      errors.put("managerIds", "Scegliere i responsabili tra le persone dell'ente.");
    }
    List<BudgetLink> links = new ArrayList<>();
    for (String code : draft.budgetCodes()) {
      String[] parts = code.strip().split("[.\\-/ ]+");
      if (parts.length != 2
          || catalog.programme(BudgetCatalog.normalizeCode(parts[0]), BudgetCatalog.normalizeCode(parts[1])).isEmpty()) {
        errors.put("budgetCodes", "«" + code + "» non è un programma del catalogo: atteso missione.programma, es. 01.02.");
      } else {
        links.add(
            new BudgetLink(BudgetCatalog.normalizeCode(parts[0]), BudgetCatalog.normalizeCode(parts[1]), null, null, null));
      }
    }
    Objective existing =
        objectiveId == null ? null : plan.objectives().stream().filter(o -> o.id().equals(objectiveId)).findFirst().orElse(null);
    return Checked.of(
        () ->
            new Objective(
                objectiveId, number, draft.kind(), title,
                draft.kind() == ObjectiveKind.SECTORAL ? unit.orElseThrow().name() : null, trimmed(draft.description()),
                trimmed(draft.assignment()),
                existing == null ? List.of() : existing.phases(), links,
                existing == null ? List.of() : existing.indicators(),
                new Characteristics(draft.risk(), draft.strategicDegree(), draft.publicValueImpact()),
                existing == null ? null : existing.narrative(), existing == null ? null : existing.line(), weight,
                draft.dimensions(), draft.managerIds()),
        errors);
  }

  private static Checked<Phase> phase(Plan plan, Objective objective, Long phaseId, PhaseDraft draft) {
    Map<String, String> errors = new LinkedHashMap<>();
    Integer number = positiveInteger(draft.number());
    if (number == null) {
      errors.put("number", "Indicare il numero della fase: un intero da 1 in su.");
    } else if (objective.phases().stream().anyMatch(p -> p.number() == number && !p.id().equals(phaseId))) {
      errors.put("number", "L'obiettivo ha già una fase numero " + number + ".");
    }
    String description = trimmed(draft.description());
    if (description == null) {
      errors.put("description", "Descrivere la fase.");
    }
    List<Integer> years = draft.years().stream().distinct().sorted().toList();
    if (years.isEmpty()) {
      errors.put("years", "Scegliere almeno un anno in cui la fase si svolge.");
    } else if (!years.stream().allMatch(plan::covers)) {
      errors.put("years", "Gli anni della fase devono essere anni del piano (" + plan.firstYear() + "–" + plan.lastYear() + ").");
    }
    String horizon = trimmed(draft.horizon());
    return Checked.of(
        () ->
            new Phase(
                phaseId, number, description, horizon != null ? horizon : horizonOf(years), years,
                trimmed(draft.assignee()), null),
        errors);
  }

  /** The horizon as plans write it: "2024/25/26". */
  static String horizonOf(List<Integer> years) {
    StringBuilder text = new StringBuilder(String.valueOf(years.get(0)));
    years.stream().skip(1).forEach(year -> text.append('/').append(String.format("%02d", year % 100)));
    return text.toString();
  }

  private static Checked<Indicator> indicator(Objective objective, IndicatorDraft draft) {
    Map<String, String> errors = new LinkedHashMap<>();
    String name = trimmed(draft.name());
    if (name == null) {
      errors.put("name", "Indicare il nome dell'indicatore.");
    }
    Integer phase = null;
    if (trimmed(draft.phase()) != null) {
      phase = positiveInteger(draft.phase());
      Integer wanted = phase;
      if (wanted == null || objective.phases().stream().noneMatch(p -> p.number() == wanted)) {
        errors.put("phase", "La fase deve essere una di quelle dell'obiettivo, o vuota.");
      }
    }
    BigDecimal weight = weight(draft.weight(), "weight", errors);
    Integer phaseNumber = phase;
    return Checked.of(
        () -> new Indicator(null, phaseNumber, name, Map.of(), trimmed(draft.target()), null, null, weight), errors);
  }

  /** A percentage weight written by a person: empty, or above 0 and at most 100 with at most two decimals. */
  private static BigDecimal weight(String written, String field, Map<String, String> errors) {
    String text = trimmed(written);
    if (text == null) {
      return null;
    }
    try {
      BigDecimal weight = new BigDecimal(text.replace("%", "").strip().replace(',', '.'));
      if (weight.signum() > 0 && weight.compareTo(BigDecimal.valueOf(100)) <= 0 && weight.stripTrailingZeros().scale() <= 2) {
        return weight;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    errors.put(field, "Peso non valido: atteso un numero maggiore di 0 e fino a 100, con al più due decimali (es. 42,5).");
    return null;
  }

  private static Integer positiveInteger(String written) {
    try {
      int value = Integer.parseInt(written == null ? "" : written.strip());
      return value >= 1 ? value : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static String trimmed(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  private static String levelName(Level level) {
    return level == null ? null : level.name();
  }
}
