package it.traguardo.evaluation.store;

import it.traguardo.evaluation.EvaluationRecorded;
import it.traguardo.measure.EvaluatorOverride;
import it.traguardo.measure.ScoringPolicy;
import it.traguardo.plan.EvaluatorReviews;
import it.traguardo.plan.Indicator;
import it.traguardo.plan.Objective;
import it.traguardo.plan.PlanScoring;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Nucleo di Valutazione's review of a year's results: per objective, the computed achievement accepted or its own
 * set with a reason, and notes; per indicator, its own achievement with a reason. The plan measures with them (the
 * computed values stay visible). Nothing changes once the year is validated; every write names the version read.
 */
@Repository
public class Reviews implements EvaluatorReviews {

  static final String ACCEPTED = "ACCETTATO";
  static final String SET = "RIDETERMINATO";

  private final JdbcClient jdbc;
  private final FrozenYears frozen;
  private final ApplicationEventPublisher events;
  private final ScoringPolicy policy = ScoringPolicy.standard();

  Reviews(JdbcClient jdbc, FrozenYears frozen, ApplicationEventPublisher events) {
    this.jdbc = jdbc;
    this.frozen = frozen;
    this.events = events;
  }

  /**
   * The NdV's review of an objective in a year.
   *
   * @param decision ACCETTATO, RIDETERMINATO, or null while only a note was written
   */
  public record ObjectiveReview(
      long objectiveId, String decision, BigDecimal percentage, String reason, String note, String reviewedBy,
      OffsetDateTime reviewedAt, int version) {

    public boolean accepted() {
      return ACCEPTED.equals(decision);
    }

    public Optional<EvaluatorOverride> override() {
      return SET.equals(decision) ? Optional.of(new EvaluatorOverride(percentage, reason)) : Optional.empty();
    }
  }

  /** The NdV's own achievement of an indicator in a year. */
  public record IndicatorReview(
      long indicatorId, BigDecimal percentage, String reason, String reviewedBy, OffsetDateTime reviewedAt, int version) {}

  @Override
  public PlanScoring.Reviews of(long entityId, long planId, int year) {
    Map<Long, ObjectiveReview> objectives = objectives(entityId, planId, year);
    Map<Long, IndicatorReview> indicators = indicators(entityId, planId, year);
    if (objectives.isEmpty() && indicators.isEmpty()) {
      return PlanScoring.Reviews.NONE;
    }
    return new PlanScoring.Reviews() {
      @Override
      public Optional<EvaluatorOverride> of(Indicator indicator) {
        return Optional.ofNullable(indicators.get(indicator.id())).map(r -> new EvaluatorOverride(r.percentage(), r.reason()));
      }

      @Override
      public Optional<EvaluatorOverride> of(Objective objective) {
        return Optional.ofNullable(objectives.get(objective.id())).flatMap(ObjectiveReview::override);
      }
    };
  }

  public Map<Long, ObjectiveReview> objectives(long entityId, long planId, int year) {
    Map<Long, ObjectiveReview> reviews = new HashMap<>();
    jdbc.sql(
            """
            select r.objective_id, r.decision, r.percentage, r.reason, r.note, r.reviewed_by, r.reviewed_at, r.version
            from objective_review r join objective o on o.entity_id = r.entity_id and o.id = r.objective_id
            where r.entity_id = ? and o.plan_id = ? and r.year = ?""")
        .params(entityId, planId, year)
        .query(ObjectiveReview.class)
        .list()
        .forEach(r -> reviews.put(r.objectiveId(), r));
    return reviews;
  }

  public Map<Long, IndicatorReview> indicators(long entityId, long planId, int year) {
    Map<Long, IndicatorReview> reviews = new HashMap<>();
    jdbc.sql(
            """
            select r.indicator_id, r.percentage, r.reason, r.reviewed_by, r.reviewed_at, r.version
            from indicator_review r
            join indicator i on i.entity_id = r.entity_id and i.id = r.indicator_id
            join objective o on o.entity_id = i.entity_id and o.id = i.objective_id
            where r.entity_id = ? and o.plan_id = ? and r.year = ?""")
        .params(entityId, planId, year)
        .query(IndicatorReview.class)
        .list()
        .forEach(r -> reviews.put(r.indicatorId(), r));
    return reviews;
  }

