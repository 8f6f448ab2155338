package it.traguardo.evaluation.store;

import it.traguardo.evaluation.ValidatedYear;
import it.traguardo.monitoring.ResultsFreeze;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The years the Nucleo di Valutazione validated, with the values they were validated with. Monitoring asks it before
 * recording a value and when it reads a year's values; it depends on nothing but the database, so that monitoring can
 * depend on it without a cycle.
 */
@Repository
public class FrozenYears implements ResultsFreeze {

  private final JdbcClient jdbc;

  FrozenYears(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<ValidatedYear> validation(long entityId, long planId, int year) {
    return jdbc.sql(
            """
            select year, act, act_date, statement, validated_by, validated_at from year_validation
            where entity_id = ? and plan_id = ? and year = ?""")
        .params(entityId, planId, year)
        .query(ValidatedYear.class)
        .optional();
  }

  public boolean isFrozen(long entityId, long planId, int year) {
    return jdbc.sql("select count(*) from year_validation where entity_id = ? and plan_id = ? and year = ?")
        .params(entityId, planId, year)
        .query(Long.class)
        .single() > 0;
  }

  /** The years the NdV validated in any of the ente's plans, in order. */
  public List<Integer> validatedYears(long entityId) {
    return jdbc.sql("select distinct year from year_validation where entity_id = ? order by year").param(entityId).query(Integer.class).list();
  }

  @Override
  public Optional<Map<Long, String>> frozenValues(long entityId, long planId, int year) {
    if (!isFrozen(entityId, planId, year)) {
      return Optional.empty();
    }
    Map<Long, String> values = new LinkedHashMap<>();
    jdbc.sql(
            """
            select v.indicator_id, v.value_text from validated_value v
            join year_validation y on y.entity_id = v.entity_id and y.id = v.validation_id
            where y.entity_id = ? and y.plan_id = ? and y.year = ?""")
        .params(entityId, planId, year)
        .query(rs -> {
          values.put(rs.getLong(1), rs.getString(2));
        });
    return Optional.of(values);
  }

  /** The message every refused change of a validated year shows. */
  static String refusal(int year) {
    return refusal(year, "non si modificano più");
  }

  /** The message of a refused change of a validated year, saying what no longer changes. */
  static String refusal(int year, String what) {
    return "I risultati del " + year + " sono stati validati dal Nucleo di Valutazione: " + what + ".";
  }
}
