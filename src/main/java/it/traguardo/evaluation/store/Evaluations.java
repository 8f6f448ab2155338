package it.traguardo.evaluation.store;

import it.traguardo.evaluation.BudgetCap;
import it.traguardo.evaluation.EvaluationRecorded;
import it.traguardo.evaluation.IndividualEvaluation;
import it.traguardo.evaluation.ObjectiveWeights;
import it.traguardo.evaluation.PayDistribution;
import it.traguardo.evaluation.Smvp;
import it.traguardo.evaluation.ValidatedYear;
import it.traguardo.measure.RollUp;
import it.traguardo.measure.ScoringPolicy;
import it.traguardo.organization.OrgUnit;
import it.traguardo.organization.Organization;
import it.traguardo.organization.Person;
import it.traguardo.plan.Objective;
import it.traguardo.plan.ObjectiveKind;
import it.traguardo.plan.PlanMeasurement;
import it.traguardo.plan.PlanScoring;
import it.traguardo.plan.StoredPlan;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The individual evaluations of a plan's year: who the EQs are, which objectives each answers for and with which
 * weights, the NdV's behaviour levels, the allowances, and what {@link IndividualEvaluation} and {@link BudgetCap}
 * make of them. An EQ is a person responsible for at least one unit; their objectives are those naming them, or,
 * for objectives naming nobody, the transversal ones and their units' own; a person responsible for paying invoices
 * also answers for every payment-timeliness objective, whatever unit owns it.
 */
@Service
public class Evaluations {

  private static final TypeReference<Map<String, Integer>> LEVELS = new TypeReference<>() {};
  private static final DateTimeFormatter ITALIAN_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private final JdbcClient jdbc;
  private final JsonMapper json;
  private final Organization organization;
  private final PlanMeasurement measurement;
  private final PaymentObjectives paymentObjectives;
  private final SmvpStore smvps;
  private final FrozenYears frozen;
  private final ApplicationEventPublisher events;
  private final Clock clock;
  private final ScoringPolicy policy = ScoringPolicy.standard();

  Evaluations(
      JdbcClient jdbc, JsonMapper json, Organization organization, PlanMeasurement measurement,
      PaymentObjectives paymentObjectives, SmvpStore smvps, FrozenYears frozen, ApplicationEventPublisher events,
      Clock clock) {
    this.jdbc = jdbc;
    this.json = json;
    this.organization = organization;
    this.measurement = measurement;
    this.paymentObjectives = paymentObjectives;
    this.smvps = smvps;
    this.frozen = frozen;
    this.events = events;
    this.clock = clock;
  }

  /**
   * What is stored for an EQ's year; {@code version} is -1 while nothing is.
   *
   * @param behaviour the NdV's level for each criterion, by criterion name
   */
  public record Stored(
      BigDecimal maxAllowance, Map<String, Integer> behaviour, String behaviourNote, LocalDate acknowledgedOn,
      String acknowledgedBy, String acknowledgementComment, Map<Long, BigDecimal> weights, String updatedBy,
      OffsetDateTime updatedAt, int version) {

    static final Stored NONE = new Stored(null, Map.of(), null, null, null, null, Map.of(), null, null, -1);

    public boolean acknowledged() {
      return acknowledgedOn != null;
    }
  }

  /** One of the EQ's objectives with its weight and the achievement that counts. */
  public record ObjectiveLine(Objective objective, BigDecimal weight, RollUp rollUp, boolean paymentTimeliness) {}

  /**
   * One EQ's evaluation.
   *
   * @param customWeights the weights were set for this EQ rather than taken from the default
   * @param outdatedWeights weights were set but no longer match the EQ's objectives, so the default applies
   * @param payAmount the amount after the budget cap
   */
  public record ManagerEvaluation(
      Person person,
      List<String> units,
      List<ObjectiveLine> objectives,
      boolean customWeights,
      boolean outdatedWeights,
      Stored stored,
      IndividualEvaluation.Result result,
      Optional<BigDecimal> payAmount) {

    public boolean paymentResponsible() {
      return person.paysInvoices();
    }

    public String unitNames() {
      return String.join("; ", units);
    }
  }

