package it.traguardo.measure;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The calendar of named deadlines an ente keeps per year ("la scadenza fiscale" of 2024 may fall on
 * 30/04/2025). Names match whatever the case, accents or leading article: "Scadenza fiscale" finds
 * "la scadenza fiscale". Immutable: {@link #with} returns a new calendar.
 */
public final class NamedDates {

  private static final String[] ARTICLES = {"il ", "lo ", "la ", "i ", "gli ", "le ", "l'"};

  private static final NamedDates EMPTY = new NamedDates(Map.of());

  private final Map<String, LocalDate> dates;

  private NamedDates(Map<String, LocalDate> dates) {
    this.dates = dates;
  }

  /** A calendar with no dates: every named deadline is then not evaluable. */
  public static NamedDates empty() {
    return EMPTY;
  }

  /** This calendar plus the date of {@code name} for the measured {@code year}. */
  public NamedDates with(int year, String name, LocalDate date) {
    String key = key(year, name);
    if (date == null || key.endsWith("|")) {
      throw new IllegalArgumentException("Indicare il nome della scadenza e la sua data");
    }
    Map<String, LocalDate> copy = new HashMap<>(dates);
    copy.put(key, date);
    return new NamedDates(Map.copyOf(copy));
  }

  /** The date of {@code name} for the measured {@code year}, if the ente has entered it. */
  public Optional<LocalDate> dateOf(String name, int year) {
    return dates.isEmpty() ? Optional.empty() : Optional.ofNullable(dates.get(key(year, name)));
  }

  /** "2024|scadenza fiscale"; ends with "|" when the name is blank. */
  private static String key(int year, String name) {
    return year + "|" + withoutArticle(ItalianText.fold(name));
  }

  private static String withoutArticle(String name) {
    for (String article : ARTICLES) {
      if (name.startsWith(article)) {
        return name.substring(article.length()).trim();
      }
    }
    return name;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof NamedDates that && dates.equals(that.dates);
  }

  @Override
  public int hashCode() {
    return dates.hashCode();
  }

  @Override
  public String toString() {
    return "NamedDates" + dates;
  }
}
