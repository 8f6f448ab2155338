package it.traguardo.payments.store;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

/**
 * A stored import and its report.
 *
 * @param documentsRead invoice bodies (credit notes included) and register rows read
 * @param instalments instalments stored (or parts of them, when paid in several goes), excluded ones included
 * @param excluded instalments stored with an exclusion reason, which count in no indicator
 * @param yearsReplaced receipt years whose earlier instalments this import replaced
 * @param warnings located warnings ({@code file:line: avviso: …}) and totals of the assumptions made
 */
public record PaymentImport(
    long id,
    String importedBy,
    OffsetDateTime importedAt,
    List<String> fileNames,
    long documentsRead,
    long creditNotes,
    long instalments,
    long excluded,
    List<Integer> yearsReplaced,
    List<String> warnings) {

  private static final ZoneId ITALY = ZoneId.of("Europe/Rome");

  /** When it was imported, in Italian local time whatever the server's zone: the time users read. */
  public LocalDateTime importedAtInItaly() {
    return importedAt.atZoneSameInstant(ITALY).toLocalDateTime();
  }

  /** Instalments that count in the indicators. */
  public long considered() {
    return instalments - excluded;
  }
}
