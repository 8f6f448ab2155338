package it.traguardo.plan;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The frozen versions of each plan: version 1 as adopted, then one per variazione, kept as the plan JSON. */
@Service
public class PlanVersions {

  private final JdbcClient jdbc;
  private final PlanJson json;

  PlanVersions(JdbcClient jdbc, PlanJson json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  /** A frozen version of the plan, without its content. */
  public record PlanVersion(
      int number, String kind, String reason, String act, LocalDate actDate, String recordedBy,
      OffsetDateTime recordedAt) {}

  public List<PlanVersion> list(long entityId, long planId) {
    return jdbc.sql(
            """
            select number, kind, reason, act, act_date, recorded_by, recorded_at from plan_version
            where entity_id = ? and plan_id = ? order by number""")
        .params(entityId, planId)
        .query(PlanVersion.class)
        .list();
  }

  /** The plan as frozen in one version. */
  public Optional<Plan> version(long entityId, long planId, int number) {
    return jdbc.sql("select snapshot from plan_version where entity_id = ? and plan_id = ? and number = ?")
        .params(entityId, planId, number)
        .query(String.class)
        .optional()
        .map(snapshot -> PlanJsonReading.read(json.parse(snapshot)));
  }

  /** Freezes the plan as it stands as its next version; returns the version's number. */
  int freeze(
      long entityId, Plan plan, String kind, String reason, String act, LocalDate date, String user) {
    return jdbc.sql(
            """
            insert into plan_version (entity_id, plan_id, number, kind, reason, act, act_date, snapshot, recorded_by)
            values (?, ?, (select coalesce(max(number), 0) + 1 from plan_version where entity_id = ? and plan_id = ?),
                    ?, ?, ?, ?, cast(? as jsonb), ?)
            returning number""")
        .params(
            entityId, plan.id(), entityId, plan.id(), kind, reason, act, date, json.write(plan).toString(), user)
        .query(Integer.class)
        .single();
  }
}
