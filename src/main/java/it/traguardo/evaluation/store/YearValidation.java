package it.traguardo.evaluation.store;

import it.traguardo.monitoring.Actuals;
import it.traguardo.plan.Indicator;
import it.traguardo.plan.Objective;
import it.traguardo.plan.PlanLifecycle;
import it.traguardo.plan.PlanScoring;
import it.traguardo.plan.StoredPlan;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Nucleo di Valutazione validates a plan's reported year as a whole (d.lgs. 150/2009 art. 14 c. 4 lett. c): the
 * plan moves to VALIDATO ({@link PlanLifecycle#validate}), the statement is kept with the values the results were
 * computed from, and from then on the year's values, the NdV's own achievements and the weights of the objectives
 * no longer change.
 */
@Service
public class YearValidation {

  private final JdbcClient jdbc;
  private final Actuals actuals;
  private final FrozenYears frozen;
  private final PlanLifecycle lifecycle;

  YearValidation(JdbcClient jdbc, Actuals actuals, FrozenYears frozen, PlanLifecycle lifecycle) {
    this.jdbc = jdbc;
    this.actuals = actuals;
    this.frozen = frozen;
    this.lifecycle = lifecycle;
  }

  /** The statement the validation form proposes, which the NdV may rewrite. */
  public static String defaultStatement(int year) {
    return "Il Nucleo di Valutazione, esaminati i valori raggiunti, le evidenze e lo stato di attuazione degli obiettivi,"
        + " valida i risultati dell'anno " + year + " riportati nella Relazione sulla performance, con i gradi di"
        + " raggiungimento da esso stabiliti dove indicato.";
  }

  @Transactional
  public Outcome validate(
      long entityId, StoredPlan stored, int year, String act, LocalDate date, String statement, String by) {
    long planId = stored.summary().id();
    if (frozen.isFrozen(entityId, planId, year)) {
      return new Outcome.Refused("I risultati del " + year + " sono già stati validati.");
    }
    String text = statement == null || statement.isBlank() ? defaultStatement(year) : statement.strip();
    // read before the validation exists: from then on monitoring answers with the validated values
    Map<Long, String> values = new LinkedHashMap<>();
    PlanScoring.ActualValues entered = actuals.of(entityId, stored.plan());
    for (Objective objective : stored.plan().objectives()) {
      for (Indicator indicator : objective.indicators()) {
        entered.of(indicator, year).ifPresent(value -> values.put(indicator.id(), value));
      }
    }
    PlanLifecycle.StepOutcome step = lifecycle.validate(entityId, planId, year, act, date, by);
    if (step instanceof PlanLifecycle.StepOutcome.Refused refused) {
      return new Outcome.Refused(refused.message());
    }
    Optional<Long> validationId =
        jdbc.sql(
                """
                insert into year_validation (entity_id, plan_id, year, act, act_date, statement, validated_by)
                values (?, ?, ?, ?, ?, ?, ?) on conflict (plan_id, year) do nothing returning id""")
            .params(entityId, planId, year, act.strip(), date, text, by)
            .query(Long.class)
            .optional();
    if (validationId.isEmpty()) {
      throw new IllegalStateException("Year " + year + " of plan " + planId + " validated twice");
    }
    values.forEach((indicatorId, value) ->
        jdbc.sql("insert into validated_value (entity_id, validation_id, indicator_id, value_text) values (?, ?, ?, ?)")
            .params(entityId, validationId.get(), indicatorId, value)
            .update());
    return Outcome.SAVED;
  }
}
