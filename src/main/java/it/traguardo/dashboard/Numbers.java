package it.traguardo.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Numbers as Italian readers write them: "1.234,56 %". */
final class Numbers {

  private Numbers() {}

  static String percent(BigDecimal value) {
    DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ITALY));
    return format.format(value.setScale(2, RoundingMode.HALF_UP)) + " %";
  }
}
