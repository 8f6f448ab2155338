package it.traguardo.monitoring;

import it.traguardo.measure.Actual;
import it.traguardo.measure.InvalidActualException;
import it.traguardo.measure.Target;
import it.traguardo.payments.PaymentMetrics;
import it.traguardo.plan.ActualValuesSource;
import it.traguardo.security.TraguardoPrincipal;
import it.traguardo.plan.Plan;
import it.traguardo.plan.PlanScoring;
import it.traguardo.plan.PlanState;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The achieved values of an ente's indicators. Every statement names the ente. Recording a value bumps the
 * indicator's version, which is the ETag of the indicator: a write that names an older version is refused.
 */
@Service
public class Actuals implements ActualValuesSource {

  private final JdbcClient jdbc;
  private final ApplicationEventPublisher events;
  private final PaymentMetrics payments;
  private final Responsibilities responsibilities;
  private final Optional<ResultsFreeze> freeze;

  Actuals(
      JdbcClient jdbc, ApplicationEventPublisher events, PaymentMetrics payments, Responsibilities responsibilities,
      Optional<ResultsFreeze> freeze) {
    this.jdbc = jdbc;
    this.events = events;
    this.payments = payments;
    this.responsibilities = responsibilities;
    this.freeze = freeze;
  }

  /**
   * An indicator of the ente with what recording a value needs to know.
   *
   * @param unitId the owner unit of its objective, null for transversal objectives
   * @param planState the plan's state, by name: values are recorded from ADOTTATO on
   * @param firstYear the plan's first year
   * @param lastYear the plan's last year
   */
  public record IndicatorState(
      long id, long planId, long objectiveId, String name, String target, int version, Long unitId, String planState,
      int firstYear, int lastYear) {}

  public Optional<IndicatorState> indicator(long entityId, long indicatorId) {
    return jdbc.sql(
            """
            select i.id, o.plan_id, o.id as objective_id, i.name, i.target_text as target, i.version,
                   o.org_unit_id as unit_id, p.state as plan_state, p.first_year, p.last_year
            from indicator i join objective o on o.entity_id = i.entity_id and o.id = i.objective_id
            join plan p on p.entity_id = o.entity_id and p.id = o.plan_id
            where i.entity_id = ? and i.id = ?""")
        .params(entityId, indicatorId)
        .query(IndicatorState.class)
        .optional();
  }

  /** Whether a user may enter values and evidence for an indicator: see {@link Responsibilities}. */
  public boolean mayRecord(long entityId, TraguardoPrincipal user, IndicatorState indicator) {
    return responsibilities.mayReport(entityId, user, indicator.objectiveId(), indicator.unitId());
  }

  /** The ente an indicator belongs to: the API addresses indicators by id and then checks the caller's rights. */
  public Optional<Long> entityOf(long indicatorId) {
    return jdbc.sql("select entity_id from indicator where id = ?").param(indicatorId).query(Long.class).optional();
  }

  /** The outcome of recording a value. */
  public sealed interface Outcome {
    record Recorded(int version) implements Outcome {}

    /** Someone changed the indicator after the caller read it: nothing written. */
    record Stale(int currentVersion) implements Outcome {}

    /** The value does not fit the target's kind: nothing written. */
    record Invalid(String message) implements Outcome {}

    /** The year's results were validated by the Nucleo di Valutazione: nothing written. */
    record Frozen(String message) implements Outcome {}
  }

  /** Whether the Nucleo di Valutazione validated the year's results of the plan, which then no longer change. */
  public boolean isFrozen(long entityId, long planId, int year) {
    return frozenValues(entityId, planId, year).isPresent();
  }

  private Optional<Map<Long, String>> frozenValues(long entityId, long planId, int year) {
    return freeze.flatMap(f -> f.frozenValues(entityId, planId, year));
  }

