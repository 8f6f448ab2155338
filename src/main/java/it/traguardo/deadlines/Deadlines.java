package it.traguardo.deadlines;

import it.traguardo.monitoring.Checkpoint;
import it.traguardo.monitoring.Progress;
import it.traguardo.organization.OrgUnit;
import it.traguardo.organization.Organization;
import it.traguardo.organization.Person;
import it.traguardo.plan.PlanSummary;
import it.traguardo.plan.Plans;
import it.traguardo.plan.StoredPlan;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Reads what {@link DueCalculator} needs for an ente's checkpoint and computes it: the pages, the API and the
 * reminders all get their lists here. Every query names the ente.
 */
@Service
public class Deadlines {

  private final JdbcClient jdbc;
  private final Plans plans;
  private final Organization organization;
  private final Progress progress;
  private final ReminderSettingsStore settings;
  private final Clock clock;

  Deadlines(
      JdbcClient jdbc, Plans plans, Organization organization, Progress progress, ReminderSettingsStore settings,
      Clock clock) {
    this.jdbc = jdbc;
    this.plans = plans;
    this.organization = organization;
    this.progress = progress;
    this.settings = settings;
    this.clock = clock;
  }

  public LocalDate today() {
    return LocalDate.now(clock);
  }

  /** The ente's current checkpoint today, under its settings ({@link Deadline#current}). */
  public Deadline current(long entityId) {
    return Deadline.current(today(), settings.of(entityId).dueDaysBefore());
  }

  /**
   * The plan a year is monitored on: of the plans past BOZZA that cover it, the most recent (a rolling plan
   * 2025-2027 takes over 2025 from 2024-2026).
   */
  public Optional<PlanSummary> planFor(long entityId, int year) {
    return plans.summaries(entityId).stream()
        .filter(p -> p.state().isPublic() && p.firstYear() <= year && year <= p.lastYear())
        .max(Comparator.comparingInt(PlanSummary::firstYear));
  }

  /** The checkpoints one may look at: those of every year a plan past BOZZA covers, oldest first. */
  public List<Deadline> choices(long entityId) {
    List<PlanSummary> adopted = plans.summaries(entityId).stream().filter(p -> p.state().isPublic()).toList();
    if (adopted.isEmpty()) {
      return List.of();
    }
    int first = adopted.stream().mapToInt(PlanSummary::firstYear).min().orElseThrow();
    int last = adopted.stream().mapToInt(PlanSummary::lastYear).max().orElseThrow();
    List<Deadline> choices = new ArrayList<>();
    for (Deadline d = new Deadline(first, Checkpoint.MID); d.year() <= last; d = d.next()) {
      choices.add(d);
    }
    return choices;
  }

  /** What is due for a checkpoint today, or empty when no adopted plan covers its year. */
  public Optional<DueReport> report(long entityId, Deadline deadline) {
    return planFor(entityId, deadline.year()).map(plan -> report(entityId, plan.id(), deadline, today()));
  }

  DueReport report(long entityId, long planId, Deadline deadline, LocalDate today) {
    StoredPlan plan = plans.find(entityId, planId).orElseThrow(() -> new IllegalArgumentException("plan " + planId));
    Map<Long, String> units = new LinkedHashMap<>();
    for (OrgUnit unit : organization.units(entityId)) {
      units.put(unit.id(), unit.name());
    }
    return DueCalculator.compute(
        plan.plan(), unitOfObjective(entityId, planId), people(entityId, units), units,
        progress.filledItems(entityId, planId, deadline.year(), deadline.checkpoint()), deadline, today);
  }

  /** The person a user is in an ente, when one of their roles there is linked to one. */
  public Optional<Long> personOf(long entityId, long userId) {
    return jdbc.sql(
            """
            select person_id from membership where entity_id = ? and user_id = ? and person_id is not null
            order by person_id limit 1""")
        .params(entityId, userId)
        .query(Long.class)
        .optional();
  }

  private List<DuePerson> people(long entityId, Map<Long, String> units) {
    Map<Long, Boolean> logins = new HashMap<>();
    jdbc.sql(
            """
            select person_id, bool_or(role = 'RESPONSABILE') from membership
            where entity_id = ? and person_id is not null group by person_id""")
        .param(entityId)
        .query((rs, i) -> logins.put(rs.getLong(1), rs.getBoolean(2)))
        .list();
    List<DuePerson> people = new ArrayList<>();
    for (Person person : organization.people(entityId)) {
      List<Long> unitIds = units.keySet().stream().filter(person.unitIds()::contains).toList();
      people.add(
          new DuePerson(
              person.id(), person.fullName(), unitIds, unitIds.stream().map(units::get).toList(), person.email(),
              logins.containsKey(person.id()), !unitIds.isEmpty() || logins.getOrDefault(person.id(), false)));
    }
    return people;
  }

  /** The owner unit of each objective of a plan that has one. */
  private Map<Long, Long> unitOfObjective(long entityId, long planId) {
    Map<Long, Long> units = new HashMap<>();
    jdbc.sql("select id, org_unit_id from objective where entity_id = ? and plan_id = ? and org_unit_id is not null")
        .params(entityId, planId)
        .query((rs, i) -> units.put(rs.getLong(1), rs.getLong(2)))
        .list();
    return units;
  }
}
