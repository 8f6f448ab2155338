package it.traguardo.deadlines;

import java.util.List;
import java.util.Map;

/**
 * Who answers for the objectives of a plan, as stored.
 *
 * @param unitOfObjective the owner unit of each objective that has one
 * @param namedManagers the persons named on an objective, when any: they replace the managers of its unit
 */
public record Ownership(Map<Long, Long> unitOfObjective, Map<Long, List<Long>> namedManagers) {

  public Ownership {
    unitOfObjective = Map.copyOf(unitOfObjective);
    namedManagers = Map.copyOf(namedManagers);
  }
}
