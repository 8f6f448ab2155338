package it.traguardo.deadlines;

import it.traguardo.monitoring.Checkpoint;
import it.traguardo.organization.Entities;
import it.traguardo.organization.Entity;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reminder e-mails: one per person, listing only their items. Every reminder handled is logged (who, when, how many
 * items, outcome), including a person without an address and an installation without SMTP, so nobody is skipped
 * silently. A reminder is claimed in the log before it is sent: the same reminder (person, checkpoint, kind, day)
 * never goes twice, even when two nodes or two clicks try at once.
 */
@Service
public class Reminders {

  static final String AUTOMATIC = "promemoria automatico";
  static final String STALE_DETAIL = "invio interrotto (rimasto in corso per oltre un'ora)";
  private static final String STALE_CLAIM = "1 hour";
  private static final Logger log = LoggerFactory.getLogger(Reminders.class);

  private final JdbcClient jdbc;
  private final Entities entities;
  private final Deadlines deadlines;
  private final ReminderSettingsStore store;
  private final ObjectProvider<JavaMailSender> mail;
  private final ApplicationEventPublisher events;
  private final TransactionTemplate transaction;
  private final String publicUrl;
  private final String from;

  Reminders(
      JdbcClient jdbc, Entities entities, Deadlines deadlines, ReminderSettingsStore store,
      ObjectProvider<JavaMailSender> mail, ApplicationEventPublisher events, TransactionTemplate transaction,
      @Value("${traguardo.public-url:http://localhost:8080}") String publicUrl,
      @Value("${traguardo.mail.from:traguardo@localhost}") String from) {
    this.jdbc = jdbc;
    this.entities = entities;
    this.deadlines = deadlines;
    this.store = store;
    this.mail = mail;
    this.events = events;
    this.transaction = transaction;
    this.publicUrl = publicUrl;
    this.from = from;
  }

  public ReminderSettings settings(long entityId) {
    return store.of(entityId);
  }

  /** The outcome of saving settings. */
  public sealed interface SaveOutcome {
    record Saved(ReminderSettings settings) implements SaveOutcome {}

    /** Someone saved in between: nothing written; {@code current} is what they saved. */
    record Stale(ReminderSettings current) implements SaveOutcome {}

    record Invalid(List<ReminderSettings.Problem> problems) implements SaveOutcome {}
  }

  /** Saves the settings when valid and still based on the stored version ({@code settings.version()}). */
  @Transactional
  public SaveOutcome save(long entityId, ReminderSettings settings, String by) {
    List<ReminderSettings.Problem> problems = settings.problems();
    if (!problems.isEmpty()) {
      return new SaveOutcome.Invalid(problems);
    }
    ReminderSettings before = store.of(entityId);
    if (!store.save(entityId, settings, by)) {
      return new SaveOutcome.Stale(store.of(entityId));
    }
    events.publishEvent(new ReminderSettingsChanged(entityId, before.describe(), settings.describe(), by));
    return new SaveOutcome.Saved(store.of(entityId));
  }

  /** What became of a reminder the segretario asked for, in Italian. */
  public record Result(boolean sent, String message) {}

  /** The segretario's reminder to one person for a checkpoint, sent now. */
  public Result remind(long entityId, long personId, Deadline deadline, String by) {
    Entity entity = entities.byId(entityId).orElseThrow();
    Optional<DueReport> found = deadlines.report(entityId, deadline);
    if (found.isEmpty()) {
      return new Result(false, "Nessun piano adottato copre il " + deadline.year() + ": nessun promemoria da inviare.");
    }
    DueReport report = found.get();
    PersonDue person = report.of(personId).orElse(null);
    if (person == null || person.items().isEmpty()) {
      return new Result(false, "Nessuna voce da compilare per la " + deadline.label() + ": nessun promemoria inviato.");
    }
    LocalDate today = deadlines.today();
    ReminderSettings settings = store.of(entityId);
    abandonStaleClaims(entityId);
    Claimed claimed = deliver(entity, settings, report, person, ReminderKind.SOLLECITO, today, by);
    String name = person.person().name();
    if (claimed == null) {
      return new Result(false, "Oggi è già stato inviato un sollecito a " + name + " per la " + deadline.label() + ".");
    }
    transaction.executeWithoutResult(
        status ->
            events.publishEvent(
                new ReminderSent(
                    entityId, report.planId(), name, deadline.label(), person.items().size(), claimed.outcome().label(),
                    by)));
    return switch (claimed.outcome()) {
      case INVIATO ->
          new Result(true, "Promemoria inviato a " + name + " (" + person.person().email() + ") con "
              + person.items().size() + (person.items().size() == 1 ? " voce." : " voci."));
      case SENZA_EMAIL ->
          new Result(false, name + " non ha un indirizzo e-mail: promemoria non inviato (annotato nel registro degli invii).");
      case SMTP_NON_CONFIGURATO ->
          new Result(false, "Promemoria non inviato: il server di posta (SMTP) non è configurato. Annotato nel registro degli invii.");
      default -> new Result(false, "Promemoria non inviato: " + claimed.detail());
    };
  }

