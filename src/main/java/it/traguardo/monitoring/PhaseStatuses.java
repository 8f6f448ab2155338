package it.traguardo.monitoring;

import it.traguardo.plan.PhaseStatus;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The phase statuses recorded in a plan, read for the dashboards. Every statement names the ente. */
@Service
public class PhaseStatuses {

  private final JdbcClient jdbc;

  PhaseStatuses(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Every status recorded for the phases of a plan, by phase and year. */
  public List<RecordedPhaseStatus> of(long entityId, long planId) {
    return jdbc.sql(
            """
            select pp.phase_id, pp.year, pp.status, pp.completed_on
            from phase_progress pp
            join phase f on f.entity_id = pp.entity_id and f.id = pp.phase_id
            join objective o on o.entity_id = f.entity_id and o.id = f.objective_id
            where pp.entity_id = ? and o.plan_id = ?
            order by pp.phase_id, pp.year""")
        .params(entityId, planId)
        .query(
            (rs, i) ->
                new RecordedPhaseStatus(
                    rs.getLong(1), rs.getInt(2), PhaseStatus.valueOf(rs.getString(3)),
                    rs.getObject(4, java.time.LocalDate.class)))
        .list();
  }
}
