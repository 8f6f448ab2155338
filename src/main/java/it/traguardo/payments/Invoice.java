package it.traguardo.payments;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One invoice body read from a FatturaPA file.
 *
 * @param supplierVat supplier VAT number, country prefix included (CedentePrestatore/IdFiscaleIVA)
 * @param supplierName supplier name (Denominazione, or Nome and Cognome)
 * @param number invoice number
 * @param date invoice date
 * @param documentType TipoDocumento, e.g. {@code TD01}; {@code TD04} is a credit note
 * @param total ImportoTotaleDocumento, or taxable plus VAT of DatiRiepilogo when the invoice omits it
 * @param splitPaymentVat VAT under split payment (EsigibilitaIVA = S), paid by the comune to the State
 * @param instalments what the comune owes the supplier, net of split-payment VAT; empty for credit notes
 * @param file file it was read from ({@code archive.zip!/entry.xml} inside archives)
 * @param line line where its FatturaElettronicaBody starts
 */
public record Invoice(
    String supplierVat,
    String supplierName,
    String number,
    LocalDate date,
    String documentType,
    BigDecimal total,
    BigDecimal splitPaymentVat,
    List<Instalment> instalments,
    String file,
    long line) {

  public static final String CREDIT_NOTE = "TD04";

  public Invoice {
    instalments = List.copyOf(instalments);
  }

  public String source() {
    return file + ":" + line;
  }

  /** Credit notes are read and counted, but they are not payment requests. */
  public boolean isCreditNote() {
    return CREDIT_NOTE.equals(documentType);
  }
}
