package it.traguardo.plan;

import java.time.LocalDate;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves a plan through its states. Adoption (BOZZA → ADOTTATO) records the Giunta's act; when the plan checks
 * find errors, adoption needs a reason, which is kept with the event and who gave it.
 */
@Service
public class PlanLifecycle {

  private final JdbcClient jdbc;
  private final Plans plans;
  private final ObjectProvider<AdoptionGate> gates;
  private final ApplicationEventPublisher events;

  PlanLifecycle(JdbcClient jdbc, Plans plans, ObjectProvider<AdoptionGate> gates, ApplicationEventPublisher events) {
    this.jdbc = jdbc;
    this.plans = plans;
    this.gates = gates;
    this.events = events;
  }

  /** The outcome of an adoption request. */
  public sealed interface AdoptionOutcome {
    record Adopted(PlanSummary plan) implements AdoptionOutcome {}

    /** Errors found and no reason given: nothing changed. */
    record Blocked(List<AdoptionGate.Blocker> blockers) implements AdoptionOutcome {}

    /** The request itself is wrong (plan not in BOZZA, act missing): nothing changed. */
    record Refused(String message) implements AdoptionOutcome {}
  }

  @Transactional
  public AdoptionOutcome adopt(
      long entityId, long planId, String act, LocalDate date, String overrideReason, String user) {
    StoredPlan stored = plans.find(entityId, planId).orElseThrow(() -> new IllegalArgumentException("plan " + planId));
    if (stored.summary().state() != PlanState.BOZZA) {
      return new AdoptionOutcome.Refused(
          "Il piano è già " + stored.summary().state().label().toLowerCase(java.util.Locale.ITALIAN) + ": si adotta solo una bozza.");
    }
    if (act == null || act.isBlank()) {
      return new AdoptionOutcome.Refused("Indicare l'atto di adozione (es. «Delibera di Giunta n. 12»).");
    }
    if (date == null) {
      return new AdoptionOutcome.Refused("Indicare la data dell'atto di adozione.");
    }
    List<AdoptionGate.Blocker> blockers =
        gates.orderedStream().flatMap(gate -> gate.blockers(entityId, stored.plan()).stream()).toList();
    boolean overridden = overrideReason != null && !overrideReason.isBlank();
    if (!blockers.isEmpty() && !overridden) {
      return new AdoptionOutcome.Blocked(blockers);
    }
    jdbc.sql(
            """
            update plan set state = 'ADOTTATO', adoption_act = ?, adoption_date = ?, adoption_sample = false,
                            version = version + 1
            where entity_id = ? and id = ? and state = 'BOZZA'""")
        .params(act.strip(), date, entityId, planId)
        .update();
    jdbc.sql(
            """
            insert into plan_event (entity_id, plan_id, kind, act, act_date, reason, recorded_by)
            values (?, ?, 'ADOZIONE', ?, ?, ?, ?)""")
        .params(entityId, planId, act.strip(), date, blockers.isEmpty() ? null : overrideReason.strip(), user)
        .update();
    events.publishEvent(
        new PlanAdopted(entityId, planId, act.strip(), date, blockers.isEmpty() ? null : overrideReason.strip(), user));
    return new AdoptionOutcome.Adopted(plans.summary(entityId, planId).orElseThrow());
  }

  /** The lifecycle events of a plan, oldest first. */
  public List<PlanEvent> events(long entityId, long planId) {
    return jdbc.sql(
            """
            select kind, act, act_date, reason, recorded_by, recorded_at from plan_event
            where entity_id = ? and plan_id = ? order by recorded_at, id""")
        .params(entityId, planId)
        .query(PlanEvent.class)
        .list();
  }

  /** One step of a plan's lifecycle; {@code reason} is the override given against the plan checks, if any. */
  public record PlanEvent(
      String kind, String act, LocalDate actDate, String reason, String recordedBy, java.time.OffsetDateTime recordedAt) {}
}
