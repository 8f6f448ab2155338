package it.traguardo.evaluation;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A number typed by a person, in either form: Italian ("1.234,56", "85,5", "€ 2.000") or with a decimal point
 * ("1234.56", "85.5"). A lone dot followed by exactly three digits groups thousands, as in Italian ("2.000" is two
 * thousand); any other lone separator is the decimal one.
 */
public final class ItalianDecimal {

  private static final Pattern ITALIAN = Pattern.compile("-?\\d{1,3}(\\.\\d{3})*(,\\d+)?|-?\\d+(,\\d+)?");
  private static final Pattern POINT = Pattern.compile("-?\\d{1,3}(,\\d{3})*(\\.\\d+)?|-?\\d+(\\.\\d+)?");
  private static final Pattern THOUSANDS = Pattern.compile("-?\\d{1,3}(\\.\\d{3})+");

  private ItalianDecimal() {}

  /** The number, or empty when the text is not one. */
  public static Optional<BigDecimal> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String s = text.strip().replace("€", "").replace("%", "").replace(" ", "").replace("\u00a0", "");
    if (s.isEmpty()) {
      return Optional.empty();
    }
    boolean comma = s.indexOf(',') >= 0;
    boolean dot = s.indexOf('.') >= 0;
    if (THOUSANDS.matcher(s).matches() || (comma && (!dot || s.lastIndexOf(',') > s.lastIndexOf('.')))) {
      return ITALIAN.matcher(s).matches()
          ? Optional.of(new BigDecimal(s.replace(".", "").replace(',', '.')))
          : Optional.empty();
    }
    return POINT.matcher(s).matches() ? Optional.of(new BigDecimal(s.replace(",", ""))) : Optional.empty();
  }
}
