package it.traguardo.payments.web;

import it.traguardo.payments.DelayIndicator;
import it.traguardo.payments.IndicatorCalculator;
import it.traguardo.payments.Instalment;
import java.math.BigDecimal;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * ITP of each month of a year (instalments paid in the month) as SVG bar geometry, drawn on the server so the page
 * needs no script; the page shows the same figures in a table.
 *
 * @param bars one per month, January first
 * @param zeroY vertical position of the zero line: bars above it are late payments, below it early ones
 */
public record MonthlyDelayChart(List<Bar> bars, double zeroY) {
  static final int WIDTH = 600;
  static final int HEIGHT = 240;
  private static final int MARGIN = 20;
  private static final int SLOT = (WIDTH - 2 * MARGIN) / 12;

  /**
   * @param days mean delay of the month in days; {@code null} when nothing was paid in it
   */
  public record Bar(String month, DelayIndicator indicator, BigDecimal days, double x, double y, double width,
      double height, boolean late) {}

  static MonthlyDelayChart of(List<Instalment> instalments, int year) {
    List<DelayIndicator> months = new ArrayList<>();
    double largest = 0;
    for (int month = 1; month <= 12; month++) {
      YearMonth yearMonth = YearMonth.of(year, month);
      DelayIndicator indicator = DelayIndicator.of(
          IndicatorCalculator.itpContributions(instalments, yearMonth.atDay(1), yearMonth.atEndOfMonth()));
      months.add(indicator);
      if (indicator.days() != null) {
        largest = Math.max(largest, indicator.days().abs().doubleValue());
      }
    }
    double plot = HEIGHT - 2.0 * MARGIN;
    // with late and early months the zero line sits in the middle, otherwise at the edge the bars grow from
    boolean anyEarly = months.stream().anyMatch(m -> m.days() != null && m.days().signum() < 0);
    boolean anyLate = months.stream().anyMatch(m -> m.days() != null && m.days().signum() > 0);
    double zeroY = MARGIN + (anyEarly && anyLate ? plot / 2 : anyEarly ? 0 : plot);
    double scale = largest == 0 ? 0 : (anyEarly && anyLate ? plot / 2 : plot) / largest;
    List<Bar> bars = new ArrayList<>();
    for (int month = 1; month <= 12; month++) {
      DelayIndicator indicator = months.get(month - 1);
      BigDecimal days = indicator.days();
      double length = days == null ? 0 : days.abs().doubleValue() * scale;
      boolean late = days != null && days.signum() > 0;
      String name = Month.of(month).getDisplayName(TextStyle.SHORT, Locale.ITALIAN);
      bars.add(new Bar(name, indicator, days, tenth(MARGIN + (month - 1) * SLOT + SLOT * 0.15),
          tenth(late ? zeroY - length : zeroY), tenth(SLOT * 0.7), tenth(length), late));
    }
    return new MonthlyDelayChart(bars, zeroY);
  }

  /** Coordinates to a tenth of a pixel: enough for the drawing, and short in the markup. */
  private static double tenth(double value) {
    return Math.round(value * 10) / 10.0;
  }

  public int width() {
    return WIDTH;
  }

  public int height() {
    return HEIGHT;
  }

  /** Horizontal centre of a bar's slot, for its month label. */
  public double labelX(Bar bar) {
    return bar.x() + bar.width() / 2;
  }
}
