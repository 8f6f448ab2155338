package it.traguardo.measure;

/** Normalises what people type so that the parsers compare like with like. */
final class ItalianText {

  private ItalianText() {}

  /**
   * Lower case, single spaces, no leading or trailing blanks; dashes, typographic apostrophes and the
   * "≤ ≥" signs are folded to their ASCII spelling. Accents are kept, so words can be shown back as written.
   */
  static String normalize(String text) {
    if (text == null) {
      return "";
    }
    if (isNormalized(text)) {
      return text; // most targets ("100%", "< 5", "2/annuo") need no copy
    }
    StringBuilder out = new StringBuilder(text.length() + 2);
    boolean pendingSpace = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        pendingSpace = out.length() > 0;
        continue;
      }
      if (pendingSpace) {
        out.append(' ');
        pendingSpace = false;
      }
      switch (c) {
        case '\u2013', '\u2014', '\u2212', '\u2010', '\u2011', '\u2012' -> out.append('-');
        case '\u2019', '\u2018', '`', '\u00b4' -> out.append('\'');
        case '\u2264' -> out.append("<=");
        case '\u2265' -> out.append(">=");
        default -> out.append(c < 128 ? asciiLower(c) : Character.toLowerCase(c));
      }
    }
    return out.toString();
  }

  private static boolean isNormalized(String text) {
    int last = text.length() - 1;
    if (last < 0 || text.charAt(0) == ' ' || text.charAt(last) == ' ') {
      return last < 0;
    }
    for (int i = 0; i <= last; i++) {
      char c = text.charAt(i);
      boolean changed = c < ' ' || c >= 128 || (c >= 'A' && c <= 'Z') || c == '`'
          || (c == ' ' && text.charAt(i - 1) == ' ');
      if (changed) {
        return false;
      }
    }
    return true;
  }

  /** Same as {@link #normalize} and accents removed: for matching words such as "criticità" or "più". */
  static String fold(String text) {
    String normalized = normalize(text);
    StringBuilder out = new StringBuilder(normalized.length());
    for (int i = 0; i < normalized.length(); i++) {
      out.append(withoutAccent(normalized.charAt(i)));
    }
    return out.toString();
  }

  static char withoutAccent(char c) {
    return switch (c) {
      case 'à', 'á', 'â', 'ä' -> 'a';
      case 'è', 'é', 'ê', 'ë' -> 'e';
      case 'ì', 'í', 'î', 'ï' -> 'i';
      case 'ò', 'ó', 'ô', 'ö' -> 'o';
      case 'ù', 'ú', 'û', 'ü' -> 'u';
      default -> c;
    };
  }

  static boolean isLetter(char c) {
    return Character.isLetter(c);
  }

  static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** True when {@code s} is made of words of letters (apostrophes allowed) separated by single spaces. */
  static boolean isWords(String s, int from, int to) {
    if (from >= to) {
      return false;
    }
    boolean sawLetter = false;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (isLetter(c)) {
        sawLetter = true;
      } else if (c != ' ' && c != '\'') {
        return false;
      }
    }
    return sawLetter;
  }

  private static char asciiLower(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
  }
}
