package it.traguardo.quality;

import java.util.List;
import java.util.function.BiConsumer;

/** A check written as a method that reports into {@link Findings}: how the checks of this package are declared. */
record Rule(String id, BiConsumer<PlanUnderCheck, Findings> body) implements Check {

  @Override
  public List<Finding> run(PlanUnderCheck plan) {
    Findings findings = new Findings(id);
    body.accept(plan, findings);
    return findings.list();
  }
}
