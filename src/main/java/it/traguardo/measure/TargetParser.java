package it.traguardo.measure;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Reads target texts with a hand-written scanner: targets are parsed by the thousand when plans are imported
 * and previewed, and regular expressions would cost more than the scoring itself.
 */
final class TargetParser {

  private static final BigDecimal YES = BigDecimal.ONE;
  private static final BigDecimal NO = BigDecimal.ZERO;
  private static final String PERCENT_UNIT = "%";
  private static final String EURO = "euro";
  /** Longer tails are conditions or explanations, not units: the target is then qualitative. */
  private static final int MAX_UNIT_LENGTH = 30;
  private static final int MAX_UNIT_WORDS = 3;

  /** Comparator phrases by first character, longest first so "minore di" wins over "min". */
  private static final ComparatorPhrase[][] PHRASES_BY_FIRST_CHAR = comparatorPhrases();

  /** Words after a number that make it a rate, mapped to the period kept as unit. */
  private static final Map<String, String> PERIODS = Map.ofEntries(
      Map.entry("anno", "anno"), Map.entry("annuo", "anno"), Map.entry("annui", "anno"),
      Map.entry("annua", "anno"), Map.entry("annue", "anno"), Map.entry("annuale", "anno"),
      Map.entry("annuali", "anno"), Map.entry("mese", "mese"), Map.entry("mensile", "mese"),
      Map.entry("mensili", "mese"), Map.entry("settimana", "settimana"),
      Map.entry("settimanale", "settimana"), Map.entry("settimanali", "settimana"),
      Map.entry("trimestre", "trimestre"), Map.entry("trimestrale", "trimestre"),
      Map.entry("trimestrali", "trimestre"), Map.entry("semestre", "semestre"),
      Map.entry("semestrale", "semestre"), Map.entry("semestrali", "semestre"),
      Map.entry("giorno", "giorno"), Map.entry("giornaliero", "giorno"),
      Map.entry("giornalieri", "giorno"), Map.entry("die", "giorno"));

  /** What may stand between a number and its period: "2/annuo", "2 all'anno", "1 volta al mese". */
  private static final String[] PERIOD_LINKS = {
    "/", "all'", "al ", "alla ", "allo ", "l'", "la ", "il ", "per ", "ogni ", "a "
  };

  /** What may follow a day and month without a year, and which year it then means. */
  private static final String[] YEAR_TAILS = {
    "dell'anno precedente", "anno precedente", "dell'anno prima", "dell'anno successivo", "anno successivo",
    "dell'anno in corso", "dell'anno corrente", "di ogni anno", "di ciascun anno", "dell'anno"
  };
  private static final int[] YEAR_TAIL_OFFSETS = {-1, -1, -1, 1, 1, 0, 0, 0, 0, 0};

  private static final String[] ARTICLES_BEFORE_NUMBERS = {"il ", "lo ", "l'"};

  private static final String[] MONTHS = {
    "gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno",
    "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"
  };

  private TargetParser() {}

  static Target parse(String text) {
    String original = text == null ? "" : text;
    String s = ItalianText.normalize(original);
    if (s.isEmpty()) {
      return qualitative(original);
    }
    switch (s) {
      case "si", "sì", "sí":
        return new Target(original, TargetKind.BOOLEAN, null, YES, null, null);
      case "no":
        return new Target(original, TargetKind.BOOLEAN, null, NO, null, null);
      case "tutti", "tutte", "tutto", "tutti/e", "tutte/i":
        return new Target(original, TargetKind.ALL, null, null, null, null);
      default:
        break;
    }
    Target target = deadline(original, s);
    if (target == null) {
      target = numeric(original, s);
    }
    return target != null ? target : qualitative(original);
  }

  private static Target qualitative(String original) {
    return new Target(original, TargetKind.QUALITATIVE, null, null, null, null);
  }

  // ---- deadlines ------------------------------------------------------------------------------------------

