package it.traguardo.evaluation;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Numbers as Italian users read them in messages: 42,86 · 1.234,5 · € 1.234,56. */
final class Numbers {

  private Numbers() {}

  /** Without useless zeros, up to four decimals: 60 · 42,86 · 29,995 · 1.234,5. */
  static String italian(BigDecimal value) {
    DecimalFormat format = new DecimalFormat("#,##0.####", DecimalFormatSymbols.getInstance(Locale.ITALY));
    return format.format(value);
  }

  /** Euro to the cent: € 1.234,56. */
  static String euro(BigDecimal value) {
    DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ITALY));
    return "€ " + format.format(value);
  }
}
