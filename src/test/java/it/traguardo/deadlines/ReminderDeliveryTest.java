package it.traguardo.deadlines;

import static org.assertj.core.api.Assertions.assertThat;

import it.traguardo.organization.Entities;
import it.traguardo.organization.Organization;
import it.traguardo.organization.Users;
import it.traguardo.plan.Plans;
import it.traguardo.support.TestSmtp;
import it.traguardo.support.TraguardoMailTest;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reminders through a real SMTP server: each person gets one mail with only their items, a second run sends
 * nothing, two runs at once send once, and the daily job is a db-scheduler task stored in PostgreSQL.
 */
@TraguardoMailTest
class ReminderDeliveryTest {

  @Autowired Entities entities;
  @Autowired Plans plans;
  @Autowired Organization organization;
  @Autowired Users users;
  @Autowired JdbcClient jdbc;
  @Autowired Reminders reminders;

  private SmallEnte.Created ente(String code) {
    return new SmallEnte(entities, plans, organization, users, jdbc).create(code);
  }

  private static String body(MimeMessage message) throws Exception {
    return ((String) message.getContent()).replace("\r\n", "\n");
  }

  @Test
  void eachPersonGetsOneMailWithOnlyTheirItemsAndASecondRunSendsNothing() throws Exception {
    SmallEnte.Created ente = ente("promemoria-giro");
    LocalDate today = LocalDate.of(2024, 7, 10);

    reminders.runDaily(today);

    List<MimeMessage> anna = TestSmtp.to(ente.annaEmail());
    List<MimeMessage> bruno = TestSmtp.to(ente.brunoEmail());
    assertThat(anna).hasSize(1);
    assertThat(bruno).hasSize(1);
    assertThat(anna.get(0).getSubject()).isEqualTo("Traguardo: 9 voci in ritardo (scadenza 30/06/2024)");
    assertThat(bruno.get(0).getSubject()).isEqualTo("Traguardo: 6 voci in ritardo (scadenza 30/06/2024)");
    assertThat(anna.get(0).getFrom()[0].toString()).isEqualTo("traguardo@prova.example.it");
    String values = TestSmtp.PUBLIC_URL + "/enti/promemoria-giro/piani/" + ente.planId() + "/obiettivi/";
    assertThat(body(anna.get(0)))
        .startsWith("Gentile Anna Rossi,\n\nla scadenza del 30/06/2024 per la rilevazione intermedia 2024")
        .contains("Obiettivo 1. Trasparenza", "Obiettivo 2. Bilancio", "Obiettivo 4. Cantiere scuola")
        .doesNotContain("Obiettivo 3.")
        .contains(values + ente.objective("2").id() + "/valori?anno=2024#indicatore-" + ente.objective("2").indicators().get(1).id())
        .contains("Tutte le sue scadenze: " + TestSmtp.PUBLIC_URL + "/enti/promemoria-giro/scadenze");
    assertThat(body(anna.get(0)).split("\n  - ", -1)).hasSize(10);
    assertThat(body(bruno.get(0)))
        .contains("Obiettivo 1. Trasparenza", "Obiettivo 3. Manutenzioni")
        .doesNotContain("Obiettivo 2.", "Obiettivo 4.");
    assertThat(body(bruno.get(0)).split("\n  - ", -1)).hasSize(7);
    assertThat(reminders.log(ente.entity().id(), 10))
        .extracting(e -> e.personName() + " " + e.kind() + " " + e.items() + " " + e.outcome() + " " + e.sentBy())
        .containsExactlyInAnyOrder(
            "Anna Rossi RITARDO 9 INVIATO promemoria automatico",
            "Bruno Verdi RITARDO 6 INVIATO promemoria automatico",
            "Carla Neri RITARDO 3 SENZA_EMAIL promemoria automatico");

    reminders.runDaily(today);
    reminders.runDaily(today.plusDays(3));
    assertThat(TestSmtp.to(ente.annaEmail())).hasSize(1);
    assertThat(TestSmtp.to(ente.brunoEmail())).hasSize(1);
    assertThat(reminders.log(ente.entity().id(), 10)).hasSize(3);

    // a week after the first overdue reminder, the next one
    reminders.runDaily(LocalDate.of(2024, 7, 14));
    assertThat(TestSmtp.to(ente.annaEmail())).hasSize(2);
    assertThat(TestSmtp.to(ente.brunoEmail())).hasSize(2);
  }

