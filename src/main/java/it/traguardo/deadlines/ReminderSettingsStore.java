package it.traguardo.deadlines;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Each ente's reminder settings; an ente without a row has the defaults (version 0). */
@Component
class ReminderSettingsStore {

  private final JdbcClient jdbc;

  ReminderSettingsStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  ReminderSettings of(long entityId) {
    return jdbc.sql(
            """
            select enabled, due_days_before, remind_days_before, overdue_every_days, subject_due, body_due,
                   subject_overdue, body_overdue, version
            from reminder_settings where entity_id = ?""")
        .param(entityId)
        .query(ReminderSettings.class)
        .optional()
        .orElseGet(ReminderSettings::defaults);
  }

  /**
   * Writes the settings if the stored version is still {@code settings.version()}.
   *
   * @return false when someone saved in between: nothing written
   */
  boolean save(long entityId, ReminderSettings settings, String by) {
    if (settings.version() == 0) {
      return jdbc.sql(
                  """
                  insert into reminder_settings (entity_id, enabled, due_days_before, remind_days_before,
                    overdue_every_days, subject_due, body_due, subject_overdue, body_overdue, updated_by, version)
                  values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1) on conflict (entity_id) do nothing""")
              .params(
                  entityId, settings.enabled(), settings.dueDaysBefore(), settings.remindDaysBefore(),
                  settings.overdueEveryDays(), settings.subjectDue(), settings.bodyDue(), settings.subjectOverdue(),
                  settings.bodyOverdue(), by)
              .update()
          == 1;
    }
    return jdbc.sql(
                """
                update reminder_settings
                set enabled = ?, due_days_before = ?, remind_days_before = ?, overdue_every_days = ?, subject_due = ?,
                    body_due = ?, subject_overdue = ?, body_overdue = ?, updated_by = ?, updated_at = now(),
                    version = version + 1
                where entity_id = ? and version = ?""")
            .params(
                settings.enabled(), settings.dueDaysBefore(), settings.remindDaysBefore(), settings.overdueEveryDays(),
                settings.subjectDue(), settings.bodyDue(), settings.subjectOverdue(), settings.bodyOverdue(), by,
                entityId, settings.version())
            .update()
        == 1;
  }
}
