package it.traguardo.payments;

import static it.traguardo.payments.InvoiceFixtures.body;
import static it.traguardo.payments.InvoiceFixtures.invoice;
import static it.traguardo.payments.InvoiceFixtures.payment;
import static it.traguardo.payments.InvoiceFixtures.summary;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PaymentLedgerTest {
  /** Invoice 5 of 2024: 1000.00 + 220.00 split VAT, two instalments stated net. */
  private static final String TWO_INSTALMENTS = invoice(body("TD01", "5", "2024-01-10", "1220.00",
      summary("1000.00", "220.00", "S"), payment("2024-02-09", "600.00"), payment("2024-03-10", "400.00")));

  @Test
  void eventsPaySuspendExcludeAndDateTheReceipt() throws Exception {
    String events = """
        tipo;partita_iva;numero;rata;data;data_fine;importo;motivo
        ricezione;09876543210;5;;2024-01-12;;;
        pagamento;IT09876543210;5;;2024-02-19;;700,00;
        sospensione;IT09876543210;5;2;2024-03-11;2024-03-20;;
        sospensione;IT09876543210;5;1;2024-01-01;2024-01-31;;
        pagamento;IT09876543210;5;;2024-04-01;;300,00;
        """;

    List<Instalment> instalments = ledger(TWO_INSTALMENTS, events).instalments();

    // 700.00 on 2024-02-19 pays instalment 1 (600.00, due 02-09: 10 days late; its January dispute ended
    // before the due date, so it suspends nothing) and 100.00 of instalment 2 (20 days early: the dispute of
    // 03-11..03-20 comes after that payment); 300.00 on 2024-04-01 pays the rest of instalment 2 (due 03-10,
    // 22 days, of which 10 suspended: 12 days)
    assertThat(instalments).extracting(Instalment::amount, Instalment::paidDate, Instalment::suspendedDays)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(new java.math.BigDecimal("600.00"), LocalDate.of(2024, 2, 19), 0),
            org.assertj.core.groups.Tuple.tuple(new java.math.BigDecimal("100.00"), LocalDate.of(2024, 2, 19), 0),
            org.assertj.core.groups.Tuple.tuple(new java.math.BigDecimal("300.00"), LocalDate.of(2024, 4, 1), 10));
    assertThat(instalments).allSatisfy(i -> {
      assertThat(i.receiptDate()).isEqualTo("2024-01-12");
      assertThat(i.flags()).doesNotContain(InstalmentFlag.RECEIPT_DATE_ASSUMED);
    });
    // ITP of Q1 2024: (10×600 + (-20)×100) / 700 = 4000 / 700 = 5.714 → 5.71; Q2: 12 × 300 / 300 = 12.00
    PaymentIndicators result = IndicatorCalculator.calculate(2024, LocalDate.of(2024, 12, 31), instalments);
    assertThat(result.itpQuarter(1).days()).isEqualByComparingTo("5.71");
    assertThat(result.itpQuarter(2).days()).isEqualByComparingTo("12.00");
  }

  @Test
  void partialPaymentLeavesAnUnpaidRestAndExclusionsCarryTheirReason() throws Exception {
    String events = """
        tipo;partita_iva;numero;rata;data;data_fine;importo;motivo
        pagamento;IT09876543210;5;1;2024-02-01;;250;
        esclusione;IT09876543210;5;2;;;;fattura contestata
        """;

    List<Instalment> instalments = ledger(TWO_INSTALMENTS, events).instalments();

    assertThat(instalments).extracting(Instalment::amount).map(java.math.BigDecimal::toPlainString)
        .containsExactly("250", "350.00", "400.00");
    assertThat(instalments.get(1).isPaid()).isFalse();
    assertThat(instalments.get(2).exclusionReason()).isEqualTo("fattura contestata");
  }

  @Test
  void unknownInvoiceAndOverpaymentAreLocated() throws Exception {
    String unknown = "tipo;partita_iva;numero;data;importo\npagamento;IT09876543210;99;2024-02-01;10\n";
    assertThatThrownBy(() -> ledger(TWO_INSTALMENTS, unknown).instalments())
        .hasMessage("eventi.csv:2: fattura non trovata tra quelle lette: partita IVA IT09876543210, numero 99");
    String tooMuch = "tipo;partita_iva;numero;data;importo\npagamento;IT09876543210;5;2024-02-01;1000,01\n";
    assertThatThrownBy(() -> ledger(TWO_INSTALMENTS, tooMuch).instalments())
        .hasMessage("eventi.csv:2: pagamento superiore al dovuto di 0.01 euro");
    String badKind = "tipo;partita_iva;numero\nbonifico;IT09876543210;5\n";
    assertThatThrownBy(() -> ledger(TWO_INSTALMENTS, badKind))
        .hasMessageStartingWith("eventi.csv:2: tipo sconosciuto: 'bonifico'");
  }

  private static PaymentLedger ledger(String xml, String events) throws PaymentInputException {
    PaymentLedger ledger = new PaymentLedger();
    ledger.addInvoices(new FatturaPaReader().read("f.xml", xml.getBytes(StandardCharsets.UTF_8)).invoices());
    ledger.addEvents(new PaymentEventsCsvReader()
        .read("eventi.csv", new ByteArrayInputStream(events.getBytes(StandardCharsets.UTF_8))));
    return ledger;
  }
}
