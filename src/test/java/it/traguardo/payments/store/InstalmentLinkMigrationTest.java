package it.traguardo.payments.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.traguardo.support.TraguardoIntegrationTest;
import java.util.Arrays;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * V13 upgrades a database that has a register: in a schema of its own, the migrations up to V12 run, a register is
 * stored under the old foreign key, then V13 replaces the key by its triggers, keeping every row and still refusing
 * what the key refused.
 */
@TraguardoIntegrationTest
class InstalmentLinkMigrationTest {
  private static final String SCHEMA = "upgrade_v13";
  private static final MigrationVersion V13 = MigrationVersion.fromVersion("13");

  @Autowired DataSource dataSource;
  @Autowired JdbcClient jdbc;

  @AfterEach
  void dropSchema() {
    jdbc.sql("drop schema if exists " + SCHEMA + " cascade").update();
  }

  @Test
  void keepsTheRegisterAndItsGuarantees() {
    migrate(Arrays.stream(flyway(V13).info().all())
        .map(MigrationInfo::getVersion)
        .filter(version -> !version.isNewerThan("12"))
        .max(MigrationVersion::compareTo)
        .orElseThrow());
    long owner = entity("a");
    long other = entity("b");
    long ownerImport = paymentImport(owner);
    long otherImport = paymentImport(other);
    for (int position = 0; position < 3; position++) {
      instalment(owner, ownerImport, position);
    }
    instalment(other, otherImport, 0);

    migrate(V13);

    assertThat(jdbc.sql("select count(*) from " + SCHEMA + ".payment_instalment where entity_id = ? and import_id = ?")
            .params(owner, ownerImport).query(Long.class).single())
        .isEqualTo(3);
    assertThat(jdbc.sql("select count(*) from pg_constraint where conrelid = '" + SCHEMA + ".payment_instalment'::regclass"
            + " and contype = 'f'").query(Long.class).single())
        .isZero();
    assertThatThrownBy(() -> instalment(owner, otherImport, 3))
        .isInstanceOf(DataIntegrityViolationException.class)
        .hasMessageContaining("ente " + owner + " has no import " + otherImport);
    assertThatThrownBy(() -> jdbc.sql("truncate " + SCHEMA + ".payment_import").update())
        .isInstanceOf(DataIntegrityViolationException.class)
        .hasMessageContaining("cannot be truncated");

    jdbc.sql("delete from " + SCHEMA + ".payment_import where id = ?").param(ownerImport).update();
    assertThat(jdbc.sql("select entity_id from " + SCHEMA + ".payment_instalment").query(Long.class).list())
        .containsExactly(other);
    // both tables at once: nothing is left pointing anywhere
    jdbc.sql("truncate " + SCHEMA + ".payment_import, " + SCHEMA + ".payment_instalment").update();
  }

  private Flyway flyway(MigrationVersion target) {
    return Flyway.configure()
        .dataSource(dataSource)
        .schemas(SCHEMA)
        .locations("classpath:db/migration")
        .target(target)
        .load();
  }

  private void migrate(MigrationVersion target) {
    assertThat(flyway(target).migrate().success).isTrue();
  }

  private long entity(String code) {
    return jdbc.sql("insert into " + SCHEMA + ".entity (code, name) values (?, ?) returning id")
        .params(code, "Comune " + code).query(Long.class).single();
  }

  private long paymentImport(long entityId) {
    return jdbc.sql(
            "insert into " + SCHEMA + ".payment_import (entity_id, imported_by, file_names, documents_read,"
                + " credit_notes, instalments, excluded, years_replaced, warnings)"
                + " values (?, 'ragioniere', '{registro.csv}', 1, 0, 1, 0, '{2024}', '{}') returning id")
        .param(entityId).query(Long.class).single();
  }

  private void instalment(long entityId, long importId, int position) {
    jdbc.sql(
            "insert into " + SCHEMA + ".payment_instalment (entity_id, import_id, position, supplier, invoice_number,"
                + " instalment, receipt_date, due_date, amount, source)"
                + " values (?, ?, ?, 'IT01234567890', 'X-1', 1, date '2024-03-01', date '2024-03-31', 10, 'r.csv:2')")
        .params(entityId, importId, position).update();
  }
}
