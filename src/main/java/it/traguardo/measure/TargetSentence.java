package it.traguardo.measure;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.stream.Collectors;

/**
 * Writes a target as a short Italian sentence that {@link TargetParser} reads back to the same target, so the
 * same words can be shown on pages and typed by users.
 */
final class TargetSentence {

  static final DateTimeFormatter ITALIAN_DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu");

  private TargetSentence() {}

  static String of(Target target, int year) {
    return switch (target.kind()) {
      case QUALITATIVE -> target.text().strip();
      case BOOLEAN -> target.value() != null && target.value().signum() == 0 ? "no" : "sì";
      case ALL -> "tutti";
      case DEADLINE -> deadline(target.deadline(), year);
      case PERCENT -> percent(target.comparator(), target.value());
      case QUANTITY -> prefix(target.comparator())
          + ItalianNumbers.format(target.value())
          + (target.unit() == null ? "" : " " + target.unit());
      case RATE -> prefix(target.comparator())
          + ItalianNumbers.format(target.value()) + " " + perPeriod(target.unit());
    };
  }

  private static String deadline(DeadlineRule rule, int year) {
    if (rule instanceof DeadlineRule.Named named) {
      return "entro " + named.name();
    }
    if (rule instanceof DeadlineRule.EachListedYear each && !each.years().contains(year)) {
      // The year measured has no deadline of its own: show the whole rule, which reads back the same.
      return String.format("entro il %02d/%02d/", each.day().getDayOfMonth(), each.day().getMonthValue())
          + each.years().stream().map(String::valueOf).collect(Collectors.joining("-"));
    }
    LocalDate date = rule.dateFor(year, NamedDates.empty()).orElseThrow();
    return "entro il " + ITALIAN_DATE.format(date);
  }

  private static String prefix(TargetComparator comparator) {
    return comparator == null ? "" : comparator.words() + " ";
  }

  /** "almeno l'80%", "più del 95%", "meno dello 0%", "90%". */
  private static String percent(TargetComparator comparator, BigDecimal value) {
    String number = ItalianNumbers.format(value) + "%";
    if (comparator == null) {
      return number;
    }
    if (value.signum() < 0) {
      return comparator.words() + " " + number;
    }
    String article = article(value);
    return switch (comparator) {
      case LT -> "meno " + withDi(article) + number;
      case GT -> "più " + withDi(article) + number;
      default -> comparator.words() + " " + article + number;
    };
  }

  /** The article Italian puts before a number as read aloud: "lo 0%", "l'80%", "l'11%", "il 90%". */
  private static String article(BigDecimal value) {
    String integer = value.toBigInteger().toString();
    char first = integer.charAt(0);
    if (integer.equals("0")) {
      return "lo ";
    }
    boolean vowelSound = first == '8' || integer.equals("1") || integer.equals("11")
        || (integer.length() == 5 && integer.startsWith("11"));
    return vowelSound ? "l'" : "il ";
  }

  private static String withDi(String article) {
    return switch (article) {
      case "lo " -> "dello ";
      case "l'" -> "dell'";
      default -> "del ";
    };
  }

  private static String perPeriod(String period) {
    return switch (period) {
      case "anno" -> "all'anno";
      case "settimana" -> "alla settimana";
      default -> "al " + period;
    };
  }
}
