package it.traguardo.payments.store;

import it.traguardo.payments.Instalment;
import it.traguardo.payments.InstalmentFlag;
import it.traguardo.payments.InvoiceRef;
import it.traguardo.payments.PaymentInputException;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import it.traguardo.payments.PaymentsImported;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The invoice register of each ente. Every method takes the ente's id and every statement filters on it, so an id
 * of another ente finds nothing.
 *
 * <p>An import is a complete picture of the years it covers: it replaces the ente's instalments received in those
 * years (by receipt date) and leaves the other years alone. Invoices and their events must therefore come in the
 * same import, as the readers join them.
 */
@Service
public class PaymentRegister {
  /** Bytes buffered before each write to the COPY stream. */
  private static final int COPY_CHUNK = 1 << 16;

  private final JdbcClient jdbc;
  private final DataSource dataSource;
  private final ApplicationEventPublisher publisher;

  PaymentRegister(JdbcClient jdbc, DataSource dataSource, ApplicationEventPublisher publisher) {
    this.jdbc = jdbc;
    this.dataSource = dataSource;
    this.publisher = publisher;
  }

  /** The advisory-lock class of the register's imports (the second key is the ente). */
  private static final int IMPORT_LOCK = 0x54524750;

  /**
   * Reads every file and stores the result in one transaction.
   *
   * @throws PaymentInputException at the first unreadable file or line; then nothing is stored
   */
  @Transactional
  public PaymentImport importFiles(
      long entityId, List<UploadedFile> invoices, List<UploadedFile> events, List<UploadedFile> registers,
      String importedBy) throws PaymentInputException {
    ImportReading reading = ImportReading.of(invoices, events, registers);
    // one import of an ente at a time: two replacing the same years at once would each keep their own instalments
    jdbc.sql("select pg_advisory_xact_lock(?, ?)").params(IMPORT_LOCK, Long.hashCode(entityId)).query(Object.class).single();
    Set<Integer> years = new TreeSet<>();
    reading.instalments.forEach(i -> years.add(i.receiptDate().getYear()));
    String[] fileNames =
        Stream.of(invoices, events, registers).flatMap(List::stream).map(UploadedFile::name)
            .toArray(String[]::new);
    long importId =
        jdbc.sql(
                """
                insert into payment_import (entity_id, imported_by, file_names, documents_read, credit_notes,
                                            instalments, excluded, years_replaced, warnings)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
            .params(entityId, importedBy, fileNames, reading.documentsRead, reading.creditNotes,
                reading.instalments.size(), reading.excluded(), years.toArray(Integer[]::new),
                reading.warnings.toArray(String[]::new))
            .query(Long.class)
            .single();
    for (int year : years) {
      // a range on receipt_date, so that the (entity_id, receipt_date) index finds the rows
      jdbc.sql("delete from payment_instalment where entity_id = ? and receipt_date >= ? and receipt_date < ?")
          .params(entityId, LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1))
          .update();
    }
    copy(entityId, importId, reading.instalments);
    publisher.publishEvent(
        new PaymentsImported(
            entityId, importId, List.of(fileNames), List.copyOf(years), boundIndicatorNames(entityId), importedBy));
    return find(entityId, importId).orElseThrow();
  }

  /** The indicators of the ente bound to a payment metric, by name, for the audit trail. */
  private List<String> boundIndicatorNames(long entityId) {
    return jdbc.sql(
            """
            select i.name from indicator_binding b join indicator i on i.entity_id = b.entity_id and i.id = b.indicator_id
            where b.entity_id = ? order by i.name""")
        .param(entityId)
        .query(String.class)
        .list();
  }

  /**
   * Bulk insert with PostgreSQL COPY on the transaction's connection: the register of a large comune is tens of
   * thousands of rows, which row-by-row inserts would take seconds to store.
   */
  void copy(long entityId, long importId, List<Instalment> instalments) {
    Connection connection = DataSourceUtils.getConnection(dataSource);
    try {
      CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(
          "copy payment_instalment (entity_id, import_id, position, supplier, invoice_number, instalment,"
              + " receipt_date, due_date, amount, paid_date, suspended_days, exclusion_reason, flags, source)"
              + " from stdin (format csv)");
      try {
        StringBuilder rows = new StringBuilder(COPY_CHUNK + 1024);
        int position = 0;
        for (Instalment instalment : instalments) {
          appendRow(rows, entityId, importId, position++, instalment);
          if (rows.length() >= COPY_CHUNK) {
            write(copy, rows);
          }
        }
        write(copy, rows);
        copy.endCopy();
      } finally {
        if (copy.isActive()) {
          copy.cancelCopy();
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("COPY delle rate non riuscita", e);
    } finally {
      DataSourceUtils.releaseConnection(connection, dataSource);
    }
  }

  private static void write(CopyIn copy, StringBuilder rows) throws SQLException {
    byte[] bytes = rows.toString().getBytes(StandardCharsets.UTF_8);
    copy.writeToCopy(bytes, 0, bytes.length);
    rows.setLength(0);
  }

  private static void appendRow(StringBuilder row, long entityId, long importId, int position, Instalment i) {
    InvoiceRef invoice = i.invoice();
    row.append(entityId).append(',').append(importId).append(',').append(position).append(',');
    quoted(row, invoice.supplier()).append(',');
    quoted(row, invoice.number()).append(',');
    row.append(invoice.instalment()).append(',');
    row.append(i.receiptDate()).append(',').append(i.dueDate()).append(',');
    row.append(i.amount().toPlainString()).append(',');
    if (i.paidDate() != null) {
      row.append(i.paidDate());
    }
    row.append(',').append(i.suspendedDays()).append(',');
    if (i.exclusionReason() != null) {
      quoted(row, i.exclusionReason());
    }
    row.append(',');
    // enum names need no quoting inside the array literal
    quoted(row, "{" + String.join(",", i.flags().stream().map(Enum::name).sorted().toList()) + "}").append(',');
    quoted(row, i.source()).append('\n');
  }

  /** A CSV field in double quotes, so that an empty string stays distinct from NULL. */
  private static StringBuilder quoted(StringBuilder row, String text) {
    return row.append('"').append(text.replace("\"", "\"\"")).append('"');
  }

  /** The ente's instalments, in import order. */
  public List<Instalment> instalments(long entityId) {
    return jdbc.sql(
            """
            select supplier, invoice_number, instalment, receipt_date, due_date, amount, paid_date, suspended_days,
                   exclusion_reason, flags, source
              from payment_instalment where entity_id = ? order by import_id, position""")
        .param(entityId)
        .query((rs, n) -> instalment(rs))
        .list();
  }

  private static Instalment instalment(ResultSet rs) throws SQLException {
    Set<InstalmentFlag> flags = EnumSet.noneOf(InstalmentFlag.class);
    for (String flag : strings(rs.getArray("flags"))) {
      flags.add(InstalmentFlag.valueOf(flag));
    }
    return new Instalment(
        new InvoiceRef(rs.getString("supplier"), rs.getString("invoice_number"), rs.getInt("instalment")),
        rs.getObject("receipt_date", LocalDate.class),
        rs.getObject("due_date", LocalDate.class),
        rs.getBigDecimal("amount"),
        rs.getObject("paid_date", LocalDate.class),
        rs.getInt("suspended_days"),
        rs.getString("exclusion_reason"),
        flags,
        rs.getString("source"));
  }

  /** The id of the ente's latest import, 0 before the first: it changes whenever the register does. */
  public long latestImport(long entityId) {
    return jdbc.sql("select coalesce(max(id), 0) from payment_import where entity_id = ?").param(entityId).query(Long.class).single();
  }

  public Optional<OffsetDateTime> lastImportAt(long entityId) {
    return jdbc.sql("select max(imported_at) from payment_import where entity_id = ?")
        .param(entityId)
        .query((rs, n) -> Optional.ofNullable(rs.getObject(1, OffsetDateTime.class)))
        .single();
  }

  /** Years with any instalment received, due or paid, latest first. */
  public List<Integer> years(long entityId) {
    return jdbc.sql(
            """
            select distinct y from payment_instalment,
                   unnest(array[date_part('year', receipt_date), date_part('year', due_date),
                                date_part('year', paid_date)]::integer[]) as y
             where entity_id = ? and y is not null order by y desc""")
        .param(entityId)
        .query(Integer.class)
        .list();
  }

  public List<PaymentImport> imports(long entityId) {
    return jdbc.sql("select * from payment_import where entity_id = ? order by imported_at desc, id desc")
        .param(entityId)
        .query((rs, n) -> paymentImport(rs))
        .list();
  }

  public Optional<PaymentImport> find(long entityId, long importId) {
    return jdbc.sql("select * from payment_import where entity_id = ? and id = ?")
        .params(entityId, importId)
        .query((rs, n) -> paymentImport(rs))
        .optional();
  }

  private static PaymentImport paymentImport(ResultSet rs) throws SQLException {
    return new PaymentImport(
        rs.getLong("id"),
        rs.getString("imported_by"),
        rs.getObject("imported_at", OffsetDateTime.class),
        strings(rs.getArray("file_names")),
        rs.getLong("documents_read"),
        rs.getLong("credit_notes"),
        rs.getLong("instalments"),
        rs.getLong("excluded"),
        Arrays.stream((Integer[]) rs.getArray("years_replaced").getArray()).toList(),
        strings(rs.getArray("warnings")));
  }

  private static List<String> strings(Array array) throws SQLException {
    return List.of((String[]) array.getArray());
  }
}
