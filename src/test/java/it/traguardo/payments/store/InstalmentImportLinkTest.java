package it.traguardo.payments.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.traguardo.organization.Entities;
import it.traguardo.payments.Instalment;
import it.traguardo.payments.InvoiceRef;
import it.traguardo.support.TraguardoIntegrationTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The database itself keeps every instalment tied to an import of its own ente (V13: one check per statement instead
 * of a per-row foreign key), whatever writes the rows: the application's COPY or plain SQL.
 */
@TraguardoIntegrationTest
class InstalmentImportLinkTest {

  @Autowired PaymentRegister register;
  @Autowired Entities entities;
  @Autowired JdbcClient jdbc;
  @Autowired TransactionTemplate transactions;

  private long owner;
  private long ownerImport;
  private long other;
  private long otherImport;

  @BeforeEach
  void twoEntesWithAnImportEach() throws Exception {
    String suffix = String.valueOf(System.nanoTime());
    owner = entities.create("legame-a-" + suffix, "Comune A").id();
    other = entities.create("legame-b-" + suffix, "Comune B").id();
    ownerImport = register.importFiles(owner, List.of(), List.of(), PaymentFixtures.register(), "ragioniere").id();
    otherImport = register.importFiles(other, List.of(), List.of(), PaymentFixtures.register(), "ragioniere").id();
  }

  @Test
  void anInstalmentNamingAnotherEntesImportIsRefused() {
    assertThatThrownBy(() -> insert(owner, otherImport, 100))
        .isInstanceOf(DataIntegrityViolationException.class)
        .hasMessageContaining("ente " + owner + " has no import " + otherImport);
    assertThat(rows(owner)).isEqualTo(2);
  }

  @Test
  void anInstalmentNamingNoImportIsRefused() {
    long missing = Math.max(ownerImport, otherImport) + 1_000_000;
    assertThatThrownBy(() -> insert(owner, missing, 100))
        .isInstanceOf(DataIntegrityViolationException.class)
        .hasMessageContaining("has no import " + missing);
  }

  @Test
  void aCopyIntoAnotherEntesImportStoresNothing() {
    Instalment instalment = new Instalment(
        new InvoiceRef("IT01234567890", "X-1", 1), LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 31),
        new BigDecimal("10.00"), null, 0, null, Set.of(), "prova.csv:2");

    assertThatThrownBy(() -> transactions.executeWithoutResult(
            status -> register.copy(owner, otherImport, List.of(instalment, instalment))))
        .rootCause()
        .hasMessageContaining("payment_instalment: ente " + owner + " has no import " + otherImport);
    assertThat(rows(owner)).isEqualTo(2);
    assertThat(rows(other)).isEqualTo(2);
  }

  @Test
  void anInstalmentCannotBeMovedToAnotherEntesImport() {
    assertThatThrownBy(() -> jdbc.sql("update payment_instalment set import_id = ? where entity_id = ?")
            .params(otherImport, owner)
            .update())
        .isInstanceOf(DataIntegrityViolationException.class);
    assertThat(jdbc.sql("select count(*) from payment_instalment where entity_id = ? and import_id = ?")
            .params(owner, ownerImport).query(Long.class).single())
        .isEqualTo(2);
    // an update that keeps the link passes the same check
    assertThat(jdbc.sql("update payment_instalment set suspended_days = 1 where entity_id = ?").param(owner).update())
        .isEqualTo(2);
  }

  @Test
  void deletingAnImportDeletesItsInstalmentsOnly() {
    jdbc.sql("delete from payment_import where entity_id = ? and id = ?").params(owner, ownerImport).update();

    assertThat(rows(owner)).isZero();
    assertThat(rows(other)).isEqualTo(2);
  }

  @Test
  void deletingAnEnteDeletesItsRegister() {
    jdbc.sql("delete from entity where id = ?").param(owner).update();

    assertThat(rows(owner)).isZero();
    assertThat(rows(other)).isEqualTo(2);
  }

  @Test
  void anImportWithInstalmentsCannotChangeEnte() {
    assertThatThrownBy(() -> jdbc.sql("update payment_import set entity_id = ? where id = ?")
            .params(other, ownerImport)
            .update())
        .isInstanceOf(DataIntegrityViolationException.class)
        .hasMessageContaining("import " + ownerImport + " of ente " + owner + " still has instalments");
    assertThat(register.find(owner, ownerImport)).isPresent();
  }

  private void insert(long entityId, long importId, int position) {
    jdbc.sql(
            """
            insert into payment_instalment (entity_id, import_id, position, supplier, invoice_number, instalment,
                                            receipt_date, due_date, amount, source)
            values (?, ?, ?, 'IT01234567890', 'X-1', 1, date '2024-03-01', date '2024-03-31', 10, 'prova.csv:2')""")
        .params(entityId, importId, position)
        .update();
  }

  private long rows(long entityId) {
    return jdbc.sql("select count(*) from payment_instalment where entity_id = ?").param(entityId)
        .query(Long.class).single();
  }
}
