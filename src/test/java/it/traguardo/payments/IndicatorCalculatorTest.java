package it.traguardo.payments;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * One hand-computed year (2024) covering early, late, suspended, unpaid, paid-after-observation, excluded and
 * next-year instalments.
 *
 * <pre>
 * id  received    due         paid        amount   susp  days(ITP)  days(annual, as of 2024-12-31)
 * A   2024-03-01  2024-03-31  2024-03-21  1000.00   0    -10        -10      early
 * B   2024-03-11  2024-04-10  2024-05-10   500.00   0     30         30      late
 * C   2024-06-01  2024-07-01  2024-08-20   200.00  20     50-20=30   30      suspended
 * D   2024-10-31  2024-11-30  -            300.00   0     -          31      unpaid: 12-31 minus 11-30
 * E   2024-11-01  2024-12-01  2025-01-15   100.00   5     -          30      paid after observation: no suspension
 * F   2024-12-10  2025-01-20  2024-12-20   400.00   0    -31        -31      early payment of a 2025 instalment
 * G   2024-01-02  2024-02-01  2024-02-10    50.00   0     excluded
 * H   2024-12-15  2025-02-01  -            250.00   0     -          -       not yet due
 * I   2023-11-01  2023-12-01  2024-01-10  1000.00   0     40         -       due in 2023
 *
 * ITP 2024: A, B, C, F, I: Σamount = 3100.00; Σ(days×amount) = -10000 + 15000 + 6000 - 12400 + 40000 = 38600
 *           38600 / 3100 = 12.4516 → 12.45
 * Q1: A, I: (-10000 + 40000) / 2000 = 15.00; Q2: B: 30.00; Q3: C: 30.00; Q4: F: -31.00
 * annual delay: A, B, C, D, E, F: Σamount = 2500.00; Σ = -10000 + 15000 + 6000 + 9300 + 3000 - 12400 = 10900
 *           10900 / 2500 = 4.36
 * debt at 2024-12-31: outstanding D + E + H = 650.00; overdue D + E = 400.00
 * received in 2024: A B C D E F H = 2750.00 (5 % = 137.50 < 400: no exception)
 * outstanding at 2023-12-31: I = 1000.00; 650 ≤ 900 → passed on the reduction, change -35.00 %
 * </pre>
 */
class IndicatorCalculatorTest {
  static final LocalDate END_2024 = LocalDate.of(2024, 12, 31);

  static final Instalment A = paid("A", "2024-03-01", "2024-03-31", "2024-03-21", "1000.00", 0);
  static final Instalment B = paid("B", "2024-03-11", "2024-04-10", "2024-05-10", "500.00", 0);
  static final Instalment C = paid("C", "2024-06-01", "2024-07-01", "2024-08-20", "200.00", 20);
  static final Instalment D = paid("D", "2024-10-31", "2024-11-30", null, "300.00", 0);
  static final Instalment E = paid("E", "2024-11-01", "2024-12-01", "2025-01-15", "100.00", 5);
  static final Instalment F = paid("F", "2024-12-10", "2025-01-20", "2024-12-20", "400.00", 0);
  static final Instalment G = excluded(paid("G", "2024-01-02", "2024-02-01", "2024-02-10", "50.00", 0));
  static final Instalment H = paid("H", "2024-12-15", "2025-02-01", null, "250.00", 0);
  static final Instalment I = paid("I", "2023-11-01", "2023-12-01", "2024-01-10", "1000.00", 0);
  static final List<Instalment> ALL = List.of(A, B, C, D, E, F, G, H, I);

  @Test
  void itpOfTheYearAndOfEachQuarter() {
    PaymentIndicators result = IndicatorCalculator.calculate(2024, END_2024, ALL);

    assertThat(result.itp().days()).isEqualByComparingTo("12.45");
    assertThat(result.itp().count()).isEqualTo(5);
    assertThat(result.itp().amount()).isEqualByComparingTo("3100.00");
    assertThat(result.itp().weightedDays()).isEqualByComparingTo("38600");
    assertThat(result.itpQuarter(1).days()).isEqualByComparingTo("15.00");
    assertThat(result.itpQuarter(2).days()).isEqualByComparingTo("30.00");
    assertThat(result.itpQuarter(3).days()).isEqualByComparingTo("30.00");
    assertThat(result.itpQuarter(4).days()).isEqualByComparingTo("-31.00");
  }

  @Test
  void annualDelayCountsUnpaidUpToTheObservationDateAndEarlyPaymentsOfNextYear() {
    PaymentIndicators result = IndicatorCalculator.calculate(2024, END_2024, ALL);

    assertThat(result.annualDelay().days()).isEqualByComparingTo("4.36");
    assertThat(result.annualDelay().amount()).isEqualByComparingTo("2500.00");
    assertThat(result.annualDelay().count()).isEqualTo(6);
  }

  @Test
  void annualDelayAsOfMidYearLeavesOutWhatIsNotYetDueOrPaid() {
    // as of 2024-06-30: A (-10 × 1000) and B (30 × 500) only: 5000 / 1500 = 3.333 → 3.33
    PaymentIndicators result = IndicatorCalculator.calculate(2024, LocalDate.of(2024, 6, 30), ALL);

    assertThat(result.annualDelay().days()).isEqualByComparingTo("3.33");
    assertThat(result.annualDelay().count()).isEqualTo(2);
  }

