package it.traguardo.evaluation.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What the responsabili reported besides the values, as the NdV reads it before judging: the objective's "stato di
 * attuazione" of the year and the evidence files attached to the indicators' values. Read only.
 */
@Repository
public class ProgressRecords {

  private final JdbcClient jdbc;

  ProgressRecords(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The "stato di attuazione" written for the year: the final one, else the intermediate one. */
  public Optional<String> narrative(long entityId, long objectiveId, int year) {
    return jdbc.sql(
            """
            select narrative from objective_progress where entity_id = ? and objective_id = ? and year = ?
            order by checkpoint = 'final' desc limit 1""")
        .params(entityId, objectiveId, year)
        .query(String.class)
        .optional();
  }

  /** The names of the evidence files of the year's values, by indicator id. */
  public Map<Long, List<String>> evidence(long entityId, long objectiveId, int year) {
    Map<Long, List<String>> files = new HashMap<>();
    jdbc.sql(
            """
            select e.indicator_id, e.file_name from evidence_file e
            join indicator i on i.entity_id = e.entity_id and i.id = e.indicator_id
            where e.entity_id = ? and i.objective_id = ? and e.year = ? order by e.uploaded_at, e.id""")
        .params(entityId, objectiveId, year)
        .query(rs -> {
          files.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>()).add(rs.getString(2));
        });
    return files;
  }
}