  /**
   * Every EQ of a plan's year.
   *
   * @param cap the budget over the amounts known so far
   * @param distribution the art. 20 figures, once every EQ has an amount
   */
  public record YearEvaluation(
      int year,
      SmvpStore.YearSmvp smvp,
      Optional<ValidatedYear> validation,
      List<ManagerEvaluation> managers,
      BudgetCap.Capped cap,
      Optional<PayDistribution> distribution) {

    public Optional<ManagerEvaluation> manager(long personId) {
      return managers.stream().filter(m -> m.person().id() == personId).findFirst();
    }
  }

  /** Whether the person is one of the ente's EQs, that is responsible for at least one unit. */
  public boolean isManager(long entityId, long personId) {
    return organization.people(entityId).stream().anyMatch(p -> p.id() == personId && isManager(p));
  }

  public YearEvaluation of(long entityId, StoredPlan stored, int year) {
    long planId = stored.summary().id();
    SmvpStore.YearSmvp smvp = smvps.of(entityId, year);
    PlanMeasurement.Measured measured = measurement.measure(entityId, stored.plan(), year);
    Set<Long> payment = paymentObjectives.of(entityId, stored.plan());
    Map<Long, String> unitNames =
        organization.units(entityId).stream().collect(Collectors.toMap(OrgUnit::id, OrgUnit::name));
    Map<Long, Stored> rows = stored(entityId, planId, year);

    List<Person> people = organization.people(entityId).stream().filter(Evaluations::isManager).toList();
    List<IndividualEvaluation.Result> results = new ArrayList<>();
    List<ManagerEvaluation> partial = new ArrayList<>();
    for (Person person : people) {
      List<String> units = person.unitIds().stream().map(unitNames::get).toList();
      List<PlanScoring.ObjectiveScore> own =
          measured.objectives().stream()
              .filter(s -> answersFor(person, units, s.objective(), payment))
              .toList();
      Stored row = rows.getOrDefault(person.id(), Stored.NONE);
      List<String> numbers = own.stream().map(s -> s.objective().number()).toList();
      Set<String> paymentNumbers =
          person.paysInvoices()
              ? own.stream().filter(s -> payment.contains(s.objective().id())).map(s -> s.objective().number()).collect(Collectors.toSet())
              : Set.of();
      Set<Long> ownIds = own.stream().map(s -> s.objective().id()).collect(Collectors.toSet());
      boolean custom = !row.weights().isEmpty() && row.weights().keySet().equals(ownIds);
      Map<String, BigDecimal> weights = new LinkedHashMap<>();
      if (custom) {
        own.forEach(s -> weights.put(s.objective().number(), row.weights().get(s.objective().id())));
      } else {
        Map<String, BigDecimal> planWeights = new HashMap<>();
        own.stream()
            .filter(s -> s.objective().weight() != null)
            .forEach(s -> planWeights.put(s.objective().number(), s.objective().weight()));
        weights.putAll(ObjectiveWeights.defaults(numbers, planWeights, paymentNumbers, smvp.smvp().resultsWeight()));
      }
      List<ObjectiveLine> lines = new ArrayList<>();
      List<IndividualEvaluation.ObjectiveResult> objectiveResults = new ArrayList<>();
      for (PlanScoring.ObjectiveScore score : own) {
        boolean isPayment = payment.contains(score.objective().id());
        lines.add(new ObjectiveLine(score.objective(), weights.get(score.objective().number()), score.rollUp(), isPayment));
        objectiveResults.add(
            new IndividualEvaluation.ObjectiveResult(
                score.objective().number(), score.objective().heading(), score.rollUp().percentage(), score.rollUp().status(),
                isPayment));
      }
      IndividualEvaluation.Result result =
          IndividualEvaluation.evaluate(
              smvp.smvp(), policy,
              new IndividualEvaluation.Subject(
                  person.paysInvoices(), objectiveResults, weights, row.behaviour(), row.maxAllowance()));
      results.add(result);
      partial.add(
          new ManagerEvaluation(person, units, lines, custom, !custom && !row.weights().isEmpty(), row, result, Optional.empty()));
    }
    List<BigDecimal> known =
        results.stream().filter(r -> r.amount().isPresent()).map(r -> r.amount().get()).toList();
    BudgetCap.Capped cap = BudgetCap.apply(known, smvp.smvp().budget());
    List<ManagerEvaluation> managers = new ArrayList<>();
    int next = 0;
    for (ManagerEvaluation manager : partial) {
      Optional<BigDecimal> amount = manager.result().amount().isPresent() ? Optional.of(cap.amounts().get(next++)) : Optional.empty();
      managers.add(
          new ManagerEvaluation(
              manager.person(), manager.units(), manager.objectives(), manager.customWeights(), manager.outdatedWeights(),
              manager.stored(), manager.result(), amount));
    }
    Optional<PayDistribution> distribution = Optional.empty();
    if (!managers.isEmpty() && managers.stream().allMatch(m -> m.payAmount().isPresent())) {
      distribution =
          PayDistribution.of(
              smvp.smvp(),
              managers.stream()
                  .map(m -> new PayDistribution.Paid(m.result().totalScore().orElseThrow(), m.payAmount().orElseThrow(), m.stored().maxAllowance()))
                  .toList());
    }
    return new YearEvaluation(year, smvp, frozen.validation(entityId, planId, year), managers, cap, distribution);
  }