  /**
   * Records the value of a year and checkpoint, replacing the one there.
   *
   * @param expectedVersion the indicator version the caller saw
   */
  @Transactional
  public Outcome record(
      long entityId, long indicatorId, int year, Checkpoint checkpoint, String value, String note, String user,
      int expectedVersion) {
    IndicatorState indicator = indicator(entityId, indicatorId).orElseThrow(() -> new IllegalArgumentException("indicator " + indicatorId));
    Optional<String> problem = problem(entityId, indicator, year, value, note);
    if (problem.isPresent()) {
      // only a refused value asks again which rule refused it: the happy path reads the freeze once
      return isFrozen(entityId, indicator.planId(), year) ? new Outcome.Frozen(problem.get()) : new Outcome.Invalid(problem.get());
    }
    int bumped =
        jdbc.sql("update indicator set version = version + 1 where entity_id = ? and id = ? and version = ?")
            .params(entityId, indicatorId, expectedVersion)
            .update();
    if (bumped == 0) {
      return new Outcome.Stale(indicator(entityId, indicatorId).orElseThrow().version());
    }
    String before =
        jdbc.sql("select value_text from indicator_actual where entity_id = ? and indicator_id = ? and year = ? and checkpoint = ?")
            .params(entityId, indicatorId, year, checkpoint.code())
            .query(String.class)
            .optional()
            .orElse(null);
    jdbc.sql(
            """
            insert into indicator_actual (entity_id, indicator_id, year, checkpoint, value_text, note, recorded_by)
            values (?, ?, ?, ?, ?, ?, ?)
            on conflict (indicator_id, year, checkpoint) do update
              set value_text = excluded.value_text, note = excluded.note, recorded_by = excluded.recorded_by,
                  recorded_at = now(), version = indicator_actual.version + 1""")
        .params(entityId, indicatorId, year, checkpoint.code(), value.strip(), blankToNull(note), user)
        .update();
    events.publishEvent(
        new ActualRecorded(
            entityId, indicator.planId(), indicator.objectiveId(), indicatorId, indicator.name(), year, checkpoint, before,
            value.strip(), user));
    return new Outcome.Recorded(expectedVersion + 1);
  }

  /**
   * Why a value cannot be recorded for an indicator in a year, in Italian; empty when it can. The same check guards
   * {@link #record} and the validation of an import before anything is written.
   */
  public Optional<String> problem(long entityId, IndicatorState indicator, int year, String value, String note) {
    if (PlanState.valueOf(indicator.planState()) == PlanState.BOZZA) {
      return Optional.of("Il piano è ancora una bozza: i valori raggiunti si inseriscono dall'adozione in poi.");
    }
    if (year < indicator.firstYear() || year > indicator.lastYear()) {
      return Optional.of(
          "L'anno " + year + " non è del piano: atteso un anno dal " + indicator.firstYear() + " al " + indicator.lastYear() + ".");
    }
    if (isFrozen(entityId, indicator.planId(), year)) {
      return Optional.of(frozenMessage(year));
    }
    if (value == null || value.isBlank()) {
      return Optional.of("Indicare il valore raggiunto.");
    }
    try {
      Actual.parse(value, Target.parse(indicator.target()));
    } catch (InvalidActualException e) {
      return Optional.of(e.getMessage());
    }
    if ((note == null || note.isBlank())
        && payments.boundIndicators(entityId).contains(indicator.id())
        && computed(entityId, indicator.id(), year).isPresent()) {
      return Optional.of(
          "Il valore di questo indicatore è calcolato dal registro delle fatture: per inserirne uno diverso a mano"
              + " scrivere il motivo nella nota.");
    }
    return Optional.empty();
  }

  public List<RecordedActual> of(long entityId, long indicatorId) {
    return jdbc.sql(
            """
            select indicator_id, year, checkpoint, value_text, note, recorded_by, recorded_at from indicator_actual
            where entity_id = ? and indicator_id = ? order by year, checkpoint desc""")
        .params(entityId, indicatorId)
        .query(
            (rs, i) ->
                new RecordedActual(
                    rs.getLong("indicator_id"), rs.getInt("year"), Checkpoint.of(rs.getString("checkpoint")).orElseThrow(),
                    rs.getString("value_text"), rs.getString("note"), rs.getString("recorded_by"),
                    rs.getObject("recorded_at", java.time.OffsetDateTime.class)))
        .list();
  }

