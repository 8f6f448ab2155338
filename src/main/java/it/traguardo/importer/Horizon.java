package it.traguardo.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an "Orizzonte temporale" as plans write it: "2024", "2024-2026", "2024/26", "2024/25/26", "2024, 2025".
 * Two years joined by a dash or slash are a span from the first to the second; three or more are the years listed.
 * Abbreviated years take the century of the first year.
 */
final class Horizon {

  private static final Pattern FULL_YEAR = Pattern.compile("(19|20)\\d\\d");
  private static final Pattern WHOLE = Pattern.compile("((?:19|20)\\d\\d)((?:\\s*[-–/,]\\s*\\d{2,4})*)");
  private static final Pattern PART = Pattern.compile("\\d{2,4}");

  /** A plan horizon beyond this many years is a typing error, not a horizon. */
  private static final int MAX_SPAN = 30;

  private Horizon() {}

  /** The years covered, or an empty list when the text is not a horizon. */
  static List<Integer> years(String text) {
    if (text == null) {
      return List.of();
    }
    String compact = text.strip().replaceAll("\\s+e\\s+", ",");
    Matcher whole = WHOLE.matcher(compact);
    if (!whole.matches()) {
      return List.of();
    }
    int first = Integer.parseInt(whole.group(1));
    List<Integer> listed = new ArrayList<>(List.of(first));
    Matcher part = PART.matcher(whole.group(2));
    while (part.find()) {
      listed.add(expand(part.group(), first));
    }
    for (int i = 1; i < listed.size(); i++) {
      if (listed.get(i) <= listed.get(i - 1) || listed.get(i) - first > MAX_SPAN) {
        return List.of();
      }
    }
    boolean span = listed.size() == 2 && !compact.contains(",");
    if (!span) {
      return List.copyOf(listed);
    }
    List<Integer> years = new ArrayList<>();
    for (int year = listed.get(0); year <= listed.get(1); year++) {
      years.add(year);
    }
    return List.copyOf(years);
  }

  private static int expand(String digits, int first) {
    if (FULL_YEAR.matcher(digits).matches()) {
      return Integer.parseInt(digits);
    }
    int value = Integer.parseInt(digits);
    return digits.length() == 2 ? first / 100 * 100 + value : value;
  }
}