  private static boolean isManager(Person person) {
    return !person.unitIds().isEmpty();
  }

  private static boolean answersFor(Person person, List<String> units, Objective objective, Set<Long> payment) {
    if (person.paysInvoices() && payment.contains(objective.id())) {
      return true;
    }
    if (!objective.managerIds().isEmpty()) {
      return objective.managerIds().contains(person.id());
    }
    return objective.kind() == ObjectiveKind.TRANSVERSAL || units.contains(objective.unit());
  }

  private Map<Long, Stored> stored(long entityId, long planId, int year) {
    Map<Long, Map<Long, BigDecimal>> weights = new HashMap<>();
    jdbc.sql(
            """
            select e.person_id, w.objective_id, w.weight from evaluation_weight w
            join individual_evaluation e on e.entity_id = w.entity_id and e.id = w.evaluation_id
            where e.entity_id = ? and e.plan_id = ? and e.year = ?""")
        .params(entityId, planId, year)
        .query(rs -> {
          weights.computeIfAbsent(rs.getLong(1), id -> new HashMap<>()).put(rs.getLong(2), rs.getBigDecimal(3));
        });
    Map<Long, Stored> rows = new HashMap<>();
    jdbc.sql(
            """
            select person_id, max_allowance, behaviour, behaviour_note, acknowledged_on, acknowledged_by,
                   acknowledgement_comment, updated_by, updated_at, version
            from individual_evaluation where entity_id = ? and plan_id = ? and year = ?""")
        .params(entityId, planId, year)
        .query(rs -> {
          long person = rs.getLong("person_id");
          rows.put(
              person,
              new Stored(
                  rs.getBigDecimal("max_allowance"), json.readValue(rs.getString("behaviour"), LEVELS),
                  rs.getString("behaviour_note"), rs.getObject("acknowledged_on", LocalDate.class),
                  rs.getString("acknowledged_by"), rs.getString("acknowledgement_comment"),
                  weights.getOrDefault(person, Map.of()), rs.getString("updated_by"),
                  rs.getObject("updated_at", OffsetDateTime.class), rs.getInt("version")));
        });
    return rows;
  }

