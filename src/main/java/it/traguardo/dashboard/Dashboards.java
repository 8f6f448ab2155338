package it.traguardo.dashboard;

import it.traguardo.deadlines.Deadline;
import it.traguardo.deadlines.Deadlines;
import it.traguardo.deadlines.DueReport;
import it.traguardo.deadlines.PersonDue;
import it.traguardo.monitoring.Actuals;
import it.traguardo.monitoring.Checkpoint;
import it.traguardo.monitoring.PhaseStatuses;
import it.traguardo.organization.OrgUnit;
import it.traguardo.organization.Organization;
import it.traguardo.organization.Person;
import it.traguardo.payments.PaymentMetrics;
import it.traguardo.plan.Plan;
import it.traguardo.plan.PlanMeasurement;
import it.traguardo.plan.PlanScoring;
import it.traguardo.plan.PlanSummary;
import it.traguardo.plan.Plans;
import it.traguardo.plan.StoredPlan;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.springframework.stereotype.Service;

/**
 * Gathers what a dashboard needs: the plan of the year asked, its values at the checkpoint, the phase statuses and
 * the payment figures. Every read names the ente.
 */
@Service
public class Dashboards {

  /** Plans past BOZZA first, then the most recent. */
  private static final Comparator<PlanSummary> PREFERRED =
      Comparator.comparing((PlanSummary p) -> !p.state().isPublic()).thenComparing(PlanSummary::firstYear, Comparator.reverseOrder());

  private final Plans plans;
  private final PlanMeasurement measurement;
  private final Actuals actuals;
  private final PhaseStatuses phases;
  private final Organization organization;
  private final PaymentMetrics payments;
  private final Deadlines deadlines;
  private final Clock clock;

  Dashboards(
      Plans plans, PlanMeasurement measurement, Actuals actuals, PhaseStatuses phases, Organization organization,
      PaymentMetrics payments, Deadlines deadlines, Clock clock) {
    this.plans = plans;
    this.measurement = measurement;
    this.actuals = actuals;
    this.phases = phases;
    this.organization = organization;
    this.payments = payments;
    this.deadlines = deadlines;
    this.clock = clock;
  }

  /**
   * The plan, year and checkpoint a dashboard shows.
   *
   * @param years every year of the ente's plans, for the filter
   */
  public record Selection(StoredPlan plan, int year, Checkpoint checkpoint, List<Integer> years) {}

  /**
   * The plan covering the year asked (the current one when none is asked), past BOZZA when there is one; when no plan
   * covers it, the preferred plan at its year nearest to the one asked. Empty when the ente has no plan.
   */
  public Optional<Selection> select(long entityId, Integer year, Checkpoint checkpoint) {
    List<PlanSummary> all = plans.summaries(entityId);
    if (all.isEmpty()) {
      return Optional.empty();
    }
    int wanted = year != null ? year : LocalDate.now(clock).getYear();
    PlanSummary chosen =
        all.stream()
            .filter(p -> p.firstYear() <= wanted && wanted <= p.lastYear())
            .min(PREFERRED)
            .orElseGet(() -> all.stream().min(PREFERRED).orElseThrow());
    StoredPlan plan = plans.find(entityId, chosen.id()).orElseThrow();
    List<Integer> years =
        all.stream()
            .flatMap(p -> IntStream.rangeClosed(p.firstYear(), p.lastYear()).boxed())
            .collect(Collectors.toCollection(TreeSet::new))
            .stream()
            .toList();
    return Optional.of(new Selection(plan, plan.plan().yearToMeasure(wanted, wanted), checkpoint, years));
  }

  /** The dashboard of a selection: at the intermediate checkpoint without the NdV's reviews, which are final. */
  public Dashboard of(long entityId, Selection selection, Scope scope) {
    Plan plan = selection.plan().plan();
    PlanScoring.ActualValues values = actuals.at(entityId, plan, selection.checkpoint());
    PlanMeasurement.Measured measured =
        selection.checkpoint() == Checkpoint.MID
            ? measurement.measureWithoutReviews(entityId, plan, selection.year(), values)
            : measurement.measure(entityId, plan, selection.year(), values);
    LocalDate today = LocalDate.now(clock);
    LocalDate checkpointDay = selection.checkpoint().dateIn(selection.year());
    return Dashboard.of(
        scope, measured, phases.of(entityId, selection.plan().summary().id()), selection.year(), selection.checkpoint(),
        checkpointDay.isAfter(today) ? today : checkpointDay);
  }

  /** What a person still owes for the ente's current checkpoint, as the deadlines module computes it. */
  public Owed owed(long entityId, long personId) {
    Deadline deadline = deadlines.current(entityId);
    Optional<DueReport> report = deadlines.report(entityId, deadline);
    Optional<PersonDue> due = report.flatMap(r -> r.of(personId));
    return new Owed(
        deadline, report.isPresent(), due.map(d -> d.items().size()).orElse(0), due.map(PersonDue::overdueCount).orElse(0L));
  }

  /** A manager as the plan's roll-up knows them: their name and their units' names. */
  public PlanScoring.Manager manager(long entityId, Person person) {
    Map<Long, String> names = organization.units(entityId).stream().collect(Collectors.toMap(OrgUnit::id, OrgUnit::name));
    return new PlanScoring.Manager(person.fullName(), person.unitIds().stream().map(names::get).toList());
  }

  public Optional<Person> person(long entityId, long personId) {
    return organization.people(entityId).stream().filter(p -> p.id() == personId).findFirst();
  }

  public Optional<OrgUnit> unit(long entityId, long unitId) {
    return organization.units(entityId).stream().filter(u -> u.id() == unitId).findFirst();
  }

  public Map<String, Long> unitIdsByName(long entityId) {
    return organization.units(entityId).stream().collect(Collectors.toMap(OrgUnit::name, OrgUnit::id));
  }

  /** The ente's people who are responsible for units: those with a manager's dashboard. */
  public List<Person> managers(long entityId) {
    return organization.people(entityId).stream().filter(p -> !p.unitIds().isEmpty()).toList();
  }

  /**
   * Payment timeliness of a year from the invoice register, in days.
   *
   * @param annualDelay the annual delay indicator, or null
   * @param itp the ITP, or null
   */
  public record Payments(BigDecimal annualDelay, BigDecimal itp) {}

  /** The year's payment figures; empty when the register has neither. */
  public Optional<Payments> payments(long entityId, int year) {
    BigDecimal delay = payments.annualDelay(entityId, year).orElse(null);
    BigDecimal itp = payments.itp(entityId, year).orElse(null);
    return delay == null && itp == null ? Optional.empty() : Optional.of(new Payments(delay, itp));
  }
}