  /** "[words] entro [il] date [tail]" or "[words] entro named deadline"; null when it is not a deadline. */
  private static Target deadline(String original, String s) {
    int at = s.startsWith("entro ") ? 0 : s.indexOf(" entro ");
    if (at < 0) {
      return null;
    }
    if (at > 0 && !ItalianText.isWords(s, 0, at)) {
      return null;
    }
    int from = at == 0 ? 6 : at + 7;
    if (from >= s.length()) {
      return null;
    }
    DeadlineRule rule = readDate(s, from);
    if (rule == null && startsLikeDate(s, from)) {
      return qualitative(original); // "Entro 31.12 se finanziato": a condition only the evaluator can judge
    }
    if (rule == null && ItalianText.isWords(s, from, s.length())) {
      rule = new DeadlineRule.Named(s.substring(from));
    }
    return rule == null ? null : new Target(original, TargetKind.DEADLINE, null, null, null, rule);
  }

  /** "31.12…", "il 30/4…": a day and a month, whatever follows. */
  private static boolean startsLikeDate(String s, int from) {
    int p = s.startsWith("il ", from) ? from + 3 : from;
    int dayEnd = digitsEnd(s, p, 2);
    if (dayEnd == p || dayEnd + 1 >= s.length() || ".-/".indexOf(s.charAt(dayEnd)) < 0) {
      return false;
    }
    int monthEnd = digitsEnd(s, dayEnd + 1, 2);
    return monthEnd > dayEnd + 1 && (monthEnd == s.length() || !ItalianText.isDigit(s.charAt(monthEnd)));
  }

  /** A date rule filling {@code s} from {@code from} to the end, or null. */
  static DeadlineRule readDate(String s, int from) {
    int p = from;
    if (s.startsWith("il ", p)) {
      p += 3;
    } else if (s.startsWith("l'", p)) {
      p += 2;
    }
    int n = s.length();
    int dayEnd = digitsEnd(s, p, 2);
    if (dayEnd == p || dayEnd >= n) {
      return null;
    }
    int day = Integer.parseInt(s, p, dayEnd, 10);
    char separator = s.charAt(dayEnd);
    p = dayEnd + 1;
    int month;
    if (separator == ' ') {
      month = monthNamed(s, p);
      if (month == 0) {
        return null;
      }
      p += MONTHS[month - 1].length();
    } else if (separator == '.' || separator == '/' || separator == '-') {
      int monthEnd = digitsEnd(s, p, 2);
      if (monthEnd == p) {
        return null;
      }
      month = Integer.parseInt(s, p, monthEnd, 10);
      p = monthEnd;
    } else {
      return null;
    }
    List<Integer> years = new ArrayList<>(3);
    int firstYearEnd = firstYear(s, p, separator == ' ', years);
    if (firstYearEnd > 0) {
      p = otherYears(s, firstYearEnd, years);
    }
    int yearOffset = 0;
    if (years.isEmpty()) {
      int[] tail = yearTail(s, p);
      yearOffset = tail[0];
      p = tail[1];
    }
    if (p < n && s.charAt(p) == '.') {
      p++;
    }
    if (p != n) {
      return null;
    }
    try {
      MonthDay monthDay = MonthDay.of(month, day);
      if (years.isEmpty()) {
        return new DeadlineRule.DayOfYear(monthDay, yearOffset);
      }
      if (years.size() == 1) {
        return new DeadlineRule.OnDate(LocalDate.of(years.get(0), month, day));
      }
      return new DeadlineRule.EachListedYear(monthDay, sortedDistinct(years));
    } catch (DateTimeException notADate) {
      return null;
    }
  }

  private static List<Integer> sortedDistinct(List<Integer> years) {
    List<Integer> sorted = new ArrayList<>(years.size());
    for (Integer year : years) {
      int at = 0;
      while (at < sorted.size() && sorted.get(at) < year) {
        at++;
      }
      if (at == sorted.size() || !sorted.get(at).equals(year)) {
        sorted.add(at, year);
      }
    }
    return sorted;
  }

  /** Reads ".2024", "/24" (or " 2024" after a month name); returns the index after it, or 0. */
  private static int firstYear(String s, int p, boolean afterMonthName, List<Integer> years) {
    if (p >= s.length()) {
      return 0;
    }
    char c = s.charAt(p);
    boolean separated = afterMonthName ? c == ' ' : c == '.' || c == '/' || c == '-';
    if (!separated) {
      return 0;
    }
    int end = digitsEnd(s, p + 1, 4);
    int length = end - p - 1;
    if ((length != 4 && length != 2) || (end < s.length() && ItalianText.isDigit(s.charAt(end)))) {
      return 0;
    }
    int year = Integer.parseInt(s, p + 1, end, 10);
    years.add(length == 2 ? 2000 + year : year);
    return end;
  }