  /**
   * Saves the weights of an EQ's objectives, by objective number.
   *
   * @throws IllegalArgumentException when the person is not an EQ of the ente (see {@link #isManager})
   * @param expectedVersion the version the user saw (-1 when nothing was stored), or null to replace whatever is there
   */
  @Transactional
  public Outcome saveWeights(
      long entityId, StoredPlan stored, int year, long personId, Map<String, BigDecimal> byNumber, Integer expectedVersion,
      String by) {
    long planId = stored.summary().id();
    if (frozen.isFrozen(entityId, planId, year)) {
      return new Outcome.Refused(FrozenYears.refusal(year));
    }
    YearEvaluation evaluation = of(entityId, stored, year);
    ManagerEvaluation manager = evaluation.manager(personId).orElseThrow(() -> new IllegalArgumentException("person " + personId));
    List<String> numbers = manager.objectives().stream().map(l -> l.objective().number()).toList();
    Set<String> payment =
        manager.paymentResponsible()
            ? manager.objectives().stream().filter(ObjectiveLine::paymentTimeliness).map(l -> l.objective().number()).collect(Collectors.toSet())
            : Set.of();
    List<String> problems = ObjectiveWeights.problems(byNumber, numbers, payment, evaluation.smvp().smvp().resultsWeight());
    if (!problems.isEmpty()) {
      return new Outcome.Refused(String.join("; ", problems) + ".");
    }
    Optional<Long> id = lock(entityId, planId, year, personId, expectedVersion, by);
    if (id.isEmpty()) {
      ManagerEvaluation now = of(entityId, stored, year).manager(personId).orElseThrow();
      return new Outcome.Stale(describeWeights(now), now.stored().version());
    }
    jdbc.sql("delete from evaluation_weight where entity_id = ? and evaluation_id = ?").params(entityId, id.get()).update();
    for (ObjectiveLine line : manager.objectives()) {
      jdbc.sql("insert into evaluation_weight (entity_id, evaluation_id, objective_id, weight) values (?, ?, ?, ?)")
          .params(entityId, id.get(), line.objective().id(), byNumber.get(line.objective().number()))
          .update();
    }
    events.publishEvent(
        new EvaluationRecorded(
            entityId, planId, null, year, "PESI_OBIETTIVI", "Pesi degli obiettivi " + year + " di " + manager.person().fullName(),
            describeWeights(manager), describe(byNumber), by));
    boolean changed =
        manager.objectives().stream()
            .anyMatch(l -> l.weight() == null || l.weight().compareTo(byNumber.get(l.objective().number())) != 0);
    if (changed) {
      withdrawAcknowledgement(entityId, planId, year, id.get(), manager.person().fullName(), by);
    }
    return Outcome.SAVED;
  }

  /** Saves the NdV's behaviour levels of an EQ, by criterion name, with its note; a criterion left out is not yet scored. */
  @Transactional
  public Outcome saveBehaviour(
      long entityId, StoredPlan stored, int year, long personId, Map<String, Integer> levels, String note,
      Integer expectedVersion, String by) {
    long planId = stored.summary().id();
    Smvp smvp = smvps.of(entityId, year).smvp();
    List<String> problems = new ArrayList<>();
    Set<String> names = smvp.criteria().stream().map(Smvp.Criterion::name).collect(Collectors.toSet());
    levels.forEach((criterion, level) -> {
      if (!names.contains(criterion)) {
        problems.add("Il criterio «" + criterion + "» non è nel sistema di valutazione del " + year);
      } else if (smvp.level(level).isEmpty()) {
        problems.add("«" + criterion + "»: il livello " + level + " non è nella scala");
      }
    });
    if (!problems.isEmpty()) {
      return new Outcome.Refused(String.join("; ", problems) + ".");
    }
    Stored before = stored(entityId, planId, year).getOrDefault(personId, Stored.NONE);
    Optional<Long> id = lock(entityId, planId, year, personId, expectedVersion, by);
    if (id.isEmpty()) {
      Stored now = stored(entityId, planId, year).getOrDefault(personId, Stored.NONE);
      return new Outcome.Stale(describeLevels(now.behaviour()), now.version());
    }
    String text = note == null || note.isBlank() ? null : note.strip();
    jdbc.sql("update individual_evaluation set behaviour = cast(? as jsonb), behaviour_note = ? where entity_id = ? and id = ?")
        .params(json.writeValueAsString(new LinkedHashMap<>(levels)), text, entityId, id.get())
        .update();
    String name = person(entityId, personId);
    events.publishEvent(
        new EvaluationRecorded(
            entityId, planId, null, year, "VALUTAZIONE_COMPORTAMENTI", "Comportamenti " + year + " di " + name,
            describeLevels(before.behaviour()), describeLevels(levels) + (text == null ? "" : "; note: " + text), by));
    if (!before.behaviour().equals(levels) || !Objects.equals(before.behaviourNote(), text)) {
      withdrawAcknowledgement(entityId, planId, year, id.get(), name, by);
    }
    return Outcome.SAVED;
  }

