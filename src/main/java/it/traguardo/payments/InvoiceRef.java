package it.traguardo.payments;

/**
 * Which invoice instalment a figure belongs to.
 *
 * @param supplier supplier VAT number with country prefix (e.g. {@code IT01234567890}); for register rows, the
 *     supplier as the register names it
 * @param number invoice number as written by the supplier
 * @param instalment 1-based instalment number within the invoice
 */
public record InvoiceRef(String supplier, String number, int instalment) {

  /** Normalises a VAT number: no spaces, upper case, {@code IT} added to a bare 11-digit Italian number. */
  public static String normaliseVat(String vat) {
    String compact = vat.replaceAll("\\s", "").toUpperCase(java.util.Locale.ROOT);
    return compact.matches("\\d{11}") ? "IT" + compact : compact;
  }
}
