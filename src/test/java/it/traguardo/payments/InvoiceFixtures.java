package it.traguardo.payments;

/** FatturaPA invoices written for these tests (the official samples are read from ../shared only). */
final class InvoiceFixtures {
  private InvoiceFixtures() {}

  static String invoiceFrom(String encoding, String supplierName, String... bodies) {
    return "<?xml version=\"1.0\" encoding=\"" + encoding + "\"?>\n"
        + "<p:FatturaElettronica versione=\"FPA12\""
        + " xmlns:p=\"http://ivaservizi.agenziaentrate.gov.it/docs/xsd/fatture/v1.2\">\n"
        + "  <FatturaElettronicaHeader>\n"
        + "    <CedentePrestatore>\n"
        + "      <DatiAnagrafici>\n"
        + "        <IdFiscaleIVA><IdPaese>IT</IdPaese><IdCodice> 09876543210 </IdCodice></IdFiscaleIVA>\n"
        + "        <Anagrafica><Denominazione>" + supplierName + "</Denominazione></Anagrafica>\n"
        + "      </DatiAnagrafici>\n"
        + "    </CedentePrestatore>\n"
        + "  </FatturaElettronicaHeader>\n"
        + String.join("", bodies)
        + "</p:FatturaElettronica>\n";
  }

  static String invoice(String... bodies) {
    return invoiceFrom("UTF-8", "Forniture Rossi srl", bodies);
  }

  /**
   * @param summaries DatiRiepilogo contents, e.g. {@code riepilogo("1000.00", "220.00", "S")}
   * @param payments DettaglioPagamento contents, e.g. {@code pagamento("2024-03-31", "1000.00")}; none → no
   *     DatiPagamento
   */
  static String body(String type, String number, String date, String total, String summaries, String... payments) {
    StringBuilder body = new StringBuilder();
    body.append("  <FatturaElettronicaBody>\n    <DatiGenerali><DatiGeneraliDocumento>\n")
        .append("      <TipoDocumento>").append(type).append("</TipoDocumento><Divisa>EUR</Divisa>\n")
        .append("      <Data>").append(date).append("</Data><Numero>").append(number).append("</Numero>\n");
    if (total != null) {
      body.append("      <ImportoTotaleDocumento>").append(total).append("</ImportoTotaleDocumento>\n");
    }
    body.append("    </DatiGeneraliDocumento></DatiGenerali>\n")
        .append("    <DatiBeniServizi>\n").append(summaries).append("    </DatiBeniServizi>\n");
    if (payments.length > 0) {
      body.append("    <DatiPagamento><CondizioniPagamento>TP01</CondizioniPagamento>\n");
      for (String payment : payments) {
        body.append("      <DettaglioPagamento><ModalitaPagamento>MP05</ModalitaPagamento>")
            .append(payment).append("</DettaglioPagamento>\n");
      }
      body.append("    </DatiPagamento>\n");
    }
    return body.append("  </FatturaElettronicaBody>\n").toString();
  }

  static String summary(String taxable, String tax, String vatChargeability) {
    return "      <DatiRiepilogo><AliquotaIVA>22.00</AliquotaIVA><ImponibileImporto>" + taxable
        + "</ImponibileImporto><Imposta>" + tax + "</Imposta><EsigibilitaIVA>" + vatChargeability
        + "</EsigibilitaIVA></DatiRiepilogo>\n";
  }

  static String payment(String due, String amount) {
    return (due == null ? "" : "<DataScadenzaPagamento>" + due + "</DataScadenzaPagamento>")
        + "<ImportoPagamento>" + amount + "</ImportoPagamento>";
  }
}
