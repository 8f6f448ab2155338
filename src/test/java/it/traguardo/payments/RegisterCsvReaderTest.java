package it.traguardo.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RegisterCsvReaderTest {

  @Test
  void semicolonsDecimalCommaItalianDatesAndSplitVat() throws Exception {
    String csv = """
        numero;fornitore;data_ricezione;data_scadenza;importo;iva_split_payment;data_pagamento;giorni_sospensione
        1/2024;Rossi srl;15/01/2024;14/02/2024;1.220,00;220,00;20/02/2024;2
        2/2024;Bianchi spa;2024-03-01;;500,50;;;
        """;

    List<Instalment> rows = read(csv);

    assertThat(rows).hasSize(2);
    Instalment paid = rows.get(0);
    assertThat(paid.invoice()).isEqualTo(new InvoiceRef("Rossi srl", "1/2024", 1));
    assertThat(paid.amount()).isEqualByComparingTo("1000.00");
    assertThat(paid.receiptDate()).isEqualTo("2024-01-15");
    assertThat(paid.dueDate()).isEqualTo("2024-02-14");
    assertThat(paid.paidDate()).isEqualTo("2024-02-20");
    assertThat(paid.suspendedDays()).isEqualTo(2);
    assertThat(paid.source()).isEqualTo("registro.csv:2");
    Instalment open = rows.get(1);
    assertThat(open.isPaid()).isFalse();
    assertThat(open.amount()).isEqualByComparingTo("500.50");
    assertThat(open.dueDate()).isEqualTo("2024-03-31"); // 2024-03-01 + 30
    assertThat(open.flags()).containsExactly(InstalmentFlag.DUE_DATE_ASSUMED);
  }

  @Test
  void commasAnyColumnOrderExtraColumnsAndBom() throws Exception {
    String csv = "\uFEFFNote,Importo,Numero,Fornitore,Data_Ricezione,Data_Scadenza,Data_Pagamento\n"
        + "\"con, virgola\",\"1234.5\",7,Verdi,2024-01-01,2024-01-31,2024-01-21\n";

    Instalment row = read(csv).get(0);

    assertThat(row.amount()).isEqualByComparingTo("1234.50");
    assertThat(row.invoice().number()).isEqualTo("7");
    assertThat(row.paidDate()).isEqualTo(LocalDate.of(2024, 1, 21));
  }

  @Test
  void negativeRowsAreCreditNotes() throws Exception {
    String csv = "numero;fornitore;data_ricezione;importo\nNC1;Rossi;2024-01-01;-50,00\n1;Rossi;2024-01-01;10\n";
    List<Instalment> rows = new ArrayList<>();

    RegisterCsvReader.Summary summary = new RegisterCsvReader().read("r.csv", input(csv), rows::add);

    assertThat(summary).isEqualTo(new RegisterCsvReader.Summary(2, 1));
    assertThat(rows).hasSize(1);
  }

  @Test
  void errorsAreLocated() {
    String header = "numero;fornitore;data_ricezione;importo;data_pagamento\n";
    assertThatThrownBy(() -> read(header + "1;Rossi;2024-01-01;10;\n2;Rossi;31/02/2024;10;\n"))
        .hasMessage("registro.csv:3: data_ricezione non valida: '31/02/2024' (formati ammessi: gg/mm/aaaa,"
            + " aaaa-mm-gg)");
    assertThatThrownBy(() -> read(header + "1;Rossi;2024-01-01;dieci;\n"))
        .hasMessageStartingWith("registro.csv:2: importo non valido: 'dieci'");
    assertThatThrownBy(() -> read(header + "1;;2024-01-01;10;\n"))
        .hasMessage("registro.csv:2: manca il valore di fornitore");
    assertThatThrownBy(() -> read("numero;fornitore;importo\n"))
        .hasMessageStartingWith("registro.csv:1: manca la colonna data_ricezione");
    assertThatThrownBy(() -> read(header + "1;Rossi;2024-01-01;10;\n\"2;Rossi"))
        .isInstanceOf(PaymentInputException.class)
        .hasMessageStartingWith("registro.csv:3: CSV non valido");
  }

  private static List<Instalment> read(String csv) throws PaymentInputException {
    List<Instalment> rows = new ArrayList<>();
    new RegisterCsvReader().read("registro.csv", input(csv), rows::add);
    return rows;
  }

  private static ByteArrayInputStream input(String csv) {
    return new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void theRegisterHeaderIsRecognisedByWholeColumnNames() {
    assertThat(RegisterCsvReader.isRegisterHeader(
            "numero;fornitore;data_ricezione;data_scadenza;importo;iva_split_payment;data_pagamento;giorni_sospensione;tipo_documento"))
        .isTrue();
    assertThat(RegisterCsvReader.isRegisterHeader("\"numero\",\"fornitore\",\"data_ricezione\",\"importo\"")).isTrue();
    assertThat(RegisterCsvReader.isRegisterHeader("tipo;partita_iva;numero;rata;data;data_fine;importo;motivo")).isFalse();
    assertThat(RegisterCsvReader.isRegisterHeader("numero_fattura;fornitore;data_ricezione;importo")).isFalse();
  }
}
