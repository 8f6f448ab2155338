package it.traguardo.monitoring;

import it.traguardo.plan.PhaseStatus;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/**
 * What a responsabile reports about a phase in a year: its status, when it started and was completed, a note.
 * Read from what a person or a client wrote, with the rules that keep it coherent.
 */
public record PhaseReport(PhaseStatus status, LocalDate startedOn, LocalDate completedOn, String note) {

  static final int MAX_NOTE = 2000;

  private static final DateTimeFormatter ITALIAN = DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);
  private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/uuuu");

  /** A report, or the field that is wrong and why. */
  public sealed interface Reading {
    record Valid(PhaseReport report) implements Reading {}

    /** @param field the field as the API names it: status, startedOn, completedOn, note */
    record Invalid(String field, String message) implements Reading {}
  }

  /**
   * Reads a report. Dates as 31/12/2024 or 2024-12-31. A completed phase needs its completion date, which only a
   * completed phase has, not before the start nor after today; a phase that has started (in corso, in ritardo,
   * completata) cannot start in the future, and one still to start cannot have started already.
   */
  public static Reading read(String status, String startedOn, String completedOn, String note, LocalDate today) {
    if (status == null || status.isBlank()) {
      return new Reading.Invalid("status", "Indicare lo stato della fase: da avviare, in corso, completata o in ritardo.");
    }
    PhaseStatus phase = PhaseStatus.of(status).orElse(null);
    if (phase == null) {
      return new Reading.Invalid(
          "status", "Stato «" + status.strip() + "» sconosciuto: attesi da avviare, in corso, completata o in ritardo.");
    }
    LocalDate started;
    LocalDate completed;
    try {
      started = date(startedOn);
    } catch (DateTimeParseException e) {
      return new Reading.Invalid("startedOn", "Data di inizio «" + startedOn.strip() + "» non valida: scrivere per esempio 15/03/2024.");
    }
    try {
      completed = date(completedOn);
    } catch (DateTimeParseException e) {
      return new Reading.Invalid(
          "completedOn", "Data di completamento «" + completedOn.strip() + "» non valida: scrivere per esempio 30/11/2024.");
    }
    if (phase == PhaseStatus.COMPLETATA && completed == null) {
      return new Reading.Invalid("completedOn", "Una fase completata richiede la data di completamento.");
    }
    if (phase != PhaseStatus.COMPLETATA && completed != null) {
      return new Reading.Invalid(
          "completedOn", "La data di completamento si indica solo per una fase completata (stato indicato: " + phase.label() + ").");
    }
    if (completed != null && started != null && completed.isBefore(started)) {
      return new Reading.Invalid(
          "completedOn",
          "La data di completamento (" + SHOWN.format(completed) + ") precede la data di inizio (" + SHOWN.format(started) + ").");
    }
    if (completed != null && completed.isAfter(today)) {
      return new Reading.Invalid("completedOn", "La data di completamento (" + SHOWN.format(completed) + ") è nel futuro.");
    }
    if (started != null && phase != PhaseStatus.DA_AVVIARE && started.isAfter(today)) {
      return new Reading.Invalid(
          "startedOn", "Una fase " + phase.label() + " non può iniziare nel futuro (" + SHOWN.format(started) + ").");
    }
    if (started != null && phase == PhaseStatus.DA_AVVIARE && !started.isAfter(today)) {
      return new Reading.Invalid(
          "startedOn",
          "Una fase da avviare non può essere già iniziata (" + SHOWN.format(started) + "): indicare lo stato «in corso».");
    }
    String text = note == null || note.isBlank() ? null : note.strip();
    if (text != null && text.length() > MAX_NOTE) {
      return new Reading.Invalid("note", "La nota supera i " + MAX_NOTE + " caratteri (ne ha " + text.length() + ").");
    }
    return new Reading.Valid(new PhaseReport(phase, started, completed, text));
  }

  /** In Italian, for the audit trail: "completata; iniziata il 01/02/2024; completata il 30/06/2024; nota: …". */
  public String describe() {
    StringBuilder text = new StringBuilder(status.label());
    if (startedOn != null) {
      text.append(status == PhaseStatus.DA_AVVIARE ? "; inizio previsto il " : "; iniziata il ").append(SHOWN.format(startedOn));
    }
    if (completedOn != null) {
      text.append("; completata il ").append(SHOWN.format(completedOn));
    }
    if (note != null) {
      text.append("; nota: ").append(note);
    }
    return text.toString();
  }

  /** The date as shown in forms, or an empty text. */
  static String shown(LocalDate date) {
    return date == null ? "" : SHOWN.format(date);
  }

  private static LocalDate date(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String value = text.strip();
    return value.contains("/") ? LocalDate.parse(value, ITALIAN) : LocalDate.parse(value);
  }
}
