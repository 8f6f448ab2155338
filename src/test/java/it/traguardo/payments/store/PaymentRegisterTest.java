package it.traguardo.payments.store;

import static it.traguardo.payments.store.PaymentFixtures.file;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.traguardo.organization.Entities;
import it.traguardo.payments.IndicatorCalculator;
import it.traguardo.payments.Instalment;
import it.traguardo.payments.InvoiceRef;
import it.traguardo.payments.PaymentIndicators;
import it.traguardo.payments.PaymentInputException;
import it.traguardo.payments.PaymentMetrics;
import it.traguardo.support.TraguardoIntegrationTest;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The invoice register on the embedded PostgreSQL: storing, reloading, tenancy, all-or-nothing, replacement. */
@TraguardoIntegrationTest
class PaymentRegisterTest {

  @Autowired PaymentRegister register;
  @Autowired PaymentMetrics metrics;
  @Autowired IndicatorBindings bindings;
  @Autowired Entities entities;

  private long newEntity(String code) {
    return entities.create(code, "Comune di " + code).id();
  }

  @Test
  void storesAnImportAndReloadsTheSameInstalments() throws Exception {
    long entityId = newEntity("registro-ricarica");

    PaymentImport stored = register.importFiles(
        entityId, PaymentFixtures.invoices(), PaymentFixtures.events(), PaymentFixtures.register(), "ragioniere");

    assertThat(stored.fileNames()).containsExactly("fatture.xml", "eventi.csv", "registro.csv");
    assertThat(stored.documentsRead()).isEqualTo(4);
    assertThat(stored.instalments()).isEqualTo(5);
    assertThat(stored.considered()).isEqualTo(5);
    assertThat(stored.yearsReplaced()).containsExactly(2024);
    assertThat(stored.importedBy()).isEqualTo("ragioniere");

    List<Instalment> reloaded = register.instalments(entityId);
    assertThat(reloaded).hasSize(5);
    Instalment suspended = reloaded.stream()
        .filter(i -> i.invoice().equals(new InvoiceRef("IT09876543210", "B2", 2)))
        .findFirst()
        .orElseThrow();
    assertThat(suspended.suspendedDays()).isEqualTo(5);
    assertThat(suspended.paidDate()).isEqualTo(LocalDate.of(2024, 5, 31));
    assertThat(suspended.source()).isEqualTo("fatture.xml:31");
    // quotes and commas survive COPY, and an unpaid instalment stays unpaid
    Instalment unpaid = reloaded.stream().filter(i -> i.invoice().number().equals("R-2")).findFirst().orElseThrow();
    assertThat(unpaid.invoice().supplier()).isEqualTo("Studio Bianchi, \"associati\"");
    assertThat(unpaid.paidDate()).isNull();
    assertThat(unpaid.amount()).isEqualByComparingTo("800.00");

    PaymentIndicators indicators = IndicatorCalculator.calculate(2024, LocalDate.of(2024, 12, 31), reloaded);
    assertThat(indicators.itp().days()).isEqualByComparingTo("17.43");
    assertThat(indicators.itpQuarter(1).days()).isEqualByComparingTo("6.54");
    assertThat(metrics.annualDelay(entityId, 2024)).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("20.19"));
    assertThat(metrics.annualDelay(entityId, 2022)).isEmpty();
    assertThat(register.imports(entityId)).extracting(PaymentImport::id).containsExactly(stored.id());
  }

  @Test
  void anotherEntesIdFindsNothing() throws Exception {
    long owner = newEntity("registro-proprietario");
    long other = newEntity("registro-altro");
    PaymentImport stored = register.importFiles(owner, List.of(), List.of(), PaymentFixtures.register(), "ragioniere");

    assertThat(register.instalments(other)).isEmpty();
    assertThat(register.imports(other)).isEmpty();
    assertThat(register.find(other, stored.id())).isEmpty();
    assertThat(register.years(other)).isEmpty();
    assertThat(metrics.annualDelay(other, 2024)).isEmpty();
    assertThat(register.instalments(owner)).hasSize(2);
  }

  @Test
  void aBadFileStoresNothing() throws Exception {
    long entityId = newEntity("registro-tutto-o-niente");
    register.importFiles(entityId, List.of(), List.of(), PaymentFixtures.register(), "ragioniere");

    assertThatThrownBy(() -> register.importFiles(
            entityId,
            PaymentFixtures.invoices(),
            List.of(file("eventi.csv", PaymentFixtures.EVENTS_WITH_UNKNOWN_INVOICE)),
            PaymentFixtures.register(),
            "ragioniere"))
        .isInstanceOf(PaymentInputException.class)
        .hasMessageStartingWith("eventi.csv:5: ");

    assertThat(register.instalments(entityId)).hasSize(2);
    assertThat(register.imports(entityId)).hasSize(1);
  }

  @Test
  void anImportReplacesTheYearsItCoversAndKeepsTheOthers() throws Exception {
    long entityId = newEntity("registro-sostituzione");
    String previousYear = PaymentFixtures.REGISTER.replace("/2024;", "/2023;");
    register.importFiles(entityId, List.of(), List.of(), List.of(file("2023.csv", previousYear)), "ragioniere");
    register.importFiles(entityId, List.of(), List.of(), PaymentFixtures.register(), "ragioniere");
    register.importFiles(entityId, List.of(), List.of(), PaymentFixtures.register(), "ragioniere");

    List<Instalment> instalments = register.instalments(entityId);
    assertThat(instalments).hasSize(4);
    assertThat(instalments).filteredOn(i -> i.receiptDate().getYear() == 2023).hasSize(2);
    assertThat(instalments.stream().map(Instalment::amount).reduce(BigDecimal.ZERO, BigDecimal::add))
        .isEqualByComparingTo("4069.12");
    assertThat(register.years(entityId)).containsExactly(2024, 2023);
  }

  @Test
  void theIndicatorsFollowEachImport() throws Exception {
    long entityId = newEntity("registro-dopo-ogni-importazione");
    register.importFiles(
        entityId, List.of(), List.of(), List.of(file("2023.csv", PaymentFixtures.REGISTER.replace("/2024;", "/2023;"))), "ragioniere");
    assertThat(metrics.annualDelay(entityId, 2024)).isEmpty();
    register.importFiles(entityId, List.of(), List.of(), PaymentFixtures.register(), "ragioniere");
    // the 2023 invoices stay and weigh too (some are paid in 2024): the figure is that of the whole new register
    BigDecimal expected =
        IndicatorCalculator.calculate(2024, LocalDate.of(2024, 12, 31), register.instalments(entityId)).annualDelay().days();
    assertThat(expected).isEqualByComparingTo("28.18");
    assertThat(metrics.annualDelay(entityId, 2024)).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo(expected));
  }

  @Test
  void duringTheYearTheAnnualDelayIsAsOfToday() throws Exception {
    long entityId = newEntity("registro-in-corso-d-anno");
    register.importFiles(entityId, List.of(), List.of(), PaymentFixtures.register(), "ragioniere");
    // R-1 due 15/07 paid 11/08: 27 days late; R-2 due 01/12, unpaid: not yet due on 30/09, 30 days late on 31/12
    LocalDate september = LocalDate.of(2024, 9, 30);
    StoredPaymentMetrics onSeptember30 =
        new StoredPaymentMetrics(register, bindings, Clock.fixed(september.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC));
    assertThat(onSeptember30.annualDelay(entityId, 2024)).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("27"));
    assertThat(onSeptember30.annualDelay(entityId, 2025)).isEmpty();
    // (27 × 1.234,56 + 30 × 800) / 2.034,56 = 28,18 once the year is over
    assertThat(metrics.annualDelay(entityId, 2024)).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("28.18"));
  }

  @Test
  void twoImportsAtOnceReplaceEachOther() throws Exception {
    long entityId = newEntity("registro-due-insieme");
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
    try {
      java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
      List<java.util.concurrent.Future<?>> imports = new java.util.ArrayList<>();
      for (int i = 0; i < 2; i++) {
        imports.add(pool.submit(() -> {
          start.await();
          return register.importFiles(entityId, List.of(), List.of(), PaymentFixtures.register(), "ragioniere");
        }));
      }
      start.countDown();
      for (java.util.concurrent.Future<?> done : imports) {
        done.get();
      }
    } finally {
      pool.shutdown();
    }
    // the later import replaced the 2024 instalments of the earlier one: two, not four
    assertThat(register.instalments(entityId)).hasSize(2);
    assertThat(register.imports(entityId)).hasSize(2);
  }
}
