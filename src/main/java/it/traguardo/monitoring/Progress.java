package it.traguardo.monitoring;

import it.traguardo.plan.Objective;
import it.traguardo.plan.ObjectiveProgress;
import it.traguardo.plan.Phase;
import it.traguardo.plan.PhaseProgress;
import it.traguardo.plan.PhaseStatus;
import it.traguardo.plan.ProgressNarrative;
import it.traguardo.plan.ProgressSource;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An objective's progress besides its indicators: the status of each phase per year, and the "stato di attuazione"
 * per year and checkpoint. Every record carries a version; a write naming another version than the stored one (0
 * while there is none) is refused, so two people never overwrite each other. Every statement names the ente.
 */
@Service
public class Progress implements ProgressSource {

  static final int MAX_NARRATIVE = 20_000;

  private final JdbcClient jdbc;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  Progress(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
    this.jdbc = jdbc;
    this.events = events;
    this.clock = clock;
  }

  /** The objective a phase or a narrative belongs to, with what recording needs: its unit, its plan's years. */
  public record ObjectiveState(long id, long planId, String number, Long unitId, int firstYear, int lastYear) {
    public boolean covers(int year) {
      return year >= firstYear && year <= lastYear;
    }
  }

  /** A phase of the ente, with its objective. */
  public record PhaseState(long id, int number, List<Integer> years, ObjectiveState objective) {}

  public Optional<ObjectiveState> objective(long entityId, long objectiveId) {
    return jdbc.sql(
            """
            select o.id, o.plan_id, o.number, o.org_unit_id, p.first_year, p.last_year
            from objective o join plan p on p.entity_id = o.entity_id and p.id = o.plan_id
            where o.entity_id = ? and o.id = ?""")
        .params(entityId, objectiveId)
        .query((rs, i) -> objectiveState(rs, "id"))
        .optional();
  }

  public Optional<PhaseState> phase(long entityId, long phaseId) {
    return jdbc.sql(
            """
            select x.id as phase_id, x.number as phase_number, x.years,
                   o.id, o.plan_id, o.number, o.org_unit_id, p.first_year, p.last_year
            from phase x
            join objective o on o.entity_id = x.entity_id and o.id = x.objective_id
            join plan p on p.entity_id = o.entity_id and p.id = o.plan_id
            where x.entity_id = ? and x.id = ?""")
        .params(entityId, phaseId)
        .query((rs, i) -> new PhaseState(rs.getLong("phase_id"), rs.getInt("phase_number"), years(rs.getArray("years")), objectiveState(rs, "id")))
        .optional();
  }

  /** The ente an objective belongs to: the API addresses objectives by id and then checks the caller's rights. */
  public Optional<Long> entityOfObjective(long objectiveId) {
    return jdbc.sql("select entity_id from objective where id = ?").param(objectiveId).query(Long.class).optional();
  }

  public Optional<Long> entityOfPhase(long phaseId) {
    return jdbc.sql("select entity_id from phase where id = ?").param(phaseId).query(Long.class).optional();
  }

  /** The outcome of a write. */
  public sealed interface Outcome {
    record Recorded(int version) implements Outcome {}

    /** Someone changed the record after the caller read it: nothing written. */
    record Stale(int currentVersion) implements Outcome {}

    /** @param field as the API names it */
    record Invalid(String field, String message) implements Outcome {}
  }

