package it.traguardo.measure;

import java.math.BigDecimal;

/**
 * Reads and writes numbers the Italian way: "1.000" is a thousand, "95,5" has a decimal comma. A lone dot
 * not followed by exactly three digits is taken as a decimal point, because people paste "95.5" too.
 */
final class ItalianNumbers {

  /** Longer numbers are not measures anyone writes; refusing them keeps arithmetic cheap on garbage input. */
  private static final int MAX_DIGITS = 30;

  private ItalianNumbers() {}

  /** A number read from text and the index just after it. */
  record Reading(BigDecimal value, int end) {}

  /**
   * Reads a number starting at {@code from}: optional sign ("-", "+", "- 5"), digits, thousands dots and a
   * decimal comma. Returns null when there is no well-formed number there.
   */
  static Reading read(String s, int from) {
    int i = from;
    int length = s.length();
    boolean negative = false;
    if (i < length && (s.charAt(i) == '-' || s.charAt(i) == '+')) {
      negative = s.charAt(i) == '-';
      i++;
      if (i < length && s.charAt(i) == ' ') {
        i++;
      }
    }
    int start = i;
    int dots = 0;
    int commas = 0;
    int lastSeparator = -1;
    while (i < length) {
      char c = s.charAt(i);
      if (ItalianText.isDigit(c)) {
        i++;
      } else if ((c == '.' || c == ',') && i + 1 < length && ItalianText.isDigit(s.charAt(i + 1))) {
        if (c == '.') {
          dots++;
        } else {
          commas++;
        }
        lastSeparator = i;
        i++;
      } else {
        break;
      }
    }
    if (i == start || !ItalianText.isDigit(s.charAt(start))) {
      return null;
    }
    char decimalSeparator = decimalSeparator(s, start, i, dots, commas, lastSeparator);
    if (decimalSeparator == '?') {
      return null;
    }
    char[] digits = new char[i - start + 1];
    int count = 0;
    if (negative) {
      digits[count++] = '-';
    }
    int significant = 0;
    for (int k = start; k < i; k++) {
      char c = s.charAt(k);
      if (ItalianText.isDigit(c)) {
        digits[count++] = c;
        significant++;
      } else if (c == decimalSeparator) {
        digits[count++] = '.';
      }
    }
    if (significant > MAX_DIGITS) {
      return null;
    }
    return new Reading(canonical(new BigDecimal(digits, 0, count)), i);
  }

  /**
   * Which separator is the decimal one: 'n' for none, '?' when the grouping is not a number (a date such as
   * 31.12.2024 is not a number).
   */
  private static char decimalSeparator(String s, int start, int end, int dots, int commas, int last) {
    if (dots == 0 && commas == 0) {
      return 'n';
    }
    if (dots > 0 && commas > 0) {
      char decimal = s.charAt(last);
      char grouping = decimal == ',' ? '.' : ',';
      if ((decimal == ',' ? commas : dots) != 1) {
        return '?';
      }
      return isGrouped(s, start, last, grouping) ? decimal : '?';
    }
    char only = dots > 0 ? '.' : ',';
    int occurrences = Math.max(dots, commas);
    if (occurrences == 1) {
      // "1.000" is a thousand in Italian; "1,000" is one with three decimals.
      boolean threeAfter = end - last - 1 == 3;
      return only == '.' && threeAfter && last - start <= 3 ? 'n' : only;
    }
    return isGrouped(s, start, end, only) ? 'n' : '?';
  }

  /** True when the digits in [start, end) are split by {@code grouping} into a head of 1–3 and groups of 3. */
  private static boolean isGrouped(String s, int start, int end, char grouping) {
    int group = 0;
    boolean head = true;
    for (int k = start; k < end; k++) {
      if (s.charAt(k) == grouping) {
        if ((head && (group < 1 || group > 3)) || (!head && group != 3)) {
          return false;
        }
        head = false;
        group = 0;
      } else {
        group++;
      }
    }
    return head || group == 3;
  }

  /** No trailing zeros and never an exponent: 2000.00 and 2E+3 both become 2000. */
  static BigDecimal canonical(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  /** Italian format: thousands dot, decimal comma, no trailing zeros (1.234,56). */
  static String format(BigDecimal value) {
    String plain = canonical(value).toPlainString();
    boolean negative = plain.startsWith("-");
    String unsigned = negative ? plain.substring(1) : plain;
    int point = unsigned.indexOf('.');
    String integer = point < 0 ? unsigned : unsigned.substring(0, point);
    StringBuilder out = new StringBuilder(plain.length() + integer.length() / 3 + 1);
    if (negative) {
      out.append('-');
    }
    for (int k = 0; k < integer.length(); k++) {
      if (k > 0 && (integer.length() - k) % 3 == 0) {
        out.append('.');
      }
      out.append(integer.charAt(k));
    }
    if (point >= 0) {
      out.append(',').append(unsigned, point + 1, unsigned.length());
    }
    return out.toString();
  }
}
