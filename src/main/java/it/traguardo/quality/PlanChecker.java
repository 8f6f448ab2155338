package it.traguardo.quality;

import it.traguardo.catalog.BudgetCatalog;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** Runs every check on a plan and returns the findings by severity, then objective, then line. */
public final class PlanChecker {

  private static final Comparator<Finding> ORDER =
      Comparator.comparing(Finding::severity)
          .thenComparing(f -> Text.objectiveOrder(f.objective()))
          .thenComparing(Finding::line, Comparator.nullsFirst(Comparator.naturalOrder()))
          .thenComparing(Finding::rule);

  private final List<Check> checks;

  /** The standard checks. */
  public PlanChecker(BudgetCatalog catalog) {
    this(
        Stream.of(
                StructureChecks.all(),
                MeasurabilityChecks.all(),
                BudgetChecks.all(catalog),
                ContentChecks.all(),
                PaymentChecks.all(),
                LegalReferenceChecks.all(),
                DocumentChecks.all())
            .flatMap(List::stream)
            .toList());
  }

  public PlanChecker(List<Check> checks) {
    this.checks = List.copyOf(checks);
  }

  public List<Check> checks() {
    return checks;
  }

  public List<Finding> check(PlanUnderCheck plan) {
    List<Finding> findings = new ArrayList<>();
    for (Check check : checks) {
      findings.addAll(check.run(plan));
    }
    findings.sort(ORDER);
    return List.copyOf(findings);
  }

  /**
   * The pre-adoption gate: a plan with an ERRORE cannot be adopted until it is fixed, or until the segretario
   * overrides the gate with a recorded reason (the plan's lifecycle decides who may).
   */
  public static boolean blocksAdoption(List<Finding> findings) {
    return !blocking(findings).isEmpty();
  }

  /** The findings that block adoption: the errors. */
  public static List<Finding> blocking(List<Finding> findings) {
    return findings.stream().filter(f -> f.severity() == Severity.ERRORE).toList();
  }
}
