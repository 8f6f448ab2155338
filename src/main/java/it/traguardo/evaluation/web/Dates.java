package it.traguardo.evaluation.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** A date typed or picked in a form: 31/12/2024 as Italians write it, or 2024-12-31 as date fields send it. */
final class Dates {

  private static final DateTimeFormatter ITALIAN = DateTimeFormatter.ofPattern("d/M/uuuu");

  private Dates() {}

  static Optional<LocalDate> parse(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    String value = text.strip();
    try {
      return Optional.of(value.contains("/") ? LocalDate.parse(value, ITALIAN) : LocalDate.parse(value));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
