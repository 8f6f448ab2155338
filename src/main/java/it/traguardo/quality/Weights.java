package it.traguardo.quality;

import it.traguardo.plan.Indicator;
import it.traguardo.plan.Objective;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The weights the ente's SMVP gives to indicators and objectives. A plan read from a file has none ({@link #NONE});
 * a stored plan carries the indicators' weights the segretario set ({@link #PLAN}).
 */
public interface Weights {

  Weights NONE = new Weights() {};

  /** The indicator weights written in the plan: those set, in order; none when no indicator of the objective has one. */
  Weights PLAN =
      new Weights() {
        @Override
        public List<BigDecimal> ofIndicators(Objective objective) {
          return objective.indicators().stream().map(Indicator::weight).filter(Objects::nonNull).toList();
        }
      };

  /** The weights of an objective's indicators in percent, one per indicator in order; empty when not weighted. */
  default List<BigDecimal> ofIndicators(Objective objective) {
    return List.of();
  }

  /** How each unit's manager is weighted; empty when objectives are not weighted. */
  default List<ManagerWeights> ofManagers() {
    return List.of();
  }

  /**
   * The weights in the evaluation of the manager of one unit.
   *
   * @param unit the unit, as named in the plan
   * @param resultsComponent the weight of the results component in the whole evaluation, in percent
   * @param objectives the weight of each objective (by number) within the results component, in percent
   */
  record ManagerWeights(String unit, BigDecimal resultsComponent, Map<String, BigDecimal> objectives) {

    public ManagerWeights {
      objectives = Map.copyOf(objectives);
    }
  }
}
