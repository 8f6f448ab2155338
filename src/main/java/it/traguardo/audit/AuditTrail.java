package it.traguardo.audit;

import it.traguardo.access.AccessChanged;
import it.traguardo.evaluation.EvaluationRecorded;
import it.traguardo.deadlines.ReminderSent;
import it.traguardo.deadlines.ReminderSettingsChanged;
import it.traguardo.importer.PlanImported;
import it.traguardo.monitoring.ActualRecorded;
import it.traguardo.monitoring.EvidenceAdded;
import it.traguardo.monitoring.EvidenceCheck;
import it.traguardo.monitoring.EvidenceRemoved;
import it.traguardo.monitoring.EvidenceType;
import it.traguardo.monitoring.NarrativeRecorded;
import it.traguardo.monitoring.PhaseStatusRecorded;
import it.traguardo.nextyear.PlanRolledForward;
import it.traguardo.payments.IndicatorBindingChanged;
import it.traguardo.payments.PaymentsImported;
import it.traguardo.plan.PlanAdopted;
import it.traguardo.plan.PlanDiff;
import it.traguardo.plan.PlanEdited;
import it.traguardo.plan.PlanStepRecorded;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Writes and reads the audit trail. The listeners run inside the transaction of the change, so a change and its
 * record are committed together or not at all.
 */
@Service
public class AuditTrail {

  private static final DateTimeFormatter ITALIAN_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private final JdbcClient jdbc;

