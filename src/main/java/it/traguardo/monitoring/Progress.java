package it.traguardo.monitoring;

import it.traguardo.payments.PaymentMetrics;
import java.util.HashSet;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** What has been reported on a plan for a year and checkpoint, read for deadlines and completion. */
@Service
public class Progress {

  private final JdbcClient jdbc;
  private final PaymentMetrics payments;

  Progress(JdbcClient jdbc, PaymentMetrics payments) {
    this.jdbc = jdbc;
    this.payments = payments;
  }

  /**
   * The ids of what is filled in.
   *
   * @param indicators indicators with an achieved value for the year and checkpoint, or bound to a payment metric
   *     that the invoice register computes for the year (they fill themselves)
   * @param phases phases with a status for the year (one per year, updated as it changes), or completed in an earlier
   *     year (a completed phase stays completed)
   * @param objectives objectives with a "stato di attuazione" written for the year and checkpoint (a cleared one
   *     does not count)
   */
  public record Filled(Set<Long> indicators, Set<Long> phases, Set<Long> objectives) {

    public Filled {
      indicators = Set.copyOf(indicators);
      phases = Set.copyOf(phases);
      objectives = Set.copyOf(objectives);
    }
  }

  public Filled filledItems(long entityId, long planId, int year, Checkpoint checkpoint) {
    Set<Long> indicators =
        new HashSet<>(
            jdbc.sql(
                    """
                    select a.indicator_id from indicator_actual a
                    join indicator i on i.entity_id = a.entity_id and i.id = a.indicator_id
                    join objective o on o.entity_id = i.entity_id and o.id = i.objective_id
                    where a.entity_id = ? and o.plan_id = ? and a.year = ? and a.checkpoint = ?""")
                .params(entityId, planId, year, checkpoint.code())
                .query(Long.class)
                .list());
    for (long bound : payments.boundIndicators(entityId)) {
      if (!indicators.contains(bound) && payments.boundValue(entityId, bound, year).isPresent()) {
        indicators.add(bound);
      }
    }
    Set<Long> phases =
        new HashSet<>(
            jdbc.sql(
                    """
                    select p.phase_id from phase_progress p
                    join phase f on f.entity_id = p.entity_id and f.id = p.phase_id
                    join objective o on o.entity_id = f.entity_id and o.id = f.objective_id
                    where p.entity_id = ? and o.plan_id = ?
                      and (p.year = ? or p.year < ? and p.status = 'COMPLETATA')""")
                .params(entityId, planId, year, year)
                .query(Long.class)
                .list());
    Set<Long> objectives =
        new HashSet<>(
            jdbc.sql(
                    """
                    select p.objective_id from objective_progress p
                    join objective o on o.entity_id = p.entity_id and o.id = p.objective_id
                    where p.entity_id = ? and o.plan_id = ? and p.year = ? and p.checkpoint = ? and p.narrative <> ''""")
                .params(entityId, planId, year, checkpoint.code())
                .query(Long.class)
                .list());
    return new Filled(indicators, phases, objectives);
  }
}