  /** The NdV accepts the computed achievement of the objective (replacing any achievement of its own). */
  @Transactional
  public Outcome accept(long entityId, long planId, Objective objective, int year, int expectedVersion, String by) {
    return decide(entityId, planId, objective, year, ACCEPTED, null, null, expectedVersion, by);
  }

  /** The NdV sets the objective's achievement: a percentage from 0 to 100 and a reason, both required. */
  @Transactional
  public Outcome set(
      long entityId, long planId, Objective objective, int year, BigDecimal percentage, String reason, int expectedVersion,
      String by) {
    Optional<String> problem = problem(percentage, reason);
    if (problem.isPresent()) {
      return new Outcome.Refused(problem.get());
    }
    return decide(entityId, planId, objective, year, SET, percentage, reason.strip(), expectedVersion, by);
  }

  private Outcome decide(
      long entityId, long planId, Objective objective, int year, String decision, BigDecimal percentage, String reason,
      int expectedVersion, String by) {
    if (frozen.isFrozen(entityId, planId, year)) {
      return new Outcome.Refused(FrozenYears.refusal(year));
    }
    Optional<ObjectiveReview> before = Optional.ofNullable(objectives(entityId, planId, year).get(objective.id()));
    int written =
        expectedVersion < 0
            ? jdbc.sql(
                    """
                    insert into objective_review (entity_id, objective_id, year, decision, percentage, reason, reviewed_by)
                    values (?, ?, ?, ?, ?, ?, ?) on conflict (objective_id, year) do nothing""")
                .params(entityId, objective.id(), year, decision, percentage, reason, by)
                .update()
            : jdbc.sql(
                    """
                    update objective_review set decision = ?, percentage = ?, reason = ?, reviewed_by = ?,
                                                reviewed_at = now(), version = version + 1
                    where entity_id = ? and objective_id = ? and year = ? and version = ?""")
                .params(decision, percentage, reason, by, entityId, objective.id(), year, expectedVersion)
                .update();
    if (written == 0) {
      return stale(entityId, planId, objective, year);
    }
    events.publishEvent(
        new EvaluationRecorded(
            entityId, planId, objective.id(), year, ACCEPTED.equals(decision) ? "NDV_GRADO_ACCETTATO" : "NDV_GRADO_RIDETERMINATO",
            "Grado di raggiungimento " + year + " dell'obiettivo " + objective.number(),
            before.map(Reviews::describe).orElse(null), describeDecision(decision, percentage, reason), by));
    return Outcome.SAVED;
  }

  /** The NdV's notes on the objective; blank clears them. */
  @Transactional
  public Outcome note(long entityId, long planId, Objective objective, int year, String note, int expectedVersion, String by) {
    if (frozen.isFrozen(entityId, planId, year)) {
      return new Outcome.Refused(FrozenYears.refusal(year));
    }
    String text = note == null || note.isBlank() ? null : note.strip();
    Optional<ObjectiveReview> before = Optional.ofNullable(objectives(entityId, planId, year).get(objective.id()));
    int written =
        expectedVersion < 0
            ? jdbc.sql(
                    """
                    insert into objective_review (entity_id, objective_id, year, note, reviewed_by)
                    values (?, ?, ?, ?, ?) on conflict (objective_id, year) do nothing""")
                .params(entityId, objective.id(), year, text, by)
                .update()
            : jdbc.sql(
                    """
                    update objective_review set note = ?, reviewed_by = ?, reviewed_at = now(), version = version + 1
                    where entity_id = ? and objective_id = ? and year = ? and version = ?""")
                .params(text, by, entityId, objective.id(), year, expectedVersion)
                .update();
    if (written == 0) {
      return stale(entityId, planId, objective, year);
    }
    events.publishEvent(
        new EvaluationRecorded(
            entityId, planId, objective.id(), year, "NDV_NOTA", "Note del Nucleo " + year + " sull'obiettivo " + objective.number(),
            before.map(ObjectiveReview::note).orElse(null), text, by));
    return Outcome.SAVED;
  }

