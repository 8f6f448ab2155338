package it.traguardo.plan;

import java.time.LocalDate;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves a plan through its states: BOZZA → ADOTTATO (the Giunta's act; when the plan checks find errors, adoption
 * needs a reason) → IN_MONITORAGGIO → RENDICONTATO (the year's report goes to the NdV) → VALIDATO (the NdV validates
 * the year; with years still ahead, monitoring starts again for the next one). Adoption freezes version 1 of the
 * plan; after it the plan changes only inside a variazione, opened with the act that approved it and closed by
 * freezing a new version.
 */
@Service
public class PlanLifecycle {

  private final JdbcClient jdbc;
  private final Plans plans;
  private final ObjectProvider<AdoptionGate> gates;
  private final ApplicationEventPublisher events;
  private final PlanVersions versions;

  PlanLifecycle(
      JdbcClient jdbc, Plans plans, ObjectProvider<AdoptionGate> gates, ApplicationEventPublisher events,
      PlanVersions versions) {
    this.jdbc = jdbc;
    this.plans = plans;
    this.gates = gates;
    this.events = events;
    this.versions = versions;
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
    versions.freeze(entityId, stored.plan(), "ADOZIONE", null, act.strip(), date, user);
    events.publishEvent(
        new PlanAdopted(entityId, planId, act.strip(), date, blockers.isEmpty() ? null : overrideReason.strip(), user));
    return new AdoptionOutcome.Adopted(plans.summary(entityId, planId).orElseThrow());
  }

  /** The outcome of a step after adoption. */
  public sealed interface StepOutcome {
    record Done(PlanSummary plan) implements StepOutcome {}

    /** The step does not apply now (wrong state, missing act or reason): nothing changed. */
    record Refused(String message) implements StepOutcome {}
  }

  /** ADOTTATO → IN_MONITORAGGIO; also VALIDATO → IN_MONITORAGGIO for the next year while the plan has years ahead. */
  @Transactional
  public StepOutcome startMonitoring(long entityId, long planId, String user) {
    PlanSummary plan = summary(entityId, planId);
    Integer validated = lastYear(entityId, planId, "VALIDAZIONE");
    boolean nextYear = plan.state() == PlanState.VALIDATO && validated != null && validated < plan.lastYear();
    if (plan.state() != PlanState.ADOTTATO && !nextYear) {
      return refused(plan, "si avvia il monitoraggio di un piano adottato, o validato con anni ancora da monitorare");
    }
    Integer year = nextYear ? validated + 1 : null;
    return step(entityId, plan, PlanState.IN_MONITORAGGIO, "MONITORAGGIO", year, null, null, null, user);
  }

  /** IN_MONITORAGGIO → RENDICONTATO: the report on one year of the plan goes to the NdV. */
  @Transactional
  public StepOutcome report(long entityId, long planId, int year, String user) {
    PlanSummary plan = summary(entityId, planId);
    if (plan.state() != PlanState.IN_MONITORAGGIO) {
      return refused(plan, "si rendiconta un piano in monitoraggio");
    }
    if (year < plan.firstYear() || year > plan.lastYear()) {
      return new StepOutcome.Refused("Il " + year + " non è un anno del piano " + plan.period() + ".");
    }
    Integer validated = lastYear(entityId, planId, "VALIDAZIONE");
    if (validated != null && year <= validated) {
      return new StepOutcome.Refused("Il " + year + " è già stato validato dal Nucleo di Valutazione.");
    }
    return step(entityId, plan, PlanState.RENDICONTATO, "RENDICONTAZIONE", year, null, null, null, user);
  }

  /**
   * RENDICONTATO → VALIDATO: the NdV validates the reported year (art. 14 c.4 lett. c d.lgs. 150/2009), the
   * condition for paying result pay. Callers check that the user acts for the NdV.
   */
  @Transactional
  public StepOutcome validate(long entityId, long planId, int year, String act, LocalDate date, String user) {
    PlanSummary plan = summary(entityId, planId);
    if (plan.state() != PlanState.RENDICONTATO) {
      return refused(plan, "si valida un piano rendicontato");
    }
    Integer reported = lastYear(entityId, planId, "RENDICONTAZIONE");
    if (reported == null || reported != year) {
      return new StepOutcome.Refused("L'anno rendicontato è il " + reported + ", non il " + year + ".");
    }
    if (act == null || act.isBlank() || date == null) {
      return new StepOutcome.Refused("Indicare il verbale del Nucleo di Valutazione e la sua data.");
    }
    return step(entityId, plan, PlanState.VALIDATO, "VALIDAZIONE", year, act.strip(), date, null, user);
  }

  /** The years of the plan the NdV has validated, in order. */
  public List<Integer> validatedYears(long entityId, long planId) {
    return jdbc.sql(
            "select distinct year from plan_event where entity_id = ? and plan_id = ? and kind = 'VALIDAZIONE' order by year")
        .params(entityId, planId)
        .query(Integer.class)
        .list();
  }

  /** A variazione being transcribed: the act that approved it, and who opened it. */
  public record OpenVariation(String reason, String act, LocalDate date, String openedBy) {}

  public java.util.Optional<OpenVariation> openVariation(long entityId, long planId) {
    return jdbc.sql(
            """
            select variation_reason as reason, variation_act as act, variation_date as date, variation_opened_by as opened_by
            from plan where entity_id = ? and id = ? and variation_act is not null""")
        .params(entityId, planId)
        .query(OpenVariation.class)
        .optional();
  }

