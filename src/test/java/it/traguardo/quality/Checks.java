package it.traguardo.quality;

import it.traguardo.catalog.BudgetCatalog;
import java.util.List;

/** Runs one rule of the standard set, so each test sees only the findings it is about. */
final class Checks {

  private static final PlanChecker STANDARD = new PlanChecker(BudgetCatalog.standard());

  private Checks() {}

  static List<Finding> run(String rule, PlanUnderCheck plan) {
    Check check = STANDARD.checks().stream().filter(c -> c.id().equals(rule)).findFirst().orElseThrow(() -> new AssertionError("no rule " + rule));
    return check.run(plan);
  }

  static List<Finding> run(String rule, PlanBuilder plan) {
    return run(rule, plan.under());
  }
}
