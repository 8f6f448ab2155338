package it.traguardo.dashboard;

import it.traguardo.plan.Objective;
import it.traguardo.plan.PlanScoring;

/** Whose dashboard: the ente's, a service's or a manager's, and which objectives it covers. */
public sealed interface Scope {

  boolean includes(Objective objective);

  /** Every objective of the plan. */
  record Ente(String name) implements Scope {
    @Override
    public boolean includes(Objective objective) {
      return true;
    }
  }

  /** The sectoral objectives of one unit, by its name as the plan writes it. */
  record Service(String unit) implements Scope {
    @Override
    public boolean includes(Objective objective) {
      return unit.equals(objective.unit());
    }
  }

  /** The objectives of the manager's units and the transversal ones. */
  record Manager(PlanScoring.Manager manager) implements Scope {
    @Override
    public boolean includes(Objective objective) {
      return manager.answersFor(objective);
    }
  }
}
