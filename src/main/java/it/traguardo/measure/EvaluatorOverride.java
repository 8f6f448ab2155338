package it.traguardo.measure;

import java.math.BigDecimal;

/** The evaluator's own percentage for an indicator, which wins over the computed one; a reason is required. */
public record EvaluatorOverride(BigDecimal percentage, String reason) {

  public EvaluatorOverride {
    if (percentage == null || percentage.signum() < 0) {
      throw new IllegalArgumentException("La percentuale del valutatore deve essere 0 o più");
    }
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("Indicare la motivazione della valutazione");
    }
    percentage = Percentages.rounded(percentage);
    reason = reason.strip();
  }
}
