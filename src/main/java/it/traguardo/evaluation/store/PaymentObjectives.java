package it.traguardo.evaluation.store;

import it.traguardo.evaluation.EvaluationRecorded;
import it.traguardo.nextyear.PlanRolledForward;
import it.traguardo.organization.Organization;
import it.traguardo.organization.Person;
import it.traguardo.payments.PaymentMetric;
import it.traguardo.payments.PaymentMetrics;
import it.traguardo.plan.Objective;
import it.traguardo.plan.Plan;
import it.traguardo.plan.Plans;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The payment-timeliness objectives of a plan (art. 4-bis c. 2 DL 13/2023): those holding an indicator bound to the
 * annual delay of the invoice register, and those the ente marked as such.
 */
@Repository
public class PaymentObjectives {

  private final JdbcClient jdbc;
  private final PaymentMetrics payments;
  private final ApplicationEventPublisher events;
  private final Organization organization;
  private final FrozenYears frozen;
  private final Plans plans;

  PaymentObjectives(
      JdbcClient jdbc, PaymentMetrics payments, ApplicationEventPublisher events, Organization organization,
      FrozenYears frozen, Plans plans) {
    this.jdbc = jdbc;
    this.payments = payments;
    this.events = events;
    this.organization = organization;
    this.frozen = frozen;
    this.plans = plans;
  }

  /** The ids of the plan's payment-timeliness objectives. */
  public Set<Long> of(long entityId, Plan plan) {
    Set<Long> marked = marked(entityId);
    Set<Long> bound = payments.boundIndicators(entityId, PaymentMetric.ANNUAL_DELAY);
    Set<Long> ids = new HashSet<>();
    for (Objective objective : plan.objectives()) {
      if (marked.contains(objective.id()) || objective.indicators().stream().anyMatch(i -> bound.contains(i.id()))) {
        ids.add(objective.id());
      }
    }
    return ids;
  }

  /** The ids of the objectives the ente marked. */
  public Set<Long> marked(long entityId) {
    return new HashSet<>(
        jdbc.sql("select objective_id from payment_objective where entity_id = ?").param(entityId).query(Long.class).list());
  }

  /**
   * Marks or unmarks an objective of the plan, as seen from {@code year}; nothing happens when it is already so. Refused
   * when that year was validated: the mark changes which objectives the EQs who pay invoices are evaluated on.
   */
  @Transactional
  public Outcome mark(long entityId, long planId, int year, Objective objective, boolean marked, String by) {
    if (frozen.isFrozen(entityId, planId, year)) {
      return new Outcome.Refused(
          FrozenYears.refusal(year, "l'obiettivo sulla tempestività dei pagamenti non si cambia più, perché cambia gli obiettivi su cui"
              + " sono valutati i responsabili"));
    }
    int changed =
        marked
            ? jdbc.sql("insert into payment_objective (entity_id, objective_id, marked_by) values (?, ?, ?) on conflict do nothing")
                .params(entityId, objective.id(), by)
                .update()
            : jdbc.sql("delete from payment_objective where entity_id = ? and objective_id = ?")
                .params(entityId, objective.id())
                .update();
    if (changed > 0) {
      events.publishEvent(
          new EvaluationRecorded(
              entityId, planId, objective.id(), null, "OBIETTIVO_TEMPESTIVITA_PAGAMENTI",
              "Obiettivo " + objective.number() + " sulla tempestività dei pagamenti (art. 4-bis c. 2 DL 13/2023)",
              marked ? "non indicato" : "indicato", marked ? "indicato" : "non indicato", by));
    }
    return Outcome.SAVED;
  }

  /**
   * Next year's draft keeps the 30 % rule's setup: the objective rolled from a marked one is marked too, in the same
   * transaction as the draft.
   */
  @EventListener
  void on(PlanRolledForward rolled) {
    Set<Long> marked = marked(rolled.entityId());
    List<Objective> drafted = plans.find(rolled.entityId(), rolled.planId()).orElseThrow().plan().objectives();
    rolled.objectives().forEach((from, to) -> {
      if (marked.contains(from)) {
        Objective objective = drafted.stream().filter(o -> to.equals(o.id())).findFirst().orElseThrow();
        jdbc.sql("insert into payment_objective (entity_id, objective_id, marked_by) values (?, ?, ?) on conflict do nothing")
            .params(rolled.entityId(), to, rolled.by())
            .update();
        events.publishEvent(
            new EvaluationRecorded(
                rolled.entityId(), rolled.planId(), to, null, "OBIETTIVO_TEMPESTIVITA_PAGAMENTI",
                "Obiettivo " + objective.number() + " sulla tempestività dei pagamenti (art. 4-bis c. 2 DL 13/2023)", "non indicato",
                "indicato, come nel piano " + rolled.sourcePeriod(), rolled.by()));
      }
    });
  }

  /**
   * Records whether a person is responsible for paying commercial invoices, as seen from {@code year} of a plan; nothing
   * happens when it is already so. Refused when that year was validated: the 30 % rule and the payment-timeliness
   * objectives the person is evaluated on follow from it.
   */
  @Transactional
  public Outcome setPaysInvoices(long entityId, long planId, int year, Person person, boolean paysInvoices, String by) {
    if (frozen.isFrozen(entityId, planId, year)) {
      return new Outcome.Refused(
          FrozenYears.refusal(year, "chi è responsabile del pagamento delle fatture non si cambia più, perché cambia gli obiettivi su"
              + " cui il responsabile è valutato"));
    }
    if (person.paysInvoices() == paysInvoices) {
      return Outcome.SAVED;
    }
    organization.setPaysInvoices(entityId, person.id(), paysInvoices);
    events.publishEvent(
        new EvaluationRecorded(
            entityId, planId, null, null, "RESPONSABILE_PAGAMENTO_FATTURE",
            person.fullName() + ": responsabile del pagamento delle fatture commerciali (art. 4-bis c. 2 DL 13/2023)",
            person.paysInvoices() ? "sì" : "no", paysInvoices ? "sì" : "no", by));
    return Outcome.SAVED;
  }
}
