package it.traguardo.evaluation.store;

import it.traguardo.evaluation.Smvp;
import it.traguardo.importer.SampleLoaded;
import it.traguardo.organization.Organization;
import it.traguardo.organization.Person;
import it.traguardo.plan.Objective;
import it.traguardo.plan.StoredPlan;
import it.traguardo.plan.Plans;
import java.math.BigDecimal;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The evaluation part of the sample ente: objective 7, "Rispetto dei tempi di pagamento delle fatture", is its
 * payment-timeliness objective (its annual-delay indicator is not bound to an invoice register, which the sample does
 * not have); the default SMVP applies from the plan's first year with an illustrative budget of € 5.000, and each EQ
 * may receive up to € 2.000, so that the budget is short when all three do well and the pro-rata cap shows.
 */
@Component
class SampleEvaluationData {

  static final String PAYMENT_OBJECTIVE = "7";
  static final BigDecimal BUDGET = new BigDecimal("5000.00");
  static final BigDecimal ALLOWANCE = new BigDecimal("2000.00");
  private static final String BY = "dati di esempio";

  private final Plans plans;
  private final Organization organization;
  private final PaymentObjectives paymentObjectives;
  private final SmvpStore smvps;
  private final Evaluations evaluations;

  SampleEvaluationData(
      Plans plans, Organization organization, PaymentObjectives paymentObjectives, SmvpStore smvps, Evaluations evaluations) {
    this.plans = plans;
    this.organization = organization;
    this.paymentObjectives = paymentObjectives;
    this.smvps = smvps;
    this.evaluations = evaluations;
  }

  @EventListener
  void on(SampleLoaded sample) {
    StoredPlan stored = plans.find(sample.entityId(), sample.planId()).orElseThrow();
    for (Objective objective : stored.plan().objectives()) {
      if (PAYMENT_OBJECTIVE.equals(objective.number())) {
        paymentObjectives.mark(sample.entityId(), sample.planId(), stored.plan().firstYear(), objective, true, BY);
      }
    }
    int year = stored.plan().firstYear();
    smvps.save(sample.entityId(), year, Smvp.standard().withBudget(BUDGET), -1, BY);
    for (Person person : organization.people(sample.entityId())) {
      if (!person.unitIds().isEmpty()) {
        evaluations.saveAllowance(sample.entityId(), stored, year, person.id(), ALLOWANCE, -1, BY);
      }
    }
  }
}
