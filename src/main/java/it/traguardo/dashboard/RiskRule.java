package it.traguardo.dashboard;

import it.traguardo.measure.RollUp;
import it.traguardo.monitoring.Checkpoint;
import it.traguardo.plan.Level;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * Objectives at risk: those whose "rischio di mancato raggiungimento" is {@link Level#ALTO} and whose progress is
 * low. Progress is low, at the checkpoint observed, when
 *
 * <ul>
 *   <li>no indicator of the objective has a value that can be scored (nothing shows progress), or
 *   <li>the objective's achievement is below the bar of the checkpoint: {@value #MID_BAR} % at the intermediate one
 *       (30 June: half the year gone, half of the year's targets expected), {@value #FINAL_BAR} % at the final one
 *       (31 December: the targets not reached).
 * </ul>
 *
 * Plain Java.
 */
public final class RiskRule {

  static final int MID_BAR = 50;
  static final int FINAL_BAR = 100;

  private RiskRule() {}

  /** The bar of a checkpoint, in percent. */
  public static BigDecimal bar(Checkpoint checkpoint) {
    return BigDecimal.valueOf(checkpoint == Checkpoint.MID ? MID_BAR : FINAL_BAR);
  }

  /** Why an objective is at risk, in Italian; empty when it is not. */
  public static Optional<String> atRisk(Level risk, RollUp progress, Checkpoint checkpoint) {
    if (risk != Level.ALTO) {
      return Optional.empty();
    }
    if (progress.percentage().isEmpty()) {
      return Optional.of("rischio alto e nessun valore rilevato alla rilevazione " + checkpoint.label());
    }
    BigDecimal percentage = progress.percentage().get();
    if (percentage.compareTo(bar(checkpoint)) < 0) {
      return Optional.of(
          "rischio alto e grado di raggiungimento " + Numbers.percent(percentage) + " alla rilevazione "
              + checkpoint.label() + ", sotto il " + bar(checkpoint) + " %");
    }
    return Optional.empty();
  }
}
