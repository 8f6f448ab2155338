package it.traguardo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class PaymentsCommandTest {
  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  /**
   * Register of 2024, hand-computed:
   * <pre>
   * 1: due 03-31, paid 03-21, 1220.00 - 220.00 split = 1000.00 → -10 days   (Q1)
   * 2: due 04-10, paid 05-10, 500.00                           →  30 days   (Q2)
   * 3: due 11-30, unpaid, 300.00: annual delay 31 days, overdue at 12-31
   * 4: received 2024-12-15, no due date → 2025-01-14 (flagged), unpaid: outstanding, not overdue
   * 5: credit note (-50.00): read, not counted
   * ITP = (-10000 + 15000) / 1500 = 3.333 → 3.33; Q1 -10.00; Q2 30.00
   * annual delay = (-10000 + 15000 + 9300) / 1800 = 7.944 → 7.94; overdue debt 300.00
   * </pre>
   */
  private static final String REGISTER = """
      numero;fornitore;data_ricezione;data_scadenza;importo;iva_split_payment;data_pagamento;giorni_sospensione
      1;Rossi;01/03/2024;31/03/2024;1220,00;220,00;21/03/2024;0
      2;Rossi;11/03/2024;10/04/2024;500,00;;10/05/2024;
      3;Bianchi;31/10/2024;30/11/2024;300,00;;;
      4;Bianchi;15/12/2024;;250,00;;;
      NC5;Bianchi;15/12/2024;;-50,00;;;
      """;

  @Test
  void printsOneJsonObjectWithHandComputedFigures() throws IOException {
    int exit = run("indicators", "--year", "2024", "--json", write("registro.csv", REGISTER).toString());

    assertThat(exit).isZero();
    assertThat(out.toString().strip()).isEqualTo(
        "{\"year\":2024,\"itp\":3.33,\"itpQuarters\":{\"Q1\":-10.00,\"Q2\":30.00,\"Q3\":null,\"Q4\":null},"
            + "\"annualDelay\":7.94,\"overdueDebt\":300.00,\"invoicesRead\":5,\"invoicesPaid\":2,"
            + "\"amountPaid\":1500.00}");
    assertThat(err.toString()).contains("registro.csv:5: avviso: fattura 4: scadenza mancante");
  }

  @Test
  void asOfMovesTheObservationDate() throws IOException {
    // as of 2024-06-30 only 1 and 2 count: 5000 / 1500 = 3.33
    run("indicators", "--year", "2024", "--as-of", "2024-06-30", "--json", write("r.csv", REGISTER).toString());

    assertThat(out.toString()).contains("\"annualDelay\":3.33");
  }

  @Test
  void readsFatturaPaWithEventsCsv() throws IOException {
    String xml = """
        <?xml version="1.0" encoding="UTF-8"?>
        <FatturaElettronica versione="FPA12"><FatturaElettronicaHeader><CedentePrestatore><DatiAnagrafici>
        <IdFiscaleIVA><IdPaese>IT</IdPaese><IdCodice>09876543210</IdCodice></IdFiscaleIVA>
        </DatiAnagrafici></CedentePrestatore></FatturaElettronicaHeader>
        <FatturaElettronicaBody><DatiGenerali><DatiGeneraliDocumento><TipoDocumento>TD01</TipoDocumento>
        <Divisa>EUR</Divisa><Data>2024-01-10</Data><Numero>A1</Numero></DatiGeneraliDocumento></DatiGenerali>
        <DatiPagamento><DettaglioPagamento><DataScadenzaPagamento>2024-02-09</DataScadenzaPagamento>
        <ImportoPagamento>100.00</ImportoPagamento></DettaglioPagamento></DatiPagamento></FatturaElettronicaBody>
        </FatturaElettronica>
        """;
    String events = "tipo;partita_iva;numero;data;importo\npagamento;09876543210;A1;2024-02-14;100.00\n";

    int exit = run("indicators", "--year", "2024", "--json",
        write("f.xml", xml).toString(), write("pagamenti.csv", events).toString());

    // paid 2024-02-14, due 02-09: 5 days
    assertThat(exit).isZero();
    assertThat(out.toString()).contains("\"itp\":5.00,").contains("\"invoicesRead\":1,")
        .contains("\"amountPaid\":100.00}");
  }

  @Test
  void badInputExitsOneWithLocatedItalianMessage() throws IOException {
    Path bad = write("registro.csv", REGISTER.replace("21/03/2024", "32/03/2024"));

    int exit = run("indicators", "--year", "2024", "--json", bad.toString());

    assertThat(exit).isEqualTo(1);
    assertThat(out.toString()).isEmpty();
    assertThat(err.toString().strip()).isEqualTo(
        bad + ":2: data_pagamento non valida: '32/03/2024' (formati ammessi: gg/mm/aaaa, aaaa-mm-gg)");
  }

  @Test
  void usageErrorsExitTwo() {
    assertThat(run("indicators", "--json", "x.csv")).isEqualTo(2);
    assertThat(run("indicators", "--year", "2024", "--as-of", "31/12/2024", "x.csv")).isEqualTo(2);
    assertThat(err.toString()).contains("data non valida '31/12/2024'");
  }

  private int run(String... args) {
    CommandLine command = new CommandLine(new PaymentsCommand());
    command.setOut(new PrintWriter(out));
    command.setErr(new PrintWriter(err));
    return command.execute(args);
  }

  private Path write(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
  }
}
