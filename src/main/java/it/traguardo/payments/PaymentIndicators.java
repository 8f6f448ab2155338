package it.traguardo.payments;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * All payment-timeliness figures of one year.
 *
 * @param year the year
 * @param asOf observation date of the annual delay indicator
 * @param itp ITP of the year (instalments paid in the year)
 * @param itpQuarters ITP of each quarter, Q1 first
 * @param annualDelay annual delay indicator as of {@code asOf}
 * @param debt residual commercial debt at 31 December and the test of c. 859 lett. a
 * @param documentsRead invoice bodies (credit notes included) and register rows read
 * @param creditNotesRead credit notes read, which are not payment requests and count in no indicator
 * @param instalmentsRead instalments (or parts of them) offered to the calculator
 * @param excluded instalments excluded with a reason: count and amount
 * @param flagCounts how many instalments carry each reading assumption
 */
public record PaymentIndicators(
    int year,
    LocalDate asOf,
    DelayIndicator itp,
    List<DelayIndicator> itpQuarters,
    DelayIndicator annualDelay,
    ResidualDebt debt,
    long documentsRead,
    long creditNotesRead,
    long instalmentsRead,
    Excluded excluded,
    Map<InstalmentFlag, Long> flagCounts) {

  public PaymentIndicators {
    itpQuarters = List.copyOf(itpQuarters);
    flagCounts = Map.copyOf(flagCounts);
  }

  /** ITP of quarter 1–4. */
  public DelayIndicator itpQuarter(int quarter) {
    return itpQuarters.get(quarter - 1);
  }

  public record Excluded(long count, BigDecimal amount) {}
}
