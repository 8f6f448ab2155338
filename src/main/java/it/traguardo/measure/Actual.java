package it.traguardo.measure;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;

/** An achieved value ("Raggiunto"), read for the kind of its target. */
public sealed interface Actual {

  /** Nothing entered yet. */
  record Missing() implements Actual {}

  /** "SI" / "NO". */
  record YesNo(boolean yes) implements Actual {}

  /** A count, amount, rate or percentage; for percentages 90 means 90%. */
  record Amount(BigDecimal value) implements Actual {}

  /** The date something was done, for DEADLINE targets. */
  record CompletedOn(LocalDate date) implements Actual {}

  /** "Tutti": every item of the population. */
  record All() implements Actual {}

  /** Free text for QUALITATIVE targets, kept for the evaluator. */
  record Note(String text) implements Actual {}

  /** The value "not entered yet". */
  static Actual missing() {
    return new Missing();
  }

  /**
   * Reads what a person typed as achieved value for {@code target}: "SI", "sì", "no", "90%", "1.200",
   * "-3,5", "15/10/2024", "2024-10-15", "Tutti". A blank text is {@link Missing}.
   *
   * @throws InvalidActualException with an Italian message when the text does not fit the target's kind
   */
  static Actual parse(String text, Target target) {
    String s = ItalianText.normalize(text);
    if (s.isEmpty()) {
      return missing();
    }
    return switch (target.kind()) {
      case QUALITATIVE -> new Note(text.strip());
      case BOOLEAN -> yesNo(s, text, "scrivere SI oppure NO");
      case ALL -> all(s, text);
      case DEADLINE -> completedOn(s, text);
      case QUANTITY, PERCENT, RATE -> amount(s, text);
    };
  }

  private static Actual yesNo(String s, String text, String hint) {
    return switch (s) {
      case "si", "sì", "sí" -> new YesNo(true);
      case "no" -> new YesNo(false);
      default -> throw invalid(text, hint);
    };
  }

  private static Actual all(String s, String text) {
    switch (s) {
      case "tutti", "tutte", "tutto":
        return new All();
      case "nessuno", "nessuna":
        return new Amount(BigDecimal.ZERO);
      case "si", "sì", "sí":
        return new YesNo(true);
      case "no":
        return new YesNo(false);
      default:
        BigDecimal percent = number(s);
        if (percent == null) {
          throw invalid(text, "scrivere Tutti, SI, NO oppure una percentuale come 95%");
        }
        return new Amount(percent);
    }
  }

  private static Actual completedOn(String s, String text) {
    DeadlineRule rule = TargetParser.readDate(s, 0);
    if (rule instanceof DeadlineRule.OnDate onDate) {
      return new CompletedOn(onDate.date());
    }
    LocalDate iso = isoDate(s);
    if (iso == null) {
      throw invalid(text, "scrivere la data di completamento, per esempio 15/10/2024");
    }
    return new CompletedOn(iso);
  }

  private static Actual amount(String s, String text) {
    BigDecimal value = number(s);
    if (value == null) {
      throw invalid(text, "scrivere un numero, per esempio 1.200, 95,5% o -3,5");
    }
    return new Amount(value);
  }

  /** A number with an optional "%", "€" or unit word after it ("90%", "5 anni", "3/anno"). */
  private static BigDecimal number(String s) {
    int p = s.startsWith("€") ? 1 : 0;
    while (p < s.length() && s.charAt(p) == ' ') {
      p++;
    }
    ItalianNumbers.Reading reading = ItalianNumbers.read(s, p);
    if (reading == null) {
      return null;
    }
    if (reading.end() < s.length() && ItalianText.isLetter(s.charAt(reading.end()))) {
      return null; // "12abc" is not a number followed by a unit
    }
    String rest = s.substring(reading.end()).strip();
    boolean unitOnly = rest.isEmpty() || rest.equals("%") || rest.equals("€")
        || (rest.startsWith("/") && ItalianText.isWords(rest, 1, rest.length()))
        || ItalianText.isWords(rest, 0, rest.length());
    return unitOnly ? reading.value() : null;
  }

  /** "2024-10-15". */
  private static LocalDate isoDate(String s) {
    if (s.length() != 10 || s.charAt(4) != '-' || s.charAt(7) != '-') {
      return null;
    }
    for (int i = 0; i < s.length(); i++) {
      if (i != 4 && i != 7 && !ItalianText.isDigit(s.charAt(i))) {
        return null;
      }
    }
    try {
      return LocalDate.of(Integer.parseInt(s, 0, 4, 10), Integer.parseInt(s, 5, 7, 10),
          Integer.parseInt(s, 8, 10, 10));
    } catch (DateTimeException notADate) {
      return null;
    }
  }

  private static InvalidActualException invalid(String text, String hint) {
    return new InvalidActualException(text,
        "Valore raggiunto «" + text.strip() + "» non valido: " + hint + ".");
  }
}
