package it.traguardo.payments;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;

/** Lenient parsing of the dates and amounts found in exports: returns {@code null} instead of throwing. */
final class Values {
  private Values() {}

  /** {@code yyyy-mm-dd} or {@code dd/mm/yyyy}; hand-written because it runs once per row of large registers. */
  static LocalDate date(String text) {
    int length = text.length();
    try {
      if (length == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
        return LocalDate.of(digits(text, 0, 4), digits(text, 5, 7), digits(text, 8, 10));
      }
      if (length == 10 && text.charAt(2) == '/' && text.charAt(5) == '/') {
        return LocalDate.of(digits(text, 6, 10), digits(text, 3, 5), digits(text, 0, 2));
      }
    } catch (DateTimeException | NumberFormatException e) {
      return null;
    }
    return null;
  }

  private static int digits(String text, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        throw new NumberFormatException(text);
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  /**
   * Decimal comma or point, optional thousands separators ({@code 1.234,56}, {@code 1,234.56}): when both marks
   * appear the last one is the decimal mark; a single kind of mark is the decimal mark. No exponents; at most 17
   * digits.
   */
  static BigDecimal amount(String text) {
    int lastComma = text.lastIndexOf(',');
    int lastPoint = text.lastIndexOf('.');
    char decimalMark = lastComma > lastPoint ? ',' : '.';
    boolean bothMarks = lastComma >= 0 && lastPoint >= 0;
    // digits accumulate into a long: registers have a million amounts, and BigDecimal(String) is the slow path
    long unscaled = 0;
    int digits = 0;
    int scale = -1;
    boolean negative = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        if (++digits > 17) {
          return null;
        }
        unscaled = unscaled * 10 + (c - '0');
        if (scale >= 0) {
          scale++;
        }
      } else if (c == '-' && i == 0) {
        negative = true;
      } else if (c == decimalMark && (!bothMarks || i == Math.max(lastComma, lastPoint))) {
        if (scale >= 0) {
          return null;
        }
        scale = 0;
      } else if (!(bothMarks && (c == ',' || c == '.') && scale < 0)) {
        return null; // anything but a thousands separator before the decimal mark
      }
    }
    if (digits == 0) {
      return null;
    }
    return BigDecimal.valueOf(negative ? -unscaled : unscaled, Math.max(scale, 0));
  }
}