  @Test
  void residualDebtPassesOnTheTenPercentReduction() {
    ResidualDebt debt = IndicatorCalculator.calculate(2024, END_2024, ALL).debt();

    assertThat(debt.outstanding()).isEqualByComparingTo("650.00");
    assertThat(debt.overdue()).isEqualByComparingTo("400.00");
    assertThat(debt.previousOutstanding()).isEqualByComparingTo("1000.00");
    assertThat(debt.receivedInYear()).isEqualByComparingTo("2750.00");
    assertThat(debt.changePercent()).isEqualByComparingTo("-35.00");
    assertThat(debt.basis()).isEqualTo(ResidualDebt.Basis.REDUCTION);
    assertThat(debt.outcome()).isEqualTo(ResidualDebt.Outcome.PASSED);
  }

  @Test
  void residualDebtFailsWithoutReductionAndPassesWithLittleOverdue() {
    // 1000 outstanding at the end of both years, overdue 1000 > 5 % of 1000 received → not passed
    Instalment old = paid("X", "2023-12-01", "2023-12-31", null, "1000.00", 0);
    Instalment recent = paid("Y", "2024-06-01", "2024-07-01", "2024-07-01", "1000.00", 0);
    ResidualDebt notPassed = IndicatorCalculator.calculate(2024, END_2024, List.of(old, recent)).debt();
    assertThat(notPassed.outcome()).isEqualTo(ResidualDebt.Outcome.NOT_PASSED);
    assertThat(notPassed.changePercent()).isEqualByComparingTo("0.00");

    // overdue 40 ≤ 5 % of 1040 received (52) → passed whatever the reduction
    Instalment small = paid("Z", "2024-11-01", "2024-12-01", null, "40.00", 0);
    ResidualDebt passed = IndicatorCalculator.calculate(2024, END_2024, List.of(recent, small)).debt();
    assertThat(passed.basis()).isEqualTo(ResidualDebt.Basis.OVERDUE_WITHIN_5_PERCENT);
    assertThat(passed.outcome()).isEqualTo(ResidualDebt.Outcome.PASSED);

    // nothing before 2024 and too much overdue: not evaluable
    Instalment large = paid("W", "2024-11-01", "2024-12-01", null, "400.00", 0);
    ResidualDebt unknown = IndicatorCalculator.calculate(2024, END_2024, List.of(recent, large)).debt();
    assertThat(unknown.outcome()).isEqualTo(ResidualDebt.Outcome.NOT_EVALUABLE);
    assertThat(unknown.changePercent()).isNull();
  }

  @Test
  void excludedInstalmentsAreCountedApart() {
    PaymentIndicators result = IndicatorCalculator.calculate(2024, END_2024, ALL);

    assertThat(result.instalmentsRead()).isEqualTo(9);
    assertThat(result.excluded().count()).isEqualTo(1);
    assertThat(result.excluded().amount()).isEqualByComparingTo("50.00");
  }

  @Test
  void nothingQualifyingGivesNoValue() {
    PaymentIndicators result = IndicatorCalculator.calculate(2030, LocalDate.of(2030, 12, 31), ALL);

    assertThat(result.itp().days()).isNull();
    assertThat(result.annualDelay().days()).isNull();
  }

  @Test
  void drillDownListsEachContributionOfTheFigure() {
    List<Contribution> rows = IndicatorCalculator.annualDelayContributions(ALL, 2024, END_2024);

    assertThat(rows).extracting(r -> r.instalment().invoice().number()).containsExactly("A", "B", "C", "D", "E", "F");
    Contribution unpaid = rows.get(3);
    assertThat(unpaid.days()).isEqualTo(31);
    assertThat(unpaid.amount()).isEqualByComparingTo("300.00");
    assertThat(unpaid.weighted()).isEqualByComparingTo("9300.00");
    BigDecimal sum = rows.stream().map(Contribution::weighted).reduce(BigDecimal.ZERO, BigDecimal::add);
    assertThat(sum).isEqualByComparingTo("10900");

    List<Contribution> q4 =
        IndicatorCalculator.itpContributions(ALL, LocalDate.of(2024, 10, 1), END_2024);
    assertThat(q4).singleElement().satisfies(r -> assertThat(r.days()).isEqualTo(-31));
  }

  @Test
  void theDrillDownShowsSuspendedDaysOnlyWhereTheyAreTakenOff() {
    Instalment contested = paid("S", "2024-01-01", "2024-02-01", "2024-03-02", "100.00", 10);
    Instalment open = paid("U", "2024-01-01", "2024-11-30", null, "100.00", 5);
    List<Contribution> rows = IndicatorCalculator.annualDelayContributions(List.of(contested, open), 2024, END_2024);
    // paid: 30 days − 10 suspended = 20; still open on 31/12: 31 days, the suspension does not apply
    assertThat(rows).extracting(Contribution::days, Contribution::suspendedDays)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(20L, 10L), org.assertj.core.groups.Tuple.tuple(31L, 0L));
  }

  static Instalment paid(
      String number, String received, String due, String paidOn, String amount, int suspended) {
    return new Instalment(
        new InvoiceRef("IT01234567890", number, 1),
        LocalDate.parse(received),
        LocalDate.parse(due),
        new BigDecimal(amount),
        paidOn == null ? null : LocalDate.parse(paidOn),
        suspended,
        null,
        Set.of(),
        "test:" + number);
  }

  static Instalment excluded(Instalment i) {
    return new Instalment(i.invoice(), i.receiptDate(), i.dueDate(), i.amount(), i.paidDate(), i.suspendedDays(),
        "fattura contestata per intero", i.flags(), i.source());
  }
}