  /** Whether the plan's content may change now: a draft, or a plan with a variazione open. */
  public boolean isEditable(long entityId, long planId) {
    return summary(entityId, planId).state() == PlanState.BOZZA || openVariation(entityId, planId).isPresent();
  }

  /** Opens a variazione of an adopted plan: its reason, and the act (number and date) that approved it. */
  @Transactional
  public StepOutcome openVariation(long entityId, long planId, String reason, String act, LocalDate date, String user) {
    PlanSummary plan = summary(entityId, planId);
    if (plan.state() == PlanState.BOZZA) {
      return new StepOutcome.Refused("Una bozza si modifica direttamente: la variazione serve dopo l'adozione.");
    }
    if (openVariation(entityId, planId).isPresent()) {
      return new StepOutcome.Refused("C'è già una variazione aperta: registrarla prima di aprirne un'altra.");
    }
    if (reason == null || reason.isBlank()) {
      return new StepOutcome.Refused("Indicare il motivo della variazione.");
    }
    if (act == null || act.isBlank() || date == null) {
      return new StepOutcome.Refused("Indicare l'atto che approva la variazione (es. «Delibera di Giunta n. 40») e la sua data.");
    }
    jdbc.sql(
            """
            update plan set variation_reason = ?, variation_act = ?, variation_date = ?, variation_opened_by = ?,
                            version = version + 1
            where entity_id = ? and id = ? and variation_act is null""")
        .params(reason.strip(), act.strip(), date, user, entityId, planId)
        .update();
    events.publishEvent(
        new PlanStepRecorded(entityId, planId, "VARIAZIONE_APERTA", null, act.strip(), date, reason.strip(), user));
    return new StepOutcome.Done(summary(entityId, planId));
  }

  /** Closes the open variazione: the plan as it now stands becomes its next version. */
  @Transactional
  public StepOutcome closeVariation(long entityId, long planId, String user) {
    OpenVariation variation = openVariation(entityId, planId).orElse(null);
    if (variation == null) {
      return new StepOutcome.Refused("Non c'è una variazione aperta.");
    }
    Plan plan = plans.find(entityId, planId).orElseThrow().plan();
    int number = versions.freeze(entityId, plan, "VARIAZIONE", variation.reason(), variation.act(), variation.date(), user);
    jdbc.sql(
            """
            update plan set variation_reason = null, variation_act = null, variation_date = null,
                            variation_opened_by = null, version = version + 1
            where entity_id = ? and id = ?""")
        .params(entityId, planId)
        .update();
    jdbc.sql(
            """
            insert into plan_event (entity_id, plan_id, kind, act, act_date, reason, recorded_by)
            values (?, ?, 'VARIAZIONE', ?, ?, ?, ?)""")
        .params(entityId, planId, variation.act(), variation.date(), variation.reason(), user)
        .update();
    events.publishEvent(
        new PlanStepRecorded(
            entityId, planId, "VARIAZIONE", null, variation.act(), variation.date(),
            variation.reason() + " (versione " + number + ")", user));
    return new StepOutcome.Done(summary(entityId, planId));
  }

  private StepOutcome step(
      long entityId, PlanSummary plan, PlanState to, String kind, Integer year, String act, LocalDate date,
      String reason, String user) {
    jdbc.sql("update plan set state = ?, version = version + 1 where entity_id = ? and id = ? and state = ?")
        .params(to.name(), entityId, plan.id(), plan.state().name())
        .update();
    jdbc.sql(
            """
            insert into plan_event (entity_id, plan_id, kind, year, act, act_date, reason, recorded_by)
            values (?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(entityId, plan.id(), kind, year, act, date, reason, user)
        .update();
    events.publishEvent(new PlanStepRecorded(entityId, plan.id(), kind, year, act, date, reason, user));
    return new StepOutcome.Done(summary(entityId, plan.id()));
  }

  private static StepOutcome refused(PlanSummary plan, String rule) {
    return new StepOutcome.Refused(
        "Il piano è " + plan.state().label().toLowerCase(java.util.Locale.ITALIAN) + ": " + rule + ".");
  }

  private Integer lastYear(long entityId, long planId, String kind) {
    return jdbc.sql(
            """
            select year from plan_event where entity_id = ? and plan_id = ? and kind = ? and year is not null
            order by recorded_at desc, id desc limit 1""")
        .params(entityId, planId, kind)
        .query(Integer.class)
        .optional()
        .orElse(null);
  }

  private PlanSummary summary(long entityId, long planId) {
    return plans.summary(entityId, planId).orElseThrow(() -> new IllegalArgumentException("plan " + planId));
  }

  /** The lifecycle events of a plan, oldest first. */
  public List<PlanEvent> events(long entityId, long planId) {
    return jdbc.sql(
            """
            select kind, year, act, act_date, reason, recorded_by, recorded_at from plan_event
            where entity_id = ? and plan_id = ? order by recorded_at, id""")
        .params(entityId, planId)
        .query(PlanEvent.class)
        .list();
  }

  /**
   * One step of a plan's lifecycle; {@code reason} is the override given against the plan checks at adoption, or
   * the reason of a variazione; {@code year} is the year reported on or validated.
   */
  public record PlanEvent(
      String kind, Integer year, String act, LocalDate actDate, String reason, String recordedBy,
      java.time.OffsetDateTime recordedAt) {}
}
