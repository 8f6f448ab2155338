package it.traguardo.deadlines;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * One line of the reminder log: every reminder handled, sent or not.
 *
 * @param personId null once the person was deleted
 * @param email the address used, or null
 * @param sentBy the segretario's username, or "promemoria automatico"
 * @param detail why it failed, or null
 */
public record ReminderLogEntry(
    OffsetDateTime sentAt, Long personId, String personName, String email, Deadline deadline, ReminderKind kind,
    int items, ReminderOutcome outcome, String detail, String sentBy) {

  /** When, in Italian local time whatever the server's zone: the time users read. */
  public LocalDateTime sentAtInItaly() {
    return sentAt.atZoneSameInstant(ZoneId.of("Europe/Rome")).toLocalDateTime();
  }
}