  /** Reads "-2025-2026", ", 2025 e 2026" after the first year; returns the index after the last one. */
  private static int otherYears(String s, int p, List<Integer> years) {
    int n = s.length();
    while (p < n) {
      int q = skipSpaces(s, p);
      if (q < n && (s.charAt(q) == '-' || s.charAt(q) == '/' || s.charAt(q) == ',')) {
        q = skipSpaces(s, q + 1);
      } else if (s.startsWith("e ", q)) {
        q += 2;
      }
      int end = digitsEnd(s, q, 4);
      if (end - q != 4 || (end < n && ItalianText.isDigit(s.charAt(end)))) {
        return p;
      }
      years.add(Integer.parseInt(s, q, end, 10));
      p = end;
    }
    return p;
  }

  /** "anno precedente" and the like after a day and month: {year offset, index after}. */
  private static int[] yearTail(String s, int p) {
    int q = skipSpaces(s, p);
    for (int i = 0; i < YEAR_TAILS.length; i++) {
      if (s.startsWith(YEAR_TAILS[i], q)) {
        return new int[] {YEAR_TAIL_OFFSETS[i], q + YEAR_TAILS[i].length()};
      }
    }
    return new int[] {0, p};
  }

  private static int monthNamed(String s, int p) {
    for (int m = 0; m < MONTHS.length; m++) {
      if (s.startsWith(MONTHS[m], p)) {
        int end = p + MONTHS[m].length();
        if (end == s.length() || !ItalianText.isLetter(s.charAt(end))) {
          return m + 1;
        }
      }
    }
    return 0;
  }

  private static int digitsEnd(String s, int p, int max) {
    int end = p;
    while (end < s.length() && end - p < max && ItalianText.isDigit(s.charAt(end))) {
      end++;
    }
    return end;
  }

  // ---- numbers --------------------------------------------------------------------------------------------

  /** "[comparator] [article] [€] number [unit | % | /period]"; null when the text is not of that shape. */
  private static Target numeric(String original, String s) {
    int n = s.length();
    int p = 0;
    TargetComparator comparator = null;
    ComparatorPhrase phrase = comparatorAt(s);
    if (phrase != null) {
      comparator = phrase.comparator();
      p = skipSpaces(s, phrase.text().length());
      // "Max – 5 anni": after a word the dash separates, it is not a minus sign.
      if (phrase.isWord() && s.startsWith("- ", p)) {
        p = skipSpaces(s, p + 2);
      }
    }
    p = skipArticle(s, p);
    boolean euro = false;
    if (p < n && s.charAt(p) == '€') {
      euro = true;
      p = skipSpaces(s, p + 1);
    }
    ItalianNumbers.Reading number = ItalianNumbers.read(s, p);
    if (number == null) {
      return null;
    }
    BigDecimal value = number.value();
    p = skipSpaces(s, number.end());
    if (p == n) {
      return new Target(original, TargetKind.QUANTITY, comparator, value, euro ? EURO : null, null);
    }
    String rest = s.substring(p);
    if (euro) {
      return null;
    }
    if (rest.equals("%") || rest.equals("per cento") || rest.equals("percento")) {
      return new Target(original, TargetKind.PERCENT, comparator, value, PERCENT_UNIT, null);
    }
    if (rest.equals("€") || rest.equals("euro") || rest.equals("eur")) {
      return new Target(original, TargetKind.QUANTITY, comparator, value, EURO, null);
    }
    String period = period(rest);
    if (period != null) {
      return new Target(original, TargetKind.RATE, comparator, value, period, null);
    }
    if (rest.length() <= MAX_UNIT_LENGTH && ItalianText.isWords(rest, 0, rest.length())
        && wordCount(rest) <= MAX_UNIT_WORDS) {
      return new Target(original, TargetKind.QUANTITY, comparator, value, rest, null);
    }
    return null;
  }

