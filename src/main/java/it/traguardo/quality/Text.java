package it.traguardo.quality;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/** Comparing what people write: case, accents, punctuation and spacing do not count. */
final class Text {

  private Text() {}

  /** Lower case, no accents, every run of punctuation or space as one space. */
  static String fold(String text) {
    if (text == null) {
      return "";
    }
    String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip();
  }

  static boolean same(String a, String b) {
    return fold(a).equals(fold(b));
  }

  /**
   * Whether the text has a word starting with one of the stems, given folded ("accessibil", "pari opportunit"); a
   * stem ending with a space must be a whole word ("cug ").
   */
  static boolean mentions(String text, List<String> stems) {
    String padded = " " + fold(text) + " ";
    return stems.stream().anyMatch(stem -> padded.contains(" " + stem));
  }

  static boolean isBlank(String text) {
    return text == null || text.isBlank();
  }

  /** Sorts objective numbers as numbers, plan-level (null) first and odd numbers last. */
  static long objectiveOrder(String number) {
    if (number == null) {
      return -1;
    }
    try {
      return Long.parseLong(number.strip());
    } catch (NumberFormatException e) {
      return Long.MAX_VALUE;
    }
  }
}
