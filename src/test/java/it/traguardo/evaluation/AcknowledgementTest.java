package it.traguardo.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import it.traguardo.audit.AuditEntry;
import it.traguardo.audit.AuditTrail;
import it.traguardo.evaluation.store.Evaluations;
import it.traguardo.evaluation.store.Outcome;
import it.traguardo.evaluation.store.SmvpStore;
import it.traguardo.support.SampleEnte;
import it.traguardo.support.TraguardoIntegrationTest;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The EQ's acknowledgement holds for the figures they saw: a change of the sheet withdraws it, and it is never dated ahead. */
@TraguardoIntegrationTest
class AcknowledgementTest {

  private static final LocalDate SEEN = LocalDate.of(2025, 6, 10);

  @Autowired ApplicationContext context;
  @Autowired Evaluations evaluations;
  @Autowired AuditTrail audit;
  @Autowired Clock clock;
  @Autowired SmvpStore smvps;

  @Test
  void aChangeOfWeightsBehaviourOrAllowanceWithdrawsTheAcknowledgementAndTheTrailSaysSo() {
    SampleEnte sample = new SampleEnte(context);
    SampleEnte.Created ente = sample.create("presa-visione-revocata");
    long eq1 = ente.eqs().get(0);
    long eq2 = ente.eqs().get(1);
    sample.record(ente, ente.indicator("7", 0), 2024, "-1");
    assertThat(evaluations.saveBehaviour(ente.entityId(), ente.plan(), 2024, eq1, levels(4), "Buona", null, "ndv"))
        .isEqualTo(Outcome.SAVED);
    evaluations.saveBehaviour(ente.entityId(), ente.plan(), 2024, eq2, levels(4), null, null, "ndv");
    acknowledge(ente, eq1);
    acknowledge(ente, eq2);

    // the same allowance, behaviour and weights again: the figures did not change, the acknowledgement stays
    evaluations.saveAllowance(ente.entityId(), ente.plan(), 2024, eq1, new BigDecimal("2000"), null, "segretario");
    evaluations.saveBehaviour(ente.entityId(), ente.plan(), 2024, eq1, levels(4), "Buona", null, "ndv");
    assertThat(stored(ente, eq1).acknowledgedOn()).isEqualTo(SEEN);

    evaluations.saveAllowance(ente.entityId(), ente.plan(), 2024, eq1, new BigDecimal("1800"), null, "segretario");
    assertWithdrawn(ente, eq1, "segretario");

    acknowledge(ente, eq1);
    evaluations.saveBehaviour(ente.entityId(), ente.plan(), 2024, eq1, levels(3), "Buona", null, "ndv");
    assertWithdrawn(ente, eq1, "ndv");

    acknowledge(ente, eq1);
    Map<String, BigDecimal> weights = new LinkedHashMap<>();
    for (String number : List.of("1", "2", "3", "4", "5", "6", "8", "9", "10", "11", "12", "13", "14")) {
      weights.put(number, new BigDecimal("4.35"));
    }
    weights.put("7", new BigDecimal("43.45"));
    assertThat(evaluations.saveWeights(ente.entityId(), ente.plan(), 2024, eq1, weights, null, "segretario")).isEqualTo(Outcome.SAVED);
    assertWithdrawn(ente, eq1, "segretario");
    // one withdrawal per change, and only of the EQ whose sheet changed
    assertThat(audit.of(ente.entityId())).filteredOn(e -> e.action().equals("PRESA_VISIONE_ANNULLATA")).hasSize(3);
    assertThat(stored(ente, eq2).acknowledgedOn()).isEqualTo(SEEN);
  }

