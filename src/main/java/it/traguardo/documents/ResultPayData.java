package it.traguardo.documents;

import java.math.BigDecimal;
import java.util.List;

/**
 * The result-pay figures an ente publishes for a year (d.lgs. 33/2013 art. 20): totals allocated and paid, the
 * distribution over the bands of its SMVP and how differentiated scores and pay are. Figures of groups, never of a
 * person.
 *
 * @param lowestPaidPercent the lowest amount paid as a percentage of the person's maximum allowance, or null
 * @param highestPaidPercent the highest one, or null
 */
public record ResultPayData(
    String entityCode,
    int year,
    BigDecimal allocated,
    BigDecimal paid,
    int evaluated,
    List<Band> bands,
    BigDecimal lowestScore,
    BigDecimal highestScore,
    BigDecimal averageScore,
    BigDecimal lowestPaidPercent,
    BigDecimal highestPaidPercent) {

  public ResultPayData {
    bands = List.copyOf(bands);
  }

  /**
   * A band of total scores ("da 60 a meno di 70") with the percentage of the allowance it pays, how many people fell in
   * it, their share of those evaluated (percent) and the amount they were paid.
   */
  public record Band(String label, BigDecimal payPercent, int people, BigDecimal share, BigDecimal amount) {}
}