  /**
   * Records a phase's status for a year, replacing the one there.
   *
   * @param expectedVersion the version the caller saw, 0 when there was no record
   */
  @Transactional
  public Outcome recordPhase(long entityId, PhaseState phase, int year, PhaseReport report, String user, int expectedVersion) {
    if (!phase.objective().covers(year)) {
      return outsidePlan(phase.objective(), year);
    }
    PhaseSchedule.Recorded before = phaseRecords(entityId, List.of(phase.id()), true).getOrDefault(phase.id(), List.of()).stream()
        .filter(r -> r.year() == year)
        .findFirst()
        .orElse(null);
    int current = before == null ? 0 : before.version();
    if (current != expectedVersion) {
      return new Outcome.Stale(current);
    }
    PhaseReport previous =
        before == null ? null : new PhaseReport(before.status(), before.startedOn(), before.completedOn(), before.note());
    if (report.equals(previous)) {
      return new Outcome.Recorded(current);
    }
    int written =
        before == null
            ? jdbc.sql(
                    """
                    insert into phase_progress (entity_id, phase_id, year, status, started_on, completed_on, note, recorded_by, version)
                    values (?, ?, ?, ?, ?, ?, ?, ?, 1) on conflict (phase_id, year) do nothing""")
                .params(entityId, phase.id(), year, report.status().name(), report.startedOn(), report.completedOn(), report.note(), user)
                .update()
            : jdbc.sql(
                    """
                    update phase_progress
                    set status = ?, started_on = ?, completed_on = ?, note = ?, recorded_by = ?, recorded_at = now(),
                        version = version + 1
                    where entity_id = ? and phase_id = ? and year = ? and version = ?""")
                .params(
                    report.status().name(), report.startedOn(), report.completedOn(), report.note(), user, entityId, phase.id(), year,
                    expectedVersion)
                .update();
    if (written == 0) {
      return new Outcome.Stale(expectedVersion + 1);
    }
    events.publishEvent(
        new PhaseStatusRecorded(
            entityId, phase.objective().planId(), phase.objective().id(), phase.id(), phase.number(), year,
            previous == null ? null : previous.describe(), report.describe(), user));
    return new Outcome.Recorded(expectedVersion + 1);
  }

  /**
   * Writes the objective's "stato di attuazione" for a year and checkpoint; a blank text clears it (the record stays,
   * empty, so that its version keeps counting).
   *
   * @param expectedVersion the version the caller saw, 0 when there was no record
   */
  @Transactional
  public Outcome recordNarrative(
      long entityId, ObjectiveState objective, int year, Checkpoint checkpoint, String text, String user, int expectedVersion) {
    if (!objective.covers(year)) {
      return outsidePlan(objective, year);
    }
    String after = text == null ? "" : text.strip();
    if (after.length() > MAX_NARRATIVE) {
      return new Outcome.Invalid(
          "text", "Lo stato di attuazione supera i " + MAX_NARRATIVE + " caratteri (ne ha " + after.length() + ").");
    }
    ProgressNarrative before = narrative(entityId, objective.id(), year, checkpoint, true);
    if (before.version() != expectedVersion) {
      return new Outcome.Stale(before.version());
    }
    if (before.version() > 0 && before.text().equals(after) || before.version() == 0 && after.isEmpty()) {
      return new Outcome.Recorded(before.version());
    }
    int written =
        before.version() == 0
            ? jdbc.sql(
                    """
                    insert into objective_progress (entity_id, objective_id, year, checkpoint, narrative, recorded_by, version)
                    values (?, ?, ?, ?, ?, ?, 1) on conflict (objective_id, year, checkpoint) do nothing""")
                .params(entityId, objective.id(), year, checkpoint.code(), after, user)
                .update()
            : jdbc.sql(
                    """
                    update objective_progress set narrative = ?, recorded_by = ?, recorded_at = now(), version = version + 1
                    where entity_id = ? and objective_id = ? and year = ? and checkpoint = ? and version = ?""")
                .params(after, user, entityId, objective.id(), year, checkpoint.code(), expectedVersion)
                .update();
    if (written == 0) {
      return new Outcome.Stale(expectedVersion + 1);
    }
    events.publishEvent(
        new NarrativeRecorded(
            entityId, objective.planId(), objective.id(), year, checkpoint, before.written() ? before.text() : null,
            after.isEmpty() ? null : after, user));
    return new Outcome.Recorded(expectedVersion + 1);
  }

  /** A phase's progress as shown for a year. */
  public PhaseProgress phaseProgress(long entityId, PhaseState phase, int year) {
    return PhaseSchedule.progress(
        phase.years(), phaseRecords(entityId, List.of(phase.id()), false).getOrDefault(phase.id(), List.of()), year,
        LocalDate.now(clock));
  }