  /**
   * The daily job: for every ente whose automatic reminders are on, the reminder due today under its settings
   * ({@link ReminderSchedule}) to every person with items still missing who has not had it yet.
   *
   * @return how many reminders were handled (sent or logged as not sendable)
   */
  public int runDaily(LocalDate today) {
    int handled = 0;
    for (Entity entity : entities.all()) {
      try {
        handled += run(entity, today);
      } catch (RuntimeException e) {
        log.error("Promemoria dell'ente «{}» non elaborati: {}", entity.code(), e.toString(), e);
      }
    }
    return handled;
  }

  private int run(Entity entity, LocalDate today) {
    ReminderSettings settings = store.of(entity.id());
    Optional<ReminderSchedule.Due> due = ReminderSchedule.on(today, settings);
    if (due.isEmpty()) {
      return 0;
    }
    Deadline deadline = due.get().deadline();
    Optional<Long> planId = deadlines.planFor(entity.id(), deadline.year()).map(p -> p.id());
    if (planId.isEmpty()) {
      return 0;
    }
    DueReport report = deadlines.report(entity.id(), planId.get(), deadline, today);
    abandonStaleClaims(entity.id());
    boolean smtp = mail.getIfAvailable() != null;
    int handled = 0;
    for (PersonDue person : report.people()) {
      if (person.items().isEmpty() || reminded(entity.id(), person.person(), due.get(), smtp)) {
        continue;
      }
      if (deliver(entity, settings, report, person, due.get().kind(), today, AUTOMATIC) != null) {
        handled++;
      }
    }
    return handled;
  }

  /**
   * Whether the person already has this reminder since its day. A reminder that could not go out for a reason that
   * still holds counts (no new "senza e-mail" row every day), one whose reason is gone does not: once the person has an
   * address, or once SMTP is configured, the next run sends it. A failed send (ERRORE) never counts.
   */
  private boolean reminded(long entityId, DuePerson person, ReminderSchedule.Due due, boolean smtp) {
    return jdbc.sql(
            """
            select exists (select 1 from reminder_log
              where entity_id = ? and person_id = ? and year = ? and checkpoint = ? and kind = ? and sent_on >= ?
                and (outcome in ('INVIATO', 'IN_INVIO')
                     or (outcome = 'SENZA_EMAIL' and not ?)
                     or (outcome = 'SMTP_NON_CONFIGURATO' and not ?)))""")
        .params(
            entityId, person.id(), due.deadline().year(), due.deadline().checkpoint().code(), due.kind().name(),
            due.since(), person.hasEmail(), smtp)
        .query(Boolean.class)
        .single();
  }

  /**
   * Marks as failed the reminders claimed more than {@link #STALE_CLAIM} ago and never completed (the application
   * stopped while sending): they are retried like any failed send instead of blocking that reminder for good.
   */
  private void abandonStaleClaims(long entityId) {
    int abandoned =
        jdbc.sql(
                """
                update reminder_log set outcome = 'ERRORE', detail = ?
                where entity_id = ? and outcome = 'IN_INVIO' and sent_at < now() - cast(? as interval)""")
            .params(STALE_DETAIL, entityId, STALE_CLAIM)
            .update();
    if (abandoned > 0) {
      log.warn("Promemoria rimasti in invio da oltre un'ora: {} segnati come non inviati", abandoned);
    }
  }

  /** A reminder claimed in the log, and how it ended. */
  private record Claimed(ReminderOutcome outcome, String detail) {}