  /** Saves the most result pay the EQ can receive in the year; null clears it. */
  @Transactional
  public Outcome saveAllowance(
      long entityId, StoredPlan stored, int year, long personId, BigDecimal allowance, Integer expectedVersion, String by) {
    if (allowance != null && (allowance.signum() < 0 || allowance.stripTrailingZeros().scale() > 2)) {
      return new Outcome.Refused("Retribuzione di risultato massima non valida: atteso un importo in euro di 0 o più, al centesimo.");
    }
    long planId = stored.summary().id();
    Stored before = stored(entityId, planId, year).getOrDefault(personId, Stored.NONE);
    Optional<Long> id = lock(entityId, planId, year, personId, expectedVersion, by);
    if (id.isEmpty()) {
      Stored now = stored(entityId, planId, year).getOrDefault(personId, Stored.NONE);
      return new Outcome.Stale(euro(now.maxAllowance()), now.version());
    }
    jdbc.sql("update individual_evaluation set max_allowance = ? where entity_id = ? and id = ?")
        .params(allowance, entityId, id.get())
        .update();
    String name = person(entityId, personId);
    events.publishEvent(
        new EvaluationRecorded(
            entityId, planId, null, year, "RETRIBUZIONE_MASSIMA", "Retribuzione di risultato massima " + year + " di " + name,
            euro(before.maxAllowance()), euro(allowance), by));
    boolean changed =
        before.maxAllowance() == null ? allowance != null : allowance == null || before.maxAllowance().compareTo(allowance) != 0;
    if (changed) {
      withdrawAcknowledgement(entityId, planId, year, id.get(), name, by);
    }
    return Outcome.SAVED;
  }

  /** The EQ acknowledges their evaluation sheet, on a date and with comments; the sheet must be complete. */
  @Transactional
  public Outcome acknowledge(
      long entityId, StoredPlan stored, int year, long personId, LocalDate date, String comment, Integer expectedVersion,
      String by) {
    if (date == null) {
      return new Outcome.Refused("Indicare la data della presa visione.");
    }
    LocalDate today = LocalDate.now(clock);
    if (date.isAfter(today)) {
      return new Outcome.Refused(
          "Data della presa visione " + ITALIAN_DATE.format(date) + " non valida: non può essere successiva a oggi, "
              + ITALIAN_DATE.format(today) + ".");
    }
    long planId = stored.summary().id();
    ManagerEvaluation manager = of(entityId, stored, year).manager(personId).orElseThrow(() -> new IllegalArgumentException("person " + personId));
    if (manager.result().totalScore().isEmpty()) {
      return new Outcome.Refused("La scheda non è ancora completa: si prende visione di una valutazione con il punteggio totale.");
    }
    Optional<Long> id = lock(entityId, planId, year, personId, expectedVersion, by);
    if (id.isEmpty()) {
      Stored now = stored(entityId, planId, year).getOrDefault(personId, Stored.NONE);
      return new Outcome.Stale(
          now.acknowledged() ? "presa visione del " + ITALIAN_DATE.format(now.acknowledgedOn()) : "scheda modificata",
          now.version());
    }
    String text = comment == null || comment.isBlank() ? null : comment.strip();
    jdbc.sql(
            """
            update individual_evaluation set acknowledged_on = ?, acknowledged_by = ?, acknowledgement_comment = ?
            where entity_id = ? and id = ?""")
        .params(date, by, text, entityId, id.get())
        .update();
    events.publishEvent(
        new EvaluationRecorded(
            entityId, planId, null, year, "PRESA_VISIONE", "Presa visione della scheda di valutazione " + year + " di " + manager.person().fullName(),
            null, ITALIAN_DATE.format(date) + (text == null ? "" : "; osservazioni: " + text), by));
    return Outcome.SAVED;
  }