  /** The "stato di attuazione" of a year and checkpoint; empty with version 0 when never written. */
  public ProgressNarrative narrative(long entityId, long objectiveId, int year, Checkpoint checkpoint) {
    return narrative(entityId, objectiveId, year, checkpoint, false);
  }

  @Override
  public ObjectiveProgress of(long entityId, Objective objective, int year) {
    List<Long> ids = objective.phases().stream().map(Phase::id).filter(Objects::nonNull).toList();
    Map<Long, List<PhaseSchedule.Recorded>> records = phaseRecords(entityId, ids, false);
    LocalDate today = LocalDate.now(clock);
    Map<Long, PhaseProgress> phases = new HashMap<>();
    for (Phase phase : objective.phases()) {
      if (phase.id() != null) {
        phases.put(phase.id(), PhaseSchedule.progress(phase.years(), records.getOrDefault(phase.id(), List.of()), year, today));
      }
    }
    List<ProgressNarrative> narratives = new ArrayList<>();
    for (Checkpoint checkpoint : List.of(Checkpoint.MID, Checkpoint.FINAL)) {
      narratives.add(narrative(entityId, objective.id(), year, checkpoint, false));
    }
    return new ObjectiveProgress(phases, narratives);
  }

  private Map<Long, List<PhaseSchedule.Recorded>> phaseRecords(long entityId, List<Long> phaseIds, boolean lock) {
    Map<Long, List<PhaseSchedule.Recorded>> byPhase = new HashMap<>();
    if (phaseIds.isEmpty()) {
      return byPhase;
    }
    jdbc.sql(
            """
            select phase_id, year, status, started_on, completed_on, note, recorded_by, recorded_at, version
            from phase_progress where entity_id = ? and phase_id = any(?) order by phase_id, year"""
                + (lock ? " for update" : ""))
        .params(entityId, phaseIds.toArray(Long[]::new))
        .query(
            (rs, i) ->
                byPhase
                    .computeIfAbsent(rs.getLong("phase_id"), id -> new ArrayList<>())
                    .add(
                        new PhaseSchedule.Recorded(
                            rs.getInt("year"), PhaseStatus.valueOf(rs.getString("status")), rs.getObject("started_on", LocalDate.class),
                            rs.getObject("completed_on", LocalDate.class), rs.getString("note"), rs.getString("recorded_by"),
                            rs.getObject("recorded_at", OffsetDateTime.class), rs.getInt("version"))))
        .list();
    return byPhase;
  }

  private ProgressNarrative narrative(long entityId, long objectiveId, int year, Checkpoint checkpoint, boolean lock) {
    return jdbc.sql(
            """
            select narrative, recorded_by, recorded_at, version from objective_progress
            where entity_id = ? and objective_id = ? and year = ? and checkpoint = ?"""
                + (lock ? " for update" : ""))
        .params(entityId, objectiveId, year, checkpoint.code())
        .query(
            (rs, i) ->
                new ProgressNarrative(
                    checkpoint.code(), checkpoint.label(), rs.getString("narrative"), rs.getString("recorded_by"),
                    rs.getObject("recorded_at", OffsetDateTime.class), rs.getInt("version")))
        .optional()
        .orElseGet(() -> new ProgressNarrative(checkpoint.code(), checkpoint.label(), "", null, null, 0));
  }

  private static Outcome outsidePlan(ObjectiveState objective, int year) {
    return new Outcome.Invalid(
        "year", "L'anno " + year + " è fuori dal piano " + objective.firstYear() + "-" + objective.lastYear() + ".");
  }

  private static ObjectiveState objectiveState(ResultSet rs, String idColumn) throws SQLException {
    return new ObjectiveState(
        rs.getLong(idColumn), rs.getLong("plan_id"), rs.getString("number"), (Long) rs.getObject("org_unit_id"),
        rs.getInt("first_year"), rs.getInt("last_year"));
  }

  private static List<Integer> years(Array array) throws SQLException {
    return array == null ? List.of() : Arrays.asList((Integer[]) array.getArray());
  }
}