  @Test
  void aPersonWithoutAddressIsLoggedOnceAndGetsTheReminderAtTheNextRunAfterAnAddressIsAdded() throws Exception {
    SmallEnte.Created ente = ente("promemoria-indirizzo");
    String carla = "carla.neri@promemoria-indirizzo.example.it";

    reminders.runDaily(LocalDate.of(2024, 7, 10));
    reminders.runDaily(LocalDate.of(2024, 7, 11));
    assertThat(reminders.log(ente.entity().id(), 10))
        .extracting(e -> e.personName() + " " + e.outcome())
        .containsExactlyInAnyOrder("Anna Rossi INVIATO", "Bruno Verdi INVIATO", "Carla Neri SENZA_EMAIL");

    jdbc.sql("update person set email = ? where entity_id = ? and id = ?")
        .params(carla, ente.entity().id(), ente.carlaId())
        .update();
    reminders.runDaily(LocalDate.of(2024, 7, 12));
    reminders.runDaily(LocalDate.of(2024, 7, 13));

    assertThat(TestSmtp.to(carla)).singleElement()
        .satisfies(m -> assertThat(m.getSubject()).isEqualTo("Traguardo: 3 voci in ritardo (scadenza 30/06/2024)"));
    assertThat(TestSmtp.to(ente.annaEmail())).hasSize(1);
    assertThat(TestSmtp.to(ente.brunoEmail())).hasSize(1);
    assertThat(reminders.log(ente.entity().id(), 10))
        .extracting(e -> e.personName() + " " + e.email() + " " + e.kind() + " " + e.items() + " " + e.outcome())
        .containsExactlyInAnyOrder(
            "Anna Rossi " + ente.annaEmail() + " RITARDO 9 INVIATO",
            "Bruno Verdi " + ente.brunoEmail() + " RITARDO 6 INVIATO",
            "Carla Neri null RITARDO 3 SENZA_EMAIL",
            "Carla Neri " + carla + " RITARDO 3 INVIATO");
  }

  @Test
  void aReminderNotSentForLackOfSmtpOrLeftHalfSentGoesOutAtTheNextRun() throws Exception {
    SmallEnte.Created ente = ente("promemoria-ripresa");
    // two days ago the installation had no SMTP server; an hour and a half ago a run stopped while sending to Bruno
    logRow(ente, ente.annaId(), "Anna Rossi", LocalDate.of(2024, 7, 8), "SMTP_NON_CONFIGURATO", "2 days");
    logRow(ente, ente.brunoId(), "Bruno Verdi", LocalDate.of(2024, 7, 10), "IN_INVIO", "90 minutes");

    reminders.runDaily(LocalDate.of(2024, 7, 10));

    assertThat(TestSmtp.to(ente.annaEmail())).singleElement()
        .satisfies(m -> assertThat(m.getSubject()).isEqualTo("Traguardo: 9 voci in ritardo (scadenza 30/06/2024)"));
    assertThat(TestSmtp.to(ente.brunoEmail())).singleElement()
        .satisfies(m -> assertThat(m.getSubject()).isEqualTo("Traguardo: 6 voci in ritardo (scadenza 30/06/2024)"));
    assertThat(reminders.log(ente.entity().id(), 10))
        .extracting(e -> e.personName() + " " + e.outcome() + " " + e.detail())
        .containsExactlyInAnyOrder(
            "Anna Rossi SMTP_NON_CONFIGURATO null",
            "Anna Rossi INVIATO null",
            "Bruno Verdi ERRORE " + Reminders.STALE_DETAIL,
            "Bruno Verdi INVIATO null",
            "Carla Neri SENZA_EMAIL null");
  }

  @Test
  void aReminderBeingSentRightNowIsNotSentAgain() throws Exception {
    SmallEnte.Created ente = ente("promemoria-in-corso");
    logRow(ente, ente.brunoId(), "Bruno Verdi", LocalDate.of(2024, 7, 10), "IN_INVIO", "10 minutes");

    reminders.runDaily(LocalDate.of(2024, 7, 10));

    assertThat(TestSmtp.to(ente.brunoEmail())).isEmpty();
    assertThat(TestSmtp.to(ente.annaEmail())).hasSize(1);
    assertThat(reminders.log(ente.entity().id(), 10))
        .extracting(e -> e.personName() + " " + e.outcome())
        .containsExactlyInAnyOrder("Anna Rossi INVIATO", "Bruno Verdi IN_INVIO", "Carla Neri SENZA_EMAIL");
  }

  /** A row an earlier automatic "in ritardo" run of the intermediate checkpoint 2024 left in the log, {@code age} ago. */
  private void logRow(SmallEnte.Created ente, long personId, String name, LocalDate on, String outcome, String age) {
    jdbc.sql(
            """
            insert into reminder_log (entity_id, person_id, person_name, email, year, checkpoint, kind, sent_on, sent_at,
                                      sent_by, items, outcome)
            select entity_id, id, ?, email, 2024, 'mid', 'RITARDO', ?, now() - cast(? as interval), ?, 1, ?
            from person where entity_id = ? and id = ?""")
        .params(name, on, age, Reminders.AUTOMATIC, outcome, ente.entity().id(), personId)
        .update();
  }

