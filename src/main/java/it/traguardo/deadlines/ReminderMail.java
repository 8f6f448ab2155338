package it.traguardo.deadlines;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A reminder e-mail as plain text: the ente's subject and opening with their placeholders filled in, then the
 * person's items grouped by objective, each with the absolute link of the page where it is filled in.
 */
public record ReminderMail(String subject, String body) {

  /**
   * @param publicUrl the address people reach the application at, without the trailing slash
   */
  public static ReminderMail compose(
      ReminderSettings settings, String entityName, String entityCode, DueReport report, PersonDue person,
      String publicUrl) {
    Deadline deadline = report.deadline();
    Map<String, String> values =
        Map.of(
            "nome", person.person().name(),
            "ente", entityName,
            "rilevazione", deadline.label(),
            "scadenza", deadline.italianDate(),
            "voci", person.items().size() == 1 ? "1 voce" : person.items().size() + " voci");
    String base = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    boolean overdue = report.past();
    StringBuilder body =
        new StringBuilder(ReminderSettings.fill(overdue ? settings.bodyOverdue() : settings.bodyDue(), values).strip());
    body.append("\n");
    Map<Long, List<DueItem>> byObjective = new LinkedHashMap<>();
    for (DueItem item : person.items()) {
      byObjective.computeIfAbsent(item.objectiveId(), id -> new ArrayList<>()).add(item);
    }
    for (List<DueItem> items : byObjective.values()) {
      DueItem first = items.get(0);
      body.append("\nObiettivo ").append(first.objectiveNumber()).append(". ").append(first.objectiveTitle()).append('\n');
      for (DueItem item : items) {
        body.append("  - ").append(item.description()).append('\n');
        body.append("    ").append(base).append(DueLinks.path(entityCode, report.planId(), deadline, item)).append('\n');
      }
    }
    body.append("\nTutte le sue scadenze: ").append(base).append(DueLinks.mine(entityCode)).append('\n');
    body.append("\nMessaggio inviato da Traguardo per conto dell'ente ").append(entityName)
        .append(". Per chiarimenti si rivolga al segretario.\n");
    String subject =
        ReminderSettings.fill(overdue ? settings.subjectOverdue() : settings.subjectDue(), values).strip();
    return new ReminderMail(subject, body.toString());
  }
}
