package it.traguardo.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What d.lgs. 33/2013 art. 20 asks an ente to publish about its result pay: the total allocated and the total paid,
 * how the people evaluated are distributed over the bands, and how differentiated scores and pay are. Figures of
 * groups, never of a person.
 *
 * @param allocated the budget the ente set aside; where it set none, the sum of the maximum allowances
 * @param paid the sum of the amounts paid, after the budget cap
 * @param bands every band of the SMVP, also those nobody fell in
 * @param paidPercents the lowest and highest amount paid as a percentage of the person's maximum allowance; empty
 *     when no allowance is above 0
 */
public record PayDistribution(
    BigDecimal allocated,
    BigDecimal paid,
    int evaluated,
    List<BandFigure> bands,
    BigDecimal lowestScore,
    BigDecimal highestScore,
    BigDecimal averageScore,
    Optional<Range> paidPercents) {

  public PayDistribution {
    bands = List.copyOf(bands);
  }

  /** A band with how many people fell in it, their share of those evaluated (percent) and what they were paid. */
  public record BandFigure(String label, BigDecimal payPercent, int people, BigDecimal share, BigDecimal amount) {}

  public record Range(BigDecimal lowest, BigDecimal highest) {}

  /** One person evaluated: their total score, the amount paid after the cap and their maximum allowance. */
  public record Paid(BigDecimal totalScore, BigDecimal amount, BigDecimal maxAllowance) {}

  /** The figures of {@code people}; empty when nobody has been evaluated. */
  public static Optional<PayDistribution> of(Smvp smvp, List<Paid> people) {
    if (people.isEmpty()) {
      return Optional.empty();
    }
    int count = people.size();
    List<BandFigure> bands = new ArrayList<>();
    for (Smvp.PayBand band : smvp.bands()) {
      List<Paid> in = people.stream().filter(p -> smvp.bandOf(p.totalScore()).equals(band)).toList();
      bands.add(
          new BandFigure(
              smvp.label(band), band.payPercent(), in.size(),
              BigDecimal.valueOf(in.size() * 100L).divide(BigDecimal.valueOf(count), 2, RoundingMode.HALF_UP),
              sum(in.stream().map(Paid::amount).toList())));
    }
    BigDecimal paid = sum(people.stream().map(Paid::amount).toList());
    BigDecimal allocated = smvp.budget() != null ? smvp.budget() : sum(people.stream().map(Paid::maxAllowance).toList());
    List<BigDecimal> scores = people.stream().map(Paid::totalScore).sorted().toList();
    BigDecimal average = sum(scores).divide(BigDecimal.valueOf(count), 2, RoundingMode.HALF_UP);
    List<BigDecimal> percents =
        people.stream()
            .filter(p -> p.maxAllowance().signum() > 0)
            .map(p -> p.amount().multiply(Smvp.HUNDRED).divide(p.maxAllowance(), 2, RoundingMode.HALF_UP))
            .sorted(Comparator.naturalOrder())
            .toList();
    Optional<Range> range =
        percents.isEmpty() ? Optional.empty() : Optional.of(new Range(percents.get(0), percents.get(percents.size() - 1)));
    return Optional.of(
        new PayDistribution(
            allocated.setScale(2), paid.setScale(2), count, bands, scores.get(0), scores.get(count - 1), average, range));
  }

  private static BigDecimal sum(List<BigDecimal> values) {
    return values.stream().reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
  }
}
