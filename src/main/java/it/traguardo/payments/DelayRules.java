package it.traguardo.payments;

import java.time.LocalDate;

/**
 * Which instalments an indicator takes and with how many days of delay. The calculator and the drill-down both use
 * these rules, so a figure and its detail always agree.
 */
public final class DelayRules {
  private DelayRules() {}

  /**
   * ITP (DPCM 22 settembre 2014 art. 9): instalments paid between {@code from} and {@code to} (inclusive), delay =
   * payment date − due date − suspended days.
   *
   * @return the contribution, or {@code null} when the instalment is not part of the period
   */
  public static Contribution itp(Instalment instalment, LocalDate from, LocalDate to) {
    LocalDate paid = instalment.paidDate();
    if (instalment.isExcluded() || paid == null || paid.isBefore(from) || paid.isAfter(to)) {
      return null;
    }
    return Contribution.paid(instalment);
  }

  /**
   * Annual delay indicator (L. 30 dicembre 2018 n. 145 art. 1 c. 859 lett. b and c. 861) of {@code year}, as
   * known at {@code asOf}:
   *
   * <ul>
   *   <li>instalments due in the year: paid by {@code asOf} → payment − due − suspended days; otherwise → {@code
   *       asOf} − due, without suspension (the debt is still open). Instalments due after {@code asOf} and not
   *       yet paid are not yet late or early: left out until they fall due;
   *   <li>instalments paid in the year (by {@code asOf}) whose due date falls after the year: early payments,
   *       which the national platform (PCC) also counts.
   * </ul>
   *
   * @return the contribution, or {@code null} when the instalment is not part of that year's indicator
   */
  public static Contribution annualDelay(Instalment instalment, int year, LocalDate asOf) {
    if (instalment.isExcluded()) {
      return null;
    }
    LocalDate due = instalment.dueDate();
    LocalDate paid = instalment.paidDate();
    boolean paidByAsOf = paid != null && !paid.isAfter(asOf);
    if (due.getYear() == year) {
      if (paidByAsOf) {
        return Contribution.paid(instalment);
      }
      if (!due.isAfter(asOf)) {
        return Contribution.open(instalment, asOf);
      }
      return null;
    }
    if (due.getYear() > year && paidByAsOf && paid.getYear() == year) {
      return Contribution.paid(instalment);
    }
    return null;
  }

  /** Residual debt at {@code date}: received by then and not paid by then. */
  public static boolean isOutstanding(Instalment instalment, LocalDate date) {
    return !instalment.isExcluded()
        && !instalment.receiptDate().isAfter(date)
        && (instalment.paidDate() == null || instalment.paidDate().isAfter(date));
  }

  /** Overdue part of the residual debt at {@code date}: outstanding and due by then. */
  public static boolean isOverdue(Instalment instalment, LocalDate date) {
    return isOutstanding(instalment, date) && !instalment.dueDate().isAfter(date);
  }
}