  @Test
  void twoRunsAtOnceSendEachReminderOnce() throws Exception {
    SmallEnte.Created ente = ente("promemoria-insieme");
    LocalDate today = LocalDate.of(2024, 7, 10);
    CountDownLatch start = new CountDownLatch(1);
    List<CompletableFuture<Integer>> runs =
        List.of(
            CompletableFuture.supplyAsync(() -> awaitThenRun(start, today)),
            CompletableFuture.supplyAsync(() -> awaitThenRun(start, today)));
    start.countDown();
    CompletableFuture.allOf(runs.toArray(CompletableFuture[]::new)).join();

    assertThat(TestSmtp.to(ente.annaEmail())).hasSize(1);
    assertThat(TestSmtp.to(ente.brunoEmail())).hasSize(1);
    assertThat(reminders.log(ente.entity().id(), 10)).hasSize(3);
  }

  private int awaitThenRun(CountDownLatch start, LocalDate today) {
    try {
      start.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    return reminders.runDaily(today);
  }

  @Test
  void beforeTheDateTheReminderIsTheDueOneAndPausedEntiGetNone() throws Exception {
    SmallEnte.Created ente = ente("promemoria-prima");
    SmallEnte.Created paused = ente("promemoria-sospeso");
    ReminderSettings off = ReminderSettings.defaults();
    reminders.save(
        paused.entity().id(),
        new ReminderSettings(false, off.dueDaysBefore(), off.remindDaysBefore(), off.overdueEveryDays(), off.subjectDue(),
            off.bodyDue(), off.subjectOverdue(), off.bodyOverdue(), 0),
        "test");

    reminders.runDaily(LocalDate.of(2024, 6, 19));
    assertThat(TestSmtp.to(ente.annaEmail())).isEmpty();
    reminders.runDaily(LocalDate.of(2024, 6, 20));
    reminders.runDaily(LocalDate.of(2024, 6, 25));

    assertThat(TestSmtp.to(ente.annaEmail())).singleElement()
        .satisfies(m -> assertThat(m.getSubject()).isEqualTo("Traguardo: 9 voci da compilare entro il 30/06/2024"));
    assertThat(TestSmtp.to(paused.annaEmail())).isEmpty();
    assertThat(reminders.log(paused.entity().id(), 10)).isEmpty();
  }

  @Test
  void theSegretariosReminderGoesNowAndIsLogged() throws Exception {
    SmallEnte.Created ente = ente("promemoria-sollecito");
    Reminders.Result result =
        reminders.remind(ente.entity().id(), ente.brunoId(), Deadline.parse("2024-mid").orElseThrow(), ente.segretarioLogin());

    assertThat(result).isEqualTo(
        new Reminders.Result(true, "Promemoria inviato a Bruno Verdi (" + ente.brunoEmail() + ") con 6 voci."));
    assertThat(TestSmtp.to(ente.brunoEmail())).singleElement()
        .satisfies(m -> assertThat(m.getSubject()).isEqualTo("Traguardo: 6 voci in ritardo (scadenza 30/06/2024)"));
    assertThat(TestSmtp.to(ente.annaEmail())).isEmpty();
    assertThat(reminders.log(ente.entity().id(), 10)).singleElement()
        .satisfies(e -> {
          assertThat(e.outcome()).isEqualTo(ReminderOutcome.INVIATO);
          assertThat(e.kind()).isEqualTo(ReminderKind.SOLLECITO);
          assertThat(e.email()).isEqualTo(ente.brunoEmail());
          assertThat(e.sentBy()).isEqualTo(ente.segretarioLogin());
        });
  }

  @Test
  void theDailyJobIsAStoredDbSchedulerTask() {
    OffsetDateTime next =
        jdbc.sql("select execution_time from scheduled_tasks where task_name = ?")
            .param(ReminderJob.TASK)
            .query(OffsetDateTime.class)
            .single();
    // this context schedules it on 29 February at 4:00 in Rome, so that it never fires by itself in a test
    assertThat(next.withOffsetSameInstant(ZoneOffset.ofHours(1)).toLocalDateTime())
        .satisfies(t -> {
          assertThat(t.getMonthValue()).isEqualTo(2);
          assertThat(t.getDayOfMonth()).isEqualTo(29);
          assertThat(t.getHour()).isEqualTo(4);
        });
  }
}
