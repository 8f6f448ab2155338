package it.traguardo.monitoring;

import it.traguardo.organization.Role;
import it.traguardo.security.TraguardoPrincipal;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Who reports on an objective — its values, evidence, phases and "stato di attuazione": the ente's segretario, or a
 * responsabile of the objective's unit; the transversal objectives belong to every responsabile.
 */
@Service
public class Responsibilities {

  private final JdbcClient jdbc;

  Responsibilities(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** @param unitId the objective's owner unit, null for a transversal objective */
  public boolean mayReport(long entityId, TraguardoPrincipal user, Long unitId) {
    if (user.has(entityId, Role.SEGRETARIO)) {
      return true;
    }
    return jdbc.sql(
            """
            select exists (
              select 1 from membership m
              where m.entity_id = ? and m.user_id = ? and m.role = 'RESPONSABILE'
                and (cast(? as bigint) is null
                     or exists (select 1 from person_unit pu
                                where pu.entity_id = m.entity_id and pu.person_id = m.person_id and pu.org_unit_id = ?)))""")
        .params(entityId, user.account().id(), unitId, unitId)
        .query(Boolean.class)
        .single();
  }
}