  /** The canonical period of "/annuo", "all'anno", "volte al mese", "annui"; null when there is none. */
  private static String period(String rest) {
    String r = rest;
    if (r.startsWith("volte ") || r.startsWith("volta ")) {
      r = r.substring(6);
    }
    for (String link : PERIOD_LINKS) {
      if (r.startsWith(link)) {
        String word = r.substring(link.length()).trim();
        if (word.startsWith("l'")) {
          word = word.substring(2);
        }
        String period = PERIODS.get(word);
        if (period != null) {
          return period;
        }
      }
    }
    return PERIODS.get(r);
  }

  private static int wordCount(String words) {
    int count = 1;
    for (int i = 0; i < words.length(); i++) {
      if (words.charAt(i) == ' ') {
        count++;
      }
    }
    return count;
  }

  private static int skipArticle(String s, int p) {
    for (String article : ARTICLES_BEFORE_NUMBERS) {
      if (s.startsWith(article, p)) {
        int after = p + article.length();
        if (after < s.length() && (ItalianText.isDigit(s.charAt(after)) || s.charAt(after) == '€')) {
          return after;
        }
      }
    }
    return p;
  }

  private static int skipSpaces(String s, int p) {
    while (p < s.length() && s.charAt(p) == ' ') {
      p++;
    }
    return p;
  }

  // ---- comparators ----------------------------------------------------------------------------------------

  private record ComparatorPhrase(String text, TargetComparator comparator) {
    boolean isWord() {
      return ItalianText.isLetter(text.charAt(text.length() - 1));
    }

    boolean matches(String s) {
      if (!s.startsWith(text)) {
        return false;
      }
      // "min" must not match "minore": a word phrase ends where a word ends.
      return !isWord() || s.length() == text.length() || !ItalianText.isLetter(s.charAt(text.length()));
    }
  }

  private static ComparatorPhrase comparatorAt(String s) {
    char first = s.charAt(0);
    if (first >= PHRASES_BY_FIRST_CHAR.length) {
      return null;
    }
    for (ComparatorPhrase phrase : PHRASES_BY_FIRST_CHAR[first]) {
      if (phrase.matches(s)) {
        return phrase;
      }
    }
    return null;
  }

  private static ComparatorPhrase[][] comparatorPhrases() {
    List<ComparatorPhrase> phrases = new ArrayList<>();
    add(phrases, TargetComparator.GE, "almeno", "non meno di", "non inferiore a", "minimo", "min",
        "maggiore o uguale a", "superiore o uguale a", "pari o superiore a", "uguale o superiore a",
        ">=", "=>");
    add(phrases, TargetComparator.LE, "al più", "al piu", "al massimo", "massimo", "max", "non oltre",
        "non più di", "non piu di", "fino a", "entro", "minore o uguale a", "inferiore o uguale a",
        "pari o inferiore a", "uguale o inferiore a", "non superiore a", "<=", "=<");
    add(phrases, TargetComparator.LT, "meno di", "minore di", "inferiore a", "<");
    add(phrases, TargetComparator.GT, "più di", "piu di", "oltre", "maggiore di", "superiore a", ">");
    add(phrases, TargetComparator.EQ, "esattamente", "pari a", "uguale a", "=");
    phrases.sort(Comparator.comparingInt((ComparatorPhrase phrase) -> phrase.text().length()).reversed());
    ComparatorPhrase[][] byFirstChar = new ComparatorPhrase[128][];
    for (char c = 0; c < 128; c++) {
      char first = c;
      byFirstChar[c] = phrases.stream().filter(phrase -> phrase.text().charAt(0) == first)
          .toArray(ComparatorPhrase[]::new);
    }
    return byFirstChar;
  }

  /** Adds each phrase and, for those ending in "di" or "a", the forms with the article ("più del 95%"). */
  private static void add(List<ComparatorPhrase> phrases, TargetComparator comparator, String... texts) {
    for (String text : texts) {
      phrases.add(new ComparatorPhrase(text, comparator));
      List<String> articled = text.endsWith(" di") ? List.of("del", "dello", "dell'")
          : text.endsWith(" a") ? List.of("al", "allo", "all'") : List.of();
      String head = text.substring(0, text.lastIndexOf(' ') + 1);
      for (String preposition : articled) {
        phrases.add(new ComparatorPhrase(head + preposition, comparator));
      }
    }
  }
}
