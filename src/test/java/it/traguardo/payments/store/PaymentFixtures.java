package it.traguardo.payments.store;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Invoices, events and a register written for these tests, with their indicators for 2024 computed by hand.
 *
 * <pre>
 * instalment           due         paid        days                     amount    days × amount
 * A1 (split VAT, net)  09/02/2024  19/02/2024  10                       1000,00   10000,00   Q1
 * B2 rata 1            01/04/2024  27/03/2024  −5                        300,00   −1500,00   Q1
 * B2 rata 2            01/05/2024  31/05/2024  30 − 5 suspended = 25     310,00    7750,00   Q2
 * R-1 (register)       15/07/2024  11/08/2024  27                       1234,56   33333,12   Q3
 * R-2 (register)       01/12/2024  unpaid      31/12 − 01/12 = 30        800,00   24000,00   annual delay only
 *
 * ITP 2024 = 49583,12 / 2844,56 = 17,43;  Q1 = 8500 / 1300 = 6,54;  Q2 = 25,00;  Q3 = 27,00
 * annual delay 2024 at 31/12 = 73583,12 / 3644,56 = 20,19
 * residual debt at 31/12/2024 = 800,00, all overdue
 * </pre>
 */
public final class PaymentFixtures {
  public static final String ITP_2024 = "17,43";
  public static final String ITP_Q1_2024 = "6,54";
  public static final String ANNUAL_DELAY_2024 = "20,19";

  private PaymentFixtures() {}

  public static final String INVOICES = """
      <?xml version="1.0" encoding="UTF-8"?>
      <p:FatturaElettronica versione="FPA12" xmlns:p="http://ivaservizi.agenziaentrate.gov.it/docs/xsd/fatture/v1.2">
        <FatturaElettronicaHeader>
          <CedentePrestatore><DatiAnagrafici>
            <IdFiscaleIVA><IdPaese>IT</IdPaese><IdCodice>09876543210</IdCodice></IdFiscaleIVA>
            <Anagrafica><Denominazione>Forniture Verdi srl</Denominazione></Anagrafica>
          </DatiAnagrafici></CedentePrestatore>
        </FatturaElettronicaHeader>
        <FatturaElettronicaBody>
          <DatiGenerali><DatiGeneraliDocumento>
            <TipoDocumento>TD01</TipoDocumento><Divisa>EUR</Divisa><Data>2024-01-10</Data><Numero>A1</Numero>
            <ImportoTotaleDocumento>1220.00</ImportoTotaleDocumento>
          </DatiGeneraliDocumento></DatiGenerali>
          <DatiBeniServizi><DatiRiepilogo><AliquotaIVA>22.00</AliquotaIVA><ImponibileImporto>1000.00</ImponibileImporto>
            <Imposta>220.00</Imposta><EsigibilitaIVA>S</EsigibilitaIVA></DatiRiepilogo></DatiBeniServizi>
          <DatiPagamento><CondizioniPagamento>TP02</CondizioniPagamento><DettaglioPagamento>
            <ModalitaPagamento>MP05</ModalitaPagamento><DataScadenzaPagamento>2024-02-09</DataScadenzaPagamento>
            <ImportoPagamento>1000.00</ImportoPagamento></DettaglioPagamento></DatiPagamento>
        </FatturaElettronicaBody>
        <FatturaElettronicaBody>
          <DatiGenerali><DatiGeneraliDocumento>
            <TipoDocumento>TD01</TipoDocumento><Divisa>EUR</Divisa><Data>2024-03-01</Data><Numero>B2</Numero>
            <ImportoTotaleDocumento>610.00</ImportoTotaleDocumento>
          </DatiGeneraliDocumento></DatiGenerali>
          <DatiBeniServizi><DatiRiepilogo><AliquotaIVA>22.00</AliquotaIVA><ImponibileImporto>500.00</ImponibileImporto>
            <Imposta>110.00</Imposta><EsigibilitaIVA>I</EsigibilitaIVA></DatiRiepilogo></DatiBeniServizi>
          <DatiPagamento><CondizioniPagamento>TP01</CondizioniPagamento>
            <DettaglioPagamento><ModalitaPagamento>MP05</ModalitaPagamento>
              <DataScadenzaPagamento>2024-04-01</DataScadenzaPagamento><ImportoPagamento>300.00</ImportoPagamento>
            </DettaglioPagamento>
            <DettaglioPagamento><ModalitaPagamento>MP05</ModalitaPagamento>
              <DataScadenzaPagamento>2024-05-01</DataScadenzaPagamento><ImportoPagamento>310.00</ImportoPagamento>
            </DettaglioPagamento>
          </DatiPagamento>
        </FatturaElettronicaBody>
      </p:FatturaElettronica>
      """;

  public static final String EVENTS = """
      tipo;partita_iva;numero;rata;data;data_fine;importo;motivo
      ricezione;09876543210;A1;;2024-01-10;;;
      ricezione;09876543210;B2;;2024-03-01;;;
      pagamento;09876543210;A1;;19/02/2024;;1000,00;
      pagamento;09876543210;B2;1;27/03/2024;;300,00;
      pagamento;09876543210;B2;2;31/05/2024;;310,00;
      sospensione;09876543210;B2;2;11/05/2024;15/05/2024;;
      """;

  /** Line 5 pays an invoice that none of the files holds. */
  public static final String EVENTS_WITH_UNKNOWN_INVOICE = EVENTS.replace(
      "pagamento;09876543210;B2;1;", "pagamento;09876543210;ZZ9;1;");

  public static final String REGISTER = """
      numero;fornitore;data_ricezione;data_scadenza;importo;iva_split_payment;data_pagamento;giorni_sospensione
      R-1;"Studio Bianchi, ""associati""\";15/06/2024;15/07/2024;1.234,56;;11/08/2024;
      R-2;"Studio Bianchi, ""associati""\";01/11/2024;01/12/2024;800,00;;;
      """;

  public static UploadedFile file(String name, String content) {
    return new UploadedFile(name, content.getBytes(StandardCharsets.UTF_8));
  }

  public static List<UploadedFile> invoices() {
    return List.of(file("fatture.xml", INVOICES));
  }

  public static List<UploadedFile> events() {
    return List.of(file("eventi.csv", EVENTS));
  }

  public static List<UploadedFile> register() {
    return List.of(file("registro.csv", REGISTER));
  }
}
