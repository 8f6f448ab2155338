package it.traguardo.nextyear;

import it.traguardo.plan.Objective;
import it.traguardo.plan.PlanState;
import it.traguardo.plan.PlanSummary;
import it.traguardo.plan.Plans;
import it.traguardo.plan.StoredPlan;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Creates next year's draft from a stored plan, all or nothing: the draft through {@link Plans#store}, the link to
 * its source, its review list and the audit record. Every statement names the ente.
 */
@Service
public class NextYearPlans {

  private final Plans plans;
  private final JdbcClient jdbc;
  private final ApplicationEventPublisher events;
  private final TransactionTemplate transaction;

  NextYearPlans(Plans plans, JdbcClient jdbc, ApplicationEventPublisher events, TransactionTemplate transaction) {
    this.plans = plans;
    this.jdbc = jdbc;
    this.events = events;
    this.transaction = transaction;
  }

  /** How a request to create next year's plan ended. */
  public sealed interface Outcome {
    record Created(PlanSummary plan, int reviewCount) implements Outcome {}

    /** Nothing was created; {@code existing} is the plan of that period when there is one. */
    record Refused(String message, Optional<PlanSummary> existing) implements Outcome {}
  }

  /** The period of the plan rolled forward from {@code source}, as pages write it ("2025–2027"). */
  public static String nextPeriod(PlanSummary source) {
    return (source.firstYear() + 1) + "–" + (source.lastYear() + 1);
  }

  /**
   * Creates the draft of the period one year after the plan's.
   *
   * @throws IllegalArgumentException when the ente has no such plan
   */
  public Outcome create(long entityId, long sourcePlanId, String user) {
    try {
      return transaction.execute(status -> createInTransaction(entityId, sourcePlanId, user));
    } catch (DuplicateKeyException raced) {
      PlanSummary source = plans.summary(entityId, sourcePlanId).orElseThrow();
      return exists(plans.byPeriod(entityId, source.firstYear() + 1, source.lastYear() + 1).orElseThrow());
    }
  }

  private Outcome createInTransaction(long entityId, long sourcePlanId, String user) {
    StoredPlan source =
        plans.find(entityId, sourcePlanId).orElseThrow(() -> new IllegalArgumentException("plan " + sourcePlanId));
    PlanSummary summary = source.summary();
    if (summary.state() == PlanState.BOZZA) {
      return new Outcome.Refused(
          "Il piano " + period(summary) + " è ancora una bozza: il piano dell'anno successivo si crea da un piano adottato.",
          Optional.empty());
    }
    Optional<PlanSummary> existing = plans.byPeriod(entityId, summary.firstYear() + 1, summary.lastYear() + 1);
    if (existing.isPresent()) {
      return exists(existing.get());
    }
    NextYearPlan.Draft draft = NextYearPlan.of(source.plan());
    long planId =
        plans.store(entityId, draft.plan(), PlanState.BOZZA, null, "Piano " + summary.period() + " (anno successivo)", user, List.of());
    plans.recordSource(entityId, planId, sourcePlanId);
    List<Objective> objectives = plans.find(entityId, planId).orElseThrow().plan().objectives();
    int position = 0;
    for (ReviewItem item : draft.review()) {
      Long objectiveId = item.objectiveIndex() == null ? null : objectives.get(item.objectiveIndex()).id();
      jdbc.sql(
              """
              insert into plan_review_item (entity_id, plan_id, position, objective_id, objective_number, reason, subject,
                                            message)
              values (?, ?, ?, ?, ?, ?, ?, ?)""")
          .params(
              entityId, planId, position++, objectiveId, item.objectiveNumber(), item.reason().name(), item.subject(),
              item.message())
          .update();
    }
    // the draft carries every objective and indicator of the source, in the same order
    Map<Long, Long> objectiveIds = new HashMap<>();
    Map<Long, Long> indicatorIds = new HashMap<>();
    for (int i = 0; i < objectives.size(); i++) {
      Objective from = source.plan().objectives().get(i);
      Objective to = objectives.get(i);
      objectiveIds.put(from.id(), to.id());
      for (int j = 0; j < to.indicators().size(); j++) {
        indicatorIds.put(from.indicators().get(j).id(), to.indicators().get(j).id());
      }
    }
    PlanSummary created = plans.summary(entityId, planId).orElseThrow();
    events.publishEvent(
        new PlanRolledForward(
            entityId, planId, sourcePlanId, created.period(), summary.period(), draft.review().size(), user, objectiveIds,
            indicatorIds));
    return new Outcome.Created(created, draft.review().size());
  }

  private static Outcome.Refused exists(PlanSummary existing) {
    return new Outcome.Refused(
        "Il piano " + period(existing) + " esiste già (" + existing.state().label().toLowerCase(java.util.Locale.ITALIAN)
            + "): non se ne crea un secondo per lo stesso periodo.",
        Optional.of(existing));
  }

  private static String period(PlanSummary plan) {
    return plan.firstYear() + "–" + plan.lastYear();
  }

  /** What of a draft needs review, in the draft's order; empty for a plan not rolled forward. */
  public List<StoredReviewItem> review(long entityId, long planId) {
    return jdbc.sql(
            """
            select reason, objective_id, objective_number, subject, message from plan_review_item
            where entity_id = ? and plan_id = ? order by position""")
        .params(entityId, planId)
        .query(
            (rs, i) ->
                new StoredReviewItem(
                    ReviewReason.valueOf(rs.getString(1)), (Long) rs.getObject(2), rs.getString(3), rs.getString(4),
                    rs.getString(5)))
        .list();
  }
}
