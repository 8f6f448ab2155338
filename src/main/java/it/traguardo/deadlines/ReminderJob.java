package it.traguardo.deadlines;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The daily reminder job, a db-scheduler recurring task: its next run is a row of {@code scheduled_tasks} in
 * PostgreSQL, so it survives restarts (a run missed while the application was down happens at the next start) and
 * runs on one node only however many there are. Schedule: {@code traguardo.reminders.cron} (Spring cron, six
 * fields; default every day at 7:00) in {@code traguardo.reminders.zone} (default Europe/Rome); {@code -} turns it
 * off.
 */
@Configuration(proxyBeanMethods = false)
class ReminderJob {

  static final String TASK = "promemoria-scadenze";
  private static final Logger log = LoggerFactory.getLogger(ReminderJob.class);

  @Bean
  RecurringTask<Void> reminderTask(
      Reminders reminders, Clock clock, @Value("${traguardo.reminders.cron:0 0 7 * * *}") String cron,
      @Value("${traguardo.reminders.zone:Europe/Rome}") String zone) {
    return Tasks.recurring(TASK, Schedules.cron(cron, ZoneId.of(zone)))
        .execute(
            (instance, context) -> {
              int handled = reminders.runDaily(LocalDate.now(clock));
              log.info("Promemoria delle scadenze: {} gestiti", handled);
            });
  }
}
