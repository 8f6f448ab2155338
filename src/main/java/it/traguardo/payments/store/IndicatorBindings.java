package it.traguardo.payments.store;

import it.traguardo.nextyear.PlanRolledForward;
import it.traguardo.payments.IndicatorBindingChanged;
import it.traguardo.payments.PaymentMetric;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which plan indicators of an ente take their achieved value from a payment figure.
 *
 * <p>The plan's indicators are read here with SQL rather than through the plan module: the plan module reads the
 * bound values through {@link it.traguardo.payments.PaymentMetrics}, and a Java dependency back on it would make a
 * cycle between the two modules.
 */
@Service
public class IndicatorBindings {
  private final JdbcClient jdbc;
  private final ApplicationEventPublisher events;

  IndicatorBindings(JdbcClient jdbc, ApplicationEventPublisher events) {
    this.jdbc = jdbc;
    this.events = events;
  }

  /**
   * An indicator of the ente's latest plan, with its objective and what it is bound to.
   *
   * @param metric the bound metric; {@code null} when unbound
   */
  public record Candidate(
      long indicatorId, String objectiveNumber, String objectiveTitle, String name, PaymentMetric metric) {}

  /** The indicators of the ente's most recent plan, in plan order. */
  public List<Candidate> candidates(long entityId) {
    return jdbc.sql(
            """
            select i.id, o.number, o.title, i.name, b.metric
              from indicator i
              join objective o on o.entity_id = i.entity_id and o.id = i.objective_id
              left join indicator_binding b on b.entity_id = i.entity_id and b.indicator_id = i.id
             where i.entity_id = ?
               and o.plan_id = (select max(id) from plan where entity_id = ?)
             order by o.position, i.position""")
        .params(entityId, entityId)
        .query((rs, n) -> new Candidate(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
            rs.getString(5) == null ? null : PaymentMetric.valueOf(rs.getString(5))))
        .list();
  }

  /**
   * Binds an indicator of the ente's latest plan, replacing an earlier binding.
   *
   * @return false when the ente's latest plan has no such indicator
   */
  @Transactional
  public boolean bind(long entityId, long indicatorId, PaymentMetric metric, String boundBy) {
    if (candidates(entityId).stream().noneMatch(c -> c.indicatorId() == indicatorId)) {
      return false;
    }
    PaymentMetric before = metric(entityId, indicatorId).orElse(null);
    jdbc.sql(
            """
            insert into indicator_binding (entity_id, indicator_id, metric, bound_by) values (?, ?, ?, ?)
            on conflict (entity_id, indicator_id)
            do update set metric = excluded.metric, bound_by = excluded.bound_by, bound_at = now()""")
        .params(entityId, indicatorId, metric.name(), boundBy)
        .update();
    if (before != metric) {
      announce(entityId, indicatorId, before, metric, boundBy);
    }
    return true;
  }

  /**
   * Next year's draft takes its payment figures from the register as the plan it was rolled from did: each bound
   * indicator's counterpart in the draft is bound to the same metric, in the same transaction as the draft.
   */
  @EventListener
  void on(PlanRolledForward rolled) {
    Map<Long, PaymentMetric> bound = bindings(rolled.entityId());
    rolled.indicators().forEach((from, to) -> {
      PaymentMetric metric = bound.get(from);
      if (metric != null) {
        jdbc.sql("insert into indicator_binding (entity_id, indicator_id, metric, bound_by) values (?, ?, ?, ?) on conflict do nothing")
            .params(rolled.entityId(), to, metric.name(), rolled.by())
            .update();
      }
    });
  }

  @Transactional
  public void unbind(long entityId, long indicatorId, String by) {
    Optional<PaymentMetric> before = metric(entityId, indicatorId);
    jdbc.sql("delete from indicator_binding where entity_id = ? and indicator_id = ?")
        .params(entityId, indicatorId)
        .update();
    before.ifPresent(metric -> announce(entityId, indicatorId, metric, null, by));
  }

  /** Tells the trail, naming the indicator, its objective and plan. */
  private void announce(long entityId, long indicatorId, PaymentMetric before, PaymentMetric after, String by) {
    jdbc.sql(
            """
            select o.plan_id, o.id, i.name from indicator i join objective o on o.entity_id = i.entity_id and o.id = i.objective_id
             where i.entity_id = ? and i.id = ?""")
        .params(entityId, indicatorId)
        .query((rs, n) -> new IndicatorBindingChanged(entityId, rs.getLong(1), rs.getLong(2), rs.getString(3), before, after, by))
        .optional()
        .ifPresent(events::publishEvent);
  }

  public Optional<PaymentMetric> metric(long entityId, long indicatorId) {
    return jdbc.sql("select metric from indicator_binding where entity_id = ? and indicator_id = ?")
        .params(entityId, indicatorId)
        .query(String.class)
        .optional()
        .map(PaymentMetric::valueOf);
  }

  /** Bound indicators of the ente, by indicator id. */
  public Map<Long, PaymentMetric> bindings(long entityId) {
    Map<Long, PaymentMetric> bindings = new LinkedHashMap<>();
    jdbc.sql("select indicator_id, metric from indicator_binding where entity_id = ? order by indicator_id")
        .param(entityId)
        .query(rs -> {
          bindings.put(rs.getLong(1), PaymentMetric.valueOf(rs.getString(2)));
        });
    return bindings;
  }
}
