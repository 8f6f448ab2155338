package it.traguardo.monitoring;

import it.traguardo.organization.Role;
import it.traguardo.security.TraguardoPrincipal;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Who reports on an objective — its values, evidence, phases and "stato di attuazione": the ente's segretario; the
 * persons named as its managers, when the segretario named any; otherwise a responsabile of the objective's unit,
 * and for a transversal objective every responsabile. The same rule decides whose list of what is due it is on.
 */
@Service
public class Responsibilities {

  private final JdbcClient jdbc;

  Responsibilities(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * @param objectiveId the objective
   * @param unitId the objective's owner unit, null for a transversal objective
   */
  public boolean mayReport(long entityId, TraguardoPrincipal user, long objectiveId, Long unitId) {
    if (user.has(entityId, Role.SEGRETARIO)) {
      return true;
    }
    return jdbc.sql(
            """
            select exists (
              select 1 from membership m
              where m.entity_id = :entity and m.user_id = :user and m.role = 'RESPONSABILE'
                and case
                      when exists (select 1 from objective_manager om where om.entity_id = :entity and om.objective_id = :objective)
                        then exists (select 1 from objective_manager om
                                     where om.entity_id = :entity and om.objective_id = :objective and om.person_id = m.person_id)
                      else cast(:unit as bigint) is null
                           or exists (select 1 from person_unit pu
                                      where pu.entity_id = m.entity_id and pu.person_id = m.person_id and pu.org_unit_id = :unit)
                    end)""")
        .param("entity", entityId)
        .param("user", user.account().id())
        .param("objective", objectiveId)
        .param("unit", unitId)
        .query(Boolean.class)
        .single();
  }
}