  /** Claims, sends and logs one reminder; null when the same one was already claimed today. */
  private Claimed deliver(
      Entity entity, ReminderSettings settings, DueReport report, PersonDue due, ReminderKind kind, LocalDate today,
      String by) {
    DuePerson person = due.person();
    JavaMailSender sender = mail.getIfAvailable();
    ReminderOutcome start =
        !person.hasEmail() ? ReminderOutcome.SENZA_EMAIL
            : sender == null ? ReminderOutcome.SMTP_NON_CONFIGURATO
            : ReminderOutcome.IN_INVIO;
    Optional<Long> id = claim(entity.id(), person, report.deadline(), kind, today, by, due.items().size(), start);
    if (id.isEmpty()) {
      return null;
    }
    if (start != ReminderOutcome.IN_INVIO) {
      log.warn("Promemoria per {} ({}) non inviato: {}", person.name(), entity.code(), start.label());
      return new Claimed(start, null);
    }
    ReminderMail composed = ReminderMail.compose(settings, entity.name(), entity.code(), report, due, publicUrl);
    SimpleMailMessage message = new SimpleMailMessage();
    message.setFrom(from);
    message.setTo(person.email().strip());
    message.setSubject(composed.subject());
    message.setText(composed.body());
    try {
      sender.send(message);
      finish(entity.id(), id.get(), ReminderOutcome.INVIATO, null);
      return new Claimed(ReminderOutcome.INVIATO, null);
    } catch (MailException e) {
      String detail = e.getMostSpecificCause().getMessage();
      String shown = detail == null || detail.isBlank() ? e.getClass().getSimpleName() : detail.strip();
      log.warn("Promemoria per {} ({}) non inviato: {}", person.name(), entity.code(), shown);
      finish(entity.id(), id.get(), ReminderOutcome.ERRORE, shown.length() > 500 ? shown.substring(0, 500) : shown);
      return new Claimed(ReminderOutcome.ERRORE, shown);
    }
  }

  private Optional<Long> claim(
      long entityId, DuePerson person, Deadline deadline, ReminderKind kind, LocalDate today, String by, int items,
      ReminderOutcome outcome) {
    return jdbc.sql(
            """
            insert into reminder_log (entity_id, person_id, person_name, email, year, checkpoint, kind, sent_on, sent_by,
                                      items, outcome)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            on conflict (entity_id, person_id, year, checkpoint, kind, sent_on) where outcome <> 'ERRORE' do nothing
            returning id""")
        .params(
            entityId, person.id(), person.name(), person.hasEmail() ? person.email().strip() : null, deadline.year(),
            deadline.checkpoint().code(), kind.name(), today, by, items, outcome.name())
        .query(Long.class)
        .optional();
  }

  private void finish(long entityId, long id, ReminderOutcome outcome, String detail) {
    jdbc.sql("update reminder_log set outcome = ?, detail = ?, sent_at = now() where entity_id = ? and id = ?")
        .params(outcome.name(), detail, entityId, id)
        .update();
  }

  /** The ente's reminder log, newest first. */
  public List<ReminderLogEntry> log(long entityId, int limit) {
    return jdbc.sql(SELECT_LOG + " where entity_id = ? order by sent_at desc, id desc limit ?")
        .params(entityId, limit)
        .query(Reminders::entry)
        .list();
  }

  /** The latest reminder of each person for a checkpoint, by person id. */
  public Map<Long, ReminderLogEntry> latest(long entityId, Deadline deadline) {
    Map<Long, ReminderLogEntry> latest = new HashMap<>();
    jdbc.sql(
            SELECT_LOG
                + " where entity_id = ? and year = ? and checkpoint = ? and person_id is not null order by sent_at, id")
        .params(entityId, deadline.year(), deadline.checkpoint().code())
        .query(Reminders::entry)
        .list()
        .forEach(entry -> latest.put(entry.personId(), entry));
    return latest;
  }

  private static final String SELECT_LOG =
      "select sent_at, person_id, person_name, email, year, checkpoint, kind, items, outcome, detail, sent_by from reminder_log";

  private static ReminderLogEntry entry(ResultSet rs, int row) throws SQLException {
    return new ReminderLogEntry(
        rs.getObject("sent_at", OffsetDateTime.class), (Long) rs.getObject("person_id"), rs.getString("person_name"),
        rs.getString("email"), new Deadline(rs.getInt("year"), Checkpoint.of(rs.getString("checkpoint")).orElseThrow()),
        ReminderKind.valueOf(rs.getString("kind")), rs.getInt("items"), ReminderOutcome.valueOf(rs.getString("outcome")),
        rs.getString("detail"), rs.getString("sent_by"));
  }
}