  /**
   * The EQ acknowledged figures that a change just replaced: the acknowledgement no longer holds and the sheet must not
   * show it; the EQ takes notice again of the new sheet.
   */
  private void withdrawAcknowledgement(long entityId, long planId, int year, long evaluationId, String name, String by) {
    // the row is locked by this transaction since lock(): what it holds now is what the change replaces
    jdbc.sql(
            """
            select acknowledged_on, acknowledged_by from individual_evaluation
            where entity_id = ? and id = ? and acknowledged_on is not null""")
        .params(entityId, evaluationId)
        .query(rs -> {
          events.publishEvent(
              WithdrawnAcknowledgement.event(
                  entityId, planId, year, name, rs.getObject(1, LocalDate.class), rs.getString(2), by));
        });
    jdbc.sql(
            """
            update individual_evaluation set acknowledged_on = null, acknowledged_by = null, acknowledgement_comment = null
            where entity_id = ? and id = ?""")
        .params(entityId, evaluationId)
        .update();
  }

  /**
   * The row of the EQ's year, created when missing, with its version bumped: the id, or empty when the version the
   * user saw is no longer the one stored.
   */
  private Optional<Long> lock(long entityId, long planId, int year, long personId, Integer expectedVersion, String by) {
    if (expectedVersion != null && expectedVersion < 0) {
      return jdbc.sql(
              """
              insert into individual_evaluation (entity_id, plan_id, year, person_id, updated_by) values (?, ?, ?, ?, ?)
              on conflict (plan_id, year, person_id) do nothing returning id""")
          .params(entityId, planId, year, personId, by)
          .query(Long.class)
          .optional();
    }
    if (expectedVersion == null) {
      jdbc.sql(
              """
              insert into individual_evaluation (entity_id, plan_id, year, person_id, updated_by) values (?, ?, ?, ?, ?)
              on conflict (plan_id, year, person_id) do nothing""")
          .params(entityId, planId, year, personId, by)
          .update();
    }
    return jdbc.sql(
            """
            update individual_evaluation set version = version + 1, updated_by = ?, updated_at = now()
            where entity_id = ? and plan_id = ? and year = ? and person_id = ? and (cast(? as integer) is null or version = ?)
            returning id""")
        .params(by, entityId, planId, year, personId, expectedVersion, expectedVersion)
        .query(Long.class)
        .optional();
  }

  private String person(long entityId, long personId) {
    return organization.people(entityId).stream().filter(p -> p.id() == personId).map(Person::fullName).findFirst().orElse("persona " + personId);
  }

  private static String describeWeights(ManagerEvaluation manager) {
    Map<String, BigDecimal> weights = new LinkedHashMap<>();
    manager.objectives().forEach(l -> weights.put(l.objective().number(), l.weight()));
    return describe(weights) + (manager.customWeights() ? "" : " (predefiniti)");
  }

  private static String describe(Map<String, BigDecimal> weights) {
    return weights.entrySet().stream()
        .map(e -> "ob. " + e.getKey() + ": " + e.getValue().stripTrailingZeros().toPlainString().replace('.', ','))
        .collect(Collectors.joining(", "));
  }

  private static String describeLevels(Map<String, Integer> levels) {
    return levels.isEmpty()
        ? "non valutati"
        : levels.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue()).collect(Collectors.joining(", "));
  }

  private static String euro(BigDecimal amount) {
    return amount == null ? "non indicata" : "€ " + amount.setScale(2).toPlainString().replace('.', ',');
  }
}