  /** The NdV sets an indicator's achievement, with a reason; a null percentage removes its own and the computed one counts again. */
  @Transactional
  public Outcome setIndicator(
      long entityId, long planId, Objective objective, Indicator indicator, int year, BigDecimal percentage, String reason,
      int expectedVersion, String by) {
    if (frozen.isFrozen(entityId, planId, year)) {
      return new Outcome.Refused(FrozenYears.refusal(year));
    }
    Optional<IndicatorReview> before = Optional.ofNullable(indicators(entityId, planId, year).get(indicator.id()));
    int written;
    if (percentage == null) {
      written =
          jdbc.sql("delete from indicator_review where entity_id = ? and indicator_id = ? and year = ? and version = ?")
              .params(entityId, indicator.id(), year, expectedVersion)
              .update();
    } else {
      Optional<String> problem = problem(percentage, reason);
      if (problem.isPresent()) {
        return new Outcome.Refused(problem.get());
      }
      written =
          expectedVersion < 0
              ? jdbc.sql(
                      """
                      insert into indicator_review (entity_id, indicator_id, year, percentage, reason, reviewed_by)
                      values (?, ?, ?, ?, ?, ?) on conflict (indicator_id, year) do nothing""")
                  .params(entityId, indicator.id(), year, percentage, reason.strip(), by)
                  .update()
              : jdbc.sql(
                      """
                      update indicator_review set percentage = ?, reason = ?, reviewed_by = ?, reviewed_at = now(),
                                                  version = version + 1
                      where entity_id = ? and indicator_id = ? and year = ? and version = ?""")
                  .params(percentage, reason.strip(), by, entityId, indicator.id(), year, expectedVersion)
                  .update();
    }
    if (written == 0) {
      Optional<IndicatorReview> now = Optional.ofNullable(indicators(entityId, planId, year).get(indicator.id()));
      return new Outcome.Stale(
          now.map(r -> describeDecision(SET, r.percentage(), r.reason())).orElse("grado calcolato, senza valutazione del Nucleo"),
          now.map(IndicatorReview::version).orElse(-1));
    }
    events.publishEvent(
        new EvaluationRecorded(
            entityId, planId, objective.id(), year, percentage == null ? "NDV_GRADO_INDICATORE_RIMOSSO" : "NDV_GRADO_INDICATORE",
            "Grado di raggiungimento " + year + " dell'indicatore «" + indicator.name() + "»",
            before.map(r -> describeDecision(SET, r.percentage(), r.reason())).orElse(null),
            percentage == null ? "grado calcolato" : describeDecision(SET, percentage, reason.strip()), by));
    return Outcome.SAVED;
  }

  private Outcome stale(long entityId, long planId, Objective objective, int year) {
    Optional<ObjectiveReview> now = Optional.ofNullable(objectives(entityId, planId, year).get(objective.id()));
    return new Outcome.Stale(
        now.map(Reviews::describe).orElse("nessuna valutazione del Nucleo"), now.map(ObjectiveReview::version).orElse(-1));
  }

  private Optional<String> problem(BigDecimal percentage, String reason) {
    if (percentage == null) {
      return Optional.of("Indicare il grado di raggiungimento, da 0 a 100.");
    }
    if (percentage.signum() < 0 || percentage.compareTo(policy.maximumPercentage()) > 0
        || percentage.stripTrailingZeros().scale() > 2) {
      return Optional.of("Il grado di raggiungimento va da 0 a 100, con al più due decimali.");
    }
    if (reason == null || reason.isBlank()) {
      return Optional.of("Indicare la motivazione: il grado stabilito dal Nucleo la richiede sempre.");
    }
    return Optional.empty();
  }

  private static String describe(ObjectiveReview review) {
    String decision = describeDecision(review.decision(), review.percentage(), review.reason());
    return review.note() == null ? decision : decision + "; note: " + review.note();
  }

  private static String describeDecision(String decision, BigDecimal percentage, String reason) {
    if (decision == null) {
      return "non ancora esaminato";
    }
    return ACCEPTED.equals(decision)
        ? "grado calcolato accettato"
        : "grado stabilito dal Nucleo: " + percentage.setScale(2).toPlainString().replace('.', ',') + " % – " + reason;
  }
}