  @Test
  void aChangeOfTheSmvpWithdrawsTheAcknowledgementsOfTheYearsItHoldsFor() {
    SampleEnte sample = new SampleEnte(context);
    SampleEnte.Created ente = sample.create("presa-visione-smvp");
    long eq1 = ente.eqs().get(0);
    sample.record(ente, ente.indicator("7", 0), 2024, "-1");
    evaluations.saveBehaviour(ente.entityId(), ente.plan(), 2024, eq1, levels(4), null, null, "ndv");
    acknowledge(ente, eq1);

    // the 2025 configuration and the same 2024 one again leave the 2024 sheet as it was
    assertThat(smvps.save(ente.entityId(), 2025, Smvp.standard(), -1, "segretario")).isEqualTo(Outcome.SAVED);
    Smvp current = smvps.of(ente.entityId(), 2024).smvp();
    assertThat(smvps.save(ente.entityId(), 2024, current, smvps.of(ente.entityId(), 2024).version(), "segretario")).isEqualTo(Outcome.SAVED);
    assertThat(stored(ente, eq1).acknowledgedOn()).isEqualTo(SEEN);

    assertThat(smvps.save(ente.entityId(), 2024, current.withBudget(new BigDecimal("4000.00")), smvps.of(ente.entityId(), 2024).version(), "segretario"))
        .isEqualTo(Outcome.SAVED);
    assertWithdrawn(ente, eq1, "segretario");
  }

  @Test
  void anAcknowledgementDatedAfterTodayIsRefused() {
    SampleEnte sample = new SampleEnte(context);
    SampleEnte.Created ente = sample.create("presa-visione-futura");
    long eq1 = ente.eqs().get(0);
    sample.record(ente, ente.indicator("7", 0), 2024, "-1");
    evaluations.saveBehaviour(ente.entityId(), ente.plan(), 2024, eq1, levels(4), null, null, "ndv");
    LocalDate today = LocalDate.now(clock);
    DateTimeFormatter italian = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    assertThat(evaluations.acknowledge(ente.entityId(), ente.plan(), 2024, eq1, today.plusDays(1), null, null, "eq1"))
        .isEqualTo(new Outcome.Refused(
            "Data della presa visione " + italian.format(today.plusDays(1)) + " non valida: non può essere successiva a oggi, "
                + italian.format(today) + "."));
    assertThat(stored(ente, eq1).acknowledged()).isFalse();
    assertThat(evaluations.acknowledge(ente.entityId(), ente.plan(), 2024, eq1, today, null, null, "eq1")).isEqualTo(Outcome.SAVED);
    assertThat(stored(ente, eq1).acknowledgedOn()).isEqualTo(today);
  }

  private void acknowledge(SampleEnte.Created ente, long eq) {
    assertThat(evaluations.acknowledge(ente.entityId(), ente.plan(), 2024, eq, SEEN, "Nessuna osservazione", null, "eq1"))
        .isEqualTo(Outcome.SAVED);
    assertThat(stored(ente, eq).acknowledgedOn()).isEqualTo(SEEN);
  }

  private void assertWithdrawn(SampleEnte.Created ente, long eq, String by) {
    Evaluations.Stored stored = stored(ente, eq);
    assertThat(stored.acknowledgedOn()).isNull();
    assertThat(stored.acknowledgedBy()).isNull();
    assertThat(stored.acknowledgementComment()).isNull();
    AuditEntry last = audit.of(ente.entityId()).stream().filter(e -> e.action().equals("PRESA_VISIONE_ANNULLATA")).findFirst().orElseThrow();
    assertThat(last.actor()).isEqualTo(by);
    assertThat(last.subject()).isEqualTo(
        "Presa visione della scheda di valutazione 2024 di Responsabile " + SampleEnte.SERVIZIO_1 + " annullata: la scheda è cambiata");
    assertThat(last.beforeValue()).isEqualTo("presa visione del 10/06/2025 (eq1)");
    assertThat(last.afterValue()).isEqualTo("da ripetere sulla scheda aggiornata");
  }

  private Evaluations.Stored stored(SampleEnte.Created ente, long eq) {
    return evaluations.of(ente.entityId(), ente.plan(), 2024).manager(eq).orElseThrow().stored();
  }

  private static Map<String, Integer> levels(int level) {
    Map<String, Integer> levels = new LinkedHashMap<>();
    Smvp.standard().criteria().forEach(c -> levels.put(c.name(), level));
    return levels;
  }
}