  AuditTrail(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @EventListener
  void on(PlanImported event) {
    write(
        event.entityId(), event.by(), event.replaced() ? "PIANO_SOSTITUITO" : "PIANO_IMPORTATO", event.planId(), null,
        "Piano " + event.period() + " dal file " + event.sourceName(), null, "bozza");
  }

  @EventListener
  void on(PlanAdopted event) {
    String after =
        event.act() + " del " + ITALIAN_DATE.format(event.date())
            + (event.overrideReason() == null ? "" : "; adottato nonostante gli errori della verifica: " + event.overrideReason());
    write(event.entityId(), event.by(), "PIANO_ADOTTATO", event.planId(), null, "Adozione del piano", "bozza", after);
  }

  /** One record per field changed, so that the trail reads like the comparison of two versions. */
  @EventListener
  void on(PlanEdited event) {
    for (PlanDiff.Change change : event.changes()) {
      write(
          event.entityId(), event.by(), "PIANO_MODIFICATO", event.planId(), event.objectiveId(),
          change.where() + " — " + change.what(), change.before(), change.after());
    }
  }

  @EventListener
  void on(PlanStepRecorded event) {
    String subject =
        switch (event.kind()) {
          case "MONITORAGGIO" -> "Avvio del monitoraggio" + (event.year() == null ? "" : " del " + event.year());
          case "RENDICONTAZIONE" -> "Rendicontazione del " + event.year();
          case "VALIDAZIONE" -> "Validazione del " + event.year() + " da parte del Nucleo di Valutazione";
          case "VARIAZIONE_APERTA" -> "Apertura di una variazione: " + event.reason();
          case "VARIAZIONE" -> "Registrazione della variazione: " + event.reason();
          default -> event.kind();
        };
    String act = event.act() == null ? null : event.act() + (event.date() == null ? "" : " del " + ITALIAN_DATE.format(event.date()));
    write(event.entityId(), event.by(), "PIANO_" + event.kind(), event.planId(), null, subject, null, act);
  }

  @EventListener
  void on(PlanRolledForward event) {
    write(
        event.entityId(), event.by(), "PIANO_ANNO_SUCCESSIVO", event.planId(), null,
        "Piano " + event.period() + " creato dal piano " + event.sourcePeriod() + " (id " + event.sourcePlanId() + ")", null,
        "bozza; " + event.reviewCount() + " elementi da rivedere");
  }

  @EventListener
  void on(ActualRecorded event) {
    write(
        event.entityId(), event.by(), "VALORE_RAGGIUNTO", event.planId(), event.objectiveId(),
        event.indicatorName() + " — " + event.year() + ", rilevazione " + event.checkpoint().label(), event.before(),
        event.after());
  }

  @EventListener
  void on(PhaseStatusRecorded event) {
    write(
        event.entityId(), event.by(), "STATO_FASE", event.planId(), event.objectiveId(),
        "Fase " + event.phaseNumber() + " — " + event.year(), event.before(), event.after());
  }

  @EventListener
  void on(NarrativeRecorded event) {
    write(
        event.entityId(), event.by(), "STATO_ATTUAZIONE", event.planId(), event.objectiveId(),
        "Stato di attuazione — " + event.year() + ", rilevazione " + event.checkpoint().label(), event.before(), event.after());
  }

  @EventListener
  void on(EvidenceAdded event) {
    write(
        event.entityId(), event.by(), "EVIDENZA_CARICATA", event.planId(), event.objectiveId(),
        "Documento a supporto di " + event.indicatorName() + " — " + event.year() + ", rilevazione " + event.checkpoint().label(),
        null, file(event.fileName(), event.type(), event.sizeBytes()));
  }

  @EventListener
  void on(EvidenceRemoved event) {
    write(
        event.entityId(), event.by(), "EVIDENZA_ELIMINATA", event.planId(), event.objectiveId(),
        "Documento a supporto di " + event.indicatorName() + " — " + event.year() + ", rilevazione " + event.checkpoint().label(),
        file(event.fileName(), event.type(), event.sizeBytes()), null);
  }

  /** "verbale.pdf (PDF, 1,2 MB: 1234567 byte)". */
  private static String file(String name, EvidenceType type, long bytes) {
    return name + " (" + type.label() + ", " + EvidenceCheck.megabytes(bytes) + ": " + bytes + " byte)";
  }

  /** Binding decides where an indicator's achieved value comes from: the trail of its objective says it. */
  @EventListener
  void on(IndicatorBindingChanged event) {
    write(
        event.entityId(), event.by(), event.after() == null ? "INDICATORE_SCOLLEGATO" : "INDICATORE_COLLEGATO", event.planId(),
        event.objectiveId(), "Valore di «" + event.indicatorName() + "» calcolato dal registro delle fatture",
        event.before() == null ? "inserito a mano" : event.before().label(),
        event.after() == null ? "inserito a mano" : event.after().label());
  }

  /** An invoice import changes the computed values of the bound indicators: the trail names the import. */
  @EventListener
  void on(PaymentsImported event) {
    String feeds =
        event.boundIndicators().isEmpty()
            ? "nessun indicatore del piano collegato"
            : "valori calcolati di: " + String.join("; ", event.boundIndicators());
    write(
        event.entityId(), event.by(), "PAGAMENTI_IMPORTATI", null, null,
        "Importazione n. " + event.importId() + " (" + String.join(", ", event.fileNames()) + "), anni " + event.years(),
        null, feeds);
  }

  /** Reviews, validations, weights, behaviour, allowances, the SMVP, acknowledgements: each says what it changed. */
  @EventListener
  void on(EvaluationRecorded event) {
    write(
        event.entityId(), event.by(), event.action(), event.planId(), event.objectiveId(), event.subject(), event.before(),
        event.after());
  }

  /** The segretario chased a person: the trail names whom, for which checkpoint, and how it went. */
  @EventListener
  void on(ReminderSent event) {
    write(
        event.entityId(), event.by(), "PROMEMORIA_INVIATO", event.planId(), null,
        "Sollecito a " + event.personName() + " per la " + event.deadline() + " (" + event.items()
            + (event.items() == 1 ? " voce)" : " voci)"),
        null, event.outcome());
  }

  @EventListener
  void on(ReminderSettingsChanged event) {
    write(event.entityId(), event.by(), "PROMEMORIA_IMPOSTAZIONI", null, null, "Impostazioni dei promemoria", event.before(), event.after());
  }

  /** Recorded in the trail of each ente concerned; a change of a login without enti goes to the platform's trail. */
  @EventListener
  void on(AccessChanged event) {
    if (event.entityIds().isEmpty()) {
      write(null, event.actor(), event.action().name(), null, null, event.subject(), event.before(), event.after());
    }
    for (long entityId : event.entityIds()) {
      write(entityId, event.actor(), event.action().name(), null, null, event.subject(), event.before(), event.after());
    }
  }

  private void write(
      Long entityId, String actor, String action, Long planId, Long objectiveId, String subject, String before, String after) {
    jdbc.sql(
            """
            insert into audit_event (entity_id, actor, action, plan_id, objective_id, subject, before_value, after_value)
            values (?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(entityId, actor, action, planId, objectiveId, subject, before, after)
        .update();
  }

  /** The ente's trail, newest first. */
  public List<AuditEntry> of(long entityId) {
    return jdbc.sql(SELECT + " where entity_id = ? order by recorded_at desc, id desc").param(entityId).query(AuditEntry.class).list();
  }

  /** The platform's own trail (changes that belong to no ente), newest first. */
  public List<AuditEntry> ofPlatform() {
    return jdbc.sql(SELECT + " where entity_id is null order by recorded_at desc, id desc limit 200").query(AuditEntry.class).list();
  }

  /** One objective's trail, newest first. */
  public List<AuditEntry> ofObjective(long entityId, long objectiveId) {
    return jdbc.sql(SELECT + " where entity_id = ? and objective_id = ? order by recorded_at desc, id desc")
        .params(entityId, objectiveId)
        .query(AuditEntry.class)
        .list();
  }

  private static final String SELECT =
      "select recorded_at, actor, action, plan_id, objective_id, subject, before_value, after_value from audit_event";
}
