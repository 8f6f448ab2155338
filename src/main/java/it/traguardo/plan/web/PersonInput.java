package it.traguardo.plan.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/** What people type in forms: dates as 31/01/2024 or 2024-01-31. */
final class PersonInput {

  private static final DateTimeFormatter ITALIAN = DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);

  private PersonInput() {}

  /** The date, or null when the text is blank or not a date. */
  static LocalDate date(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String value = text.strip();
    try {
      return value.contains("/") ? LocalDate.parse(value, ITALIAN) : LocalDate.parse(value);
    } catch (DateTimeParseException notADate) {
      return null;
    }
  }
}