  /**
   * The values of a stored plan. An indicator bound to a payment metric takes the value computed from the invoice
   * register once it exists, unless a value was entered by hand with a reason (the note), which then wins as a
   * justified correction. Otherwise, for each year, the final value entered, or the intermediate one while the final
   * is missing; where nothing was entered, the document's own "Raggiunto" for its first year. A year the Nucleo di
   * Valutazione validated keeps the values it was validated with.
   */
  @Override
  public PlanScoring.ActualValues of(long entityId, Plan plan) {
    return at(entityId, plan, Checkpoint.FINAL);
  }

  /**
   * The values of a stored plan as known at a checkpoint. At {@link Checkpoint#FINAL} they are those of
   * {@link #of(long, Plan)}; at {@link Checkpoint#MID} only the intermediate values entered by hand, since the
   * register's figures and the document's "Raggiunto" are annual.
   */
  public PlanScoring.ActualValues at(long entityId, Plan plan, Checkpoint checkpoint) {
    boolean annual = checkpoint == Checkpoint.FINAL;
    // rows come intermediate first, so a final value replaces the intermediate one of its year
    Map<Long, Map<Integer, Entered>> entered = new HashMap<>();
    jdbc.sql(
            """
            select a.indicator_id, a.year, a.value_text, a.note, a.recorded_at
            from indicator_actual a
            join indicator i on i.entity_id = a.entity_id and i.id = a.indicator_id
            join objective o on o.entity_id = i.entity_id and o.id = i.objective_id
            where a.entity_id = ? and o.plan_id = ? and (? or a.checkpoint = 'mid')
            order by a.checkpoint = 'final'""")
        .params(entityId, plan.id(), annual)
        .query(
            (rs, i) ->
                entered
                    .computeIfAbsent(rs.getLong(1), id -> new HashMap<>())
                    .put(rs.getInt(2), new Entered(rs.getString(3), rs.getString(4), rs.getObject(5, OffsetDateTime.class))))
        .list();
    PlanScoring.ActualValues document =
        annual ? PlanScoring.ActualValues.fromDocument(plan) : (indicator, year) -> Optional.empty();
    Set<Long> bound = annual ? payments.boundIndicators(entityId) : Set.of();
    Optional<OffsetDateTime> lastImport = bound.isEmpty() ? Optional.empty() : payments.lastImportAt(entityId);
    // a validated year answers with the final values the NdV froze; intermediate values cannot change after it anyway
    Map<Integer, Optional<Map<Long, String>>> frozen = new HashMap<>();
    return (indicator, year) -> {
      Optional<Map<Long, String>> validated =
          annual ? frozen.computeIfAbsent(year, y -> frozenValues(entityId, plan.id(), y)) : Optional.empty();
      if (validated.isPresent()) {
        return Optional.ofNullable(validated.get().get(indicator.id()));
      }
      Entered manual = entered.getOrDefault(indicator.id(), Map.of()).get(year);
      Optional<String> computed = bound.contains(indicator.id()) ? computed(entityId, indicator.id(), year) : Optional.empty();
      if (computed.isPresent() && (manual == null || !manual.corrects(lastImport))) {
        return computed;
      }
      return manual != null ? Optional.of(manual.value()) : document.of(indicator, year);
    };
  }

  private static String frozenMessage(int year) {
    return "I risultati del " + year + " sono stati validati dal Nucleo di Valutazione: i loro valori non si modificano più.";
  }

  /** A value entered by hand, the note that goes with it, and when. */
  private record Entered(String value, String note, OffsetDateTime recordedAt) {

    /**
     * Whether it stands as a justified correction of the computed figure: it has its reason and came after the
     * latest import, so it corrects the data as they are; a new import makes the computed figure count again.
     */
    boolean corrects(Optional<OffsetDateTime> lastImport) {
      return note != null && lastImport.map(imported -> recordedAt.isAfter(imported)).orElse(true);
    }
  }

  /** The payment metric an indicator is bound to, in the Italian form values are written in ("20,19"). */
  private Optional<String> computed(long entityId, long indicatorId, int year) {
    return payments.boundValue(entityId, indicatorId, year).map(days -> days.toPlainString().replace('.', ','));
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
