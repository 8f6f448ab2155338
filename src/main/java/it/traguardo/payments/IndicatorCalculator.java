package it.traguardo.payments;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Computes the indicators of one year in a single pass, so instalments can be streamed from files of any size
 * without being kept in memory. Feed it with {@link #accept}, then call {@link #result()}.
 *
 * <p>The static {@code …Contributions} methods give the drill-down of a figure: one row per instalment that makes
 * it, by the same {@link DelayRules}.
 */
public final class IndicatorCalculator implements Consumer<Instalment> {
  private final int year;
  private final LocalDate asOf;
  private final LocalDate yearStart;
  private final LocalDate yearEnd;
  private final LocalDate previousYearEnd;

  private final Sum itp = new Sum();
  private final Sum[] quarters = {new Sum(), new Sum(), new Sum(), new Sum()};
  private final Sum annualDelay = new Sum();
  private BigDecimal outstanding = BigDecimal.ZERO;
  private BigDecimal overdue = BigDecimal.ZERO;
  private BigDecimal previousOutstanding = BigDecimal.ZERO;
  private BigDecimal receivedInYear = BigDecimal.ZERO;
  private boolean previousYearKnown;
  private long instalmentsRead;
  private long excludedCount;
  private BigDecimal excludedAmount = BigDecimal.ZERO;
  private long documentsRead;
  private long creditNotesRead;
  private final Map<InstalmentFlag, Long> flagCounts = new EnumMap<>(InstalmentFlag.class);

  /**
   * @param year the year of the indicators
   * @param asOf observation date of the annual delay indicator, usually 31 December of {@code year}
   */
  public IndicatorCalculator(int year, LocalDate asOf) {
    this.year = year;
    this.asOf = asOf;
    this.yearStart = LocalDate.of(year, 1, 1);
    this.yearEnd = LocalDate.of(year, 12, 31);
    this.previousYearEnd = yearStart.minusDays(1);
  }

  public static PaymentIndicators calculate(int year, LocalDate asOf, Iterable<Instalment> instalments) {
    IndicatorCalculator calculator = new IndicatorCalculator(year, asOf);
    instalments.forEach(calculator);
    return calculator.result();
  }

  /** Drill-down of the ITP of a period (a year or a quarter). */
  public static List<Contribution> itpContributions(
      Iterable<Instalment> instalments, LocalDate from, LocalDate to) {
    List<Contribution> rows = new ArrayList<>();
    for (Instalment instalment : instalments) {
      Contribution row = DelayRules.itp(instalment, from, to);
      if (row != null) {
        rows.add(row);
      }
    }
    return rows;
  }

  /** Drill-down of the annual delay indicator. */
  public static List<Contribution> annualDelayContributions(
      Iterable<Instalment> instalments, int year, LocalDate asOf) {
    List<Contribution> rows = new ArrayList<>();
    for (Instalment instalment : instalments) {
      Contribution row = DelayRules.annualDelay(instalment, year, asOf);
      if (row != null) {
        rows.add(row);
      }
    }
    return rows;
  }

  /**
   * Counts documents read: invoice bodies (credit notes included) and register rows. The calculator cannot count
   * them from instalments, since credit notes yield none and invoices may yield several.
   */
  public void countDocuments(long read, long creditNotes) {
    documentsRead += read;
    creditNotesRead += creditNotes;
  }

  @Override
  public void accept(Instalment instalment) {
    instalmentsRead++;
    for (InstalmentFlag flag : instalment.flags()) {
      flagCounts.merge(flag, 1L, Long::sum);
    }
    if (instalment.isExcluded()) {
      excludedCount++;
      excludedAmount = excludedAmount.add(instalment.amount());
      return;
    }
    Contribution paid = DelayRules.itp(instalment, yearStart, yearEnd);
    if (paid != null) {
      itp.add(paid);
      quarters[(instalment.paidDate().getMonthValue() - 1) / 3].add(paid);
    }
    Contribution delay = DelayRules.annualDelay(instalment, year, asOf);
    if (delay != null) {
      annualDelay.add(delay);
    }
    addToDebt(instalment);
  }

  private void addToDebt(Instalment instalment) {
    BigDecimal amount = instalment.amount();
    if (DelayRules.isOutstanding(instalment, yearEnd)) {
      outstanding = outstanding.add(amount);
      if (DelayRules.isOverdue(instalment, yearEnd)) {
        overdue = overdue.add(amount);
      }
    }
    if (DelayRules.isOutstanding(instalment, previousYearEnd)) {
      previousOutstanding = previousOutstanding.add(amount);
    }
    LocalDate received = instalment.receiptDate();
    if (received.getYear() == year) {
      receivedInYear = receivedInYear.add(amount);
    } else if (received.isBefore(yearStart)) {
      previousYearKnown = true;
    }
  }

  public PaymentIndicators result() {
    return new PaymentIndicators(
        year,
        asOf,
        itp.indicator(),
        List.of(
            quarters[0].indicator(),
            quarters[1].indicator(),
            quarters[2].indicator(),
            quarters[3].indicator()),
        annualDelay.indicator(),
        new ResidualDebt(outstanding, overdue, previousOutstanding, receivedInYear, previousYearKnown),
        documentsRead,
        creditNotesRead,
        instalmentsRead,
        new PaymentIndicators.Excluded(excludedCount, excludedAmount),
        flagCounts);
  }

  /** Mutable running sums: one object per indicator instead of one per instalment. */
  private static final class Sum {
    private long count;
    private BigDecimal amount = BigDecimal.ZERO;
    private BigDecimal weighted = BigDecimal.ZERO;

    void add(Contribution contribution) {
      count++;
      amount = amount.add(contribution.amount());
      weighted = weighted.add(contribution.weighted());
    }

    DelayIndicator indicator() {
      return new DelayIndicator(count, amount, weighted);
    }
  }
}
