package it.traguardo.quality;

import it.traguardo.plan.Plan;
import java.util.List;
import java.util.Objects;

/**
 * A plan with what the checks may know beyond it. A plan read from a file knows none of the extras.
 *
 * @param unitsPayingInvoices the units whose manager pays commercial invoices (art. 4-bis c.2 DL 13/2023), as named
 *     in the plan; empty when unknown, and then the per-unit payment checks are skipped
 * @param weights the SMVP's weights, or {@link Weights#NONE}
 * @param tags the objectives' tags, or {@link Tags#NONE}
 */
public record PlanUnderCheck(Plan plan, List<String> unitsPayingInvoices, Weights weights, Tags tags) {

  public PlanUnderCheck {
    Objects.requireNonNull(plan, "plan");
    unitsPayingInvoices = List.copyOf(unitsPayingInvoices);
    weights = weights == null ? Weights.NONE : weights;
    tags = tags == null ? Tags.NONE : tags;
  }

  /** A plan with no extras, as read from a file. */
  public static PlanUnderCheck of(Plan plan) {
    return new PlanUnderCheck(plan, List.of(), Weights.NONE, Tags.NONE);
  }
}
