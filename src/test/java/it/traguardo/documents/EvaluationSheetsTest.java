package it.traguardo.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/** An EQ's evaluation sheet read back with PDFBox and validated with veraPDF. */
class EvaluationSheetsTest {

  private static EvaluationSheetData sheet(EvaluationSheetData.Acknowledgement acknowledgement) {
    return new EvaluationSheetData(
        "Comune di Cedrasco", 2024, "Piano Integrato di Attività ed Organizzazione 2024-2026", "Maria Bianchi",
        "Responsabile di servizio (EQ)", "Servizio 1 – Finanziario - Amministrativo", new BigDecimal("70"), new BigDecimal("30"),
        List.of(
            new EvaluationSheetData.ObjectiveLine("1. Privacy", new BigDecimal("28.57"), new BigDecimal("100.00"), "raggiunto", false),
            new EvaluationSheetData.ObjectiveLine("6. Bilancio", new BigDecimal("28.57"), new BigDecimal("55.56"), "parzialmente raggiunto", false),
            new EvaluationSheetData.ObjectiveLine("7. Tempi di pagamento", new BigDecimal("42.86"), new BigDecimal("0.00"), "non raggiunto", true),
            new EvaluationSheetData.ObjectiveLine("9. Tributi", new BigDecimal("0"), null, "non valutabile", false)),
        new BigDecimal("44.44"),
        List.of(
            new EvaluationSheetData.CriterionLine("Competenze professionali e manageriali", new BigDecimal("50"), 5, "eccellente", 5),
            new EvaluationSheetData.CriterionLine("Valutazione dei collaboratori", new BigDecimal("50"), 5, "eccellente", 5)),
        new BigDecimal("100.00"), "Ottima collaborazione", new BigDecimal("61.11"), "da 60 a meno di 70", new BigDecimal("60"),
        new BigDecimal("30.002"), List.of("7"), new BigDecimal("3000.00"), new BigDecimal("1259.96"), new BigDecimal("1259.96"),
        List.of(), new EvaluationSheetData.Validation("Verbale n. 3", LocalDate.of(2025, 5, 20)), acknowledgement);
  }

  private static String text(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return Normalizer.normalize(new PDFTextStripper().getText(document), Normalizer.Form.NFKC).replaceAll("\\s+", " ");
    }
  }

  @Test
  void theSheetShowsTheChainAndTheAcknowledgement() throws Exception {
    byte[] pdf = new EvaluationSheets().pdf(sheet(new EvaluationSheetData.Acknowledgement(LocalDate.of(2025, 6, 10), "mbianchi", "Nessuna")));
    String text = text(pdf);
    assertThat(text)
        .contains("Scheda di valutazione individuale 2024 – Maria Bianchi")
        .contains("7. Tempi di pagamento (tempestività dei pagamenti) 42,86 0,00 % non raggiunto")
        .contains("Punteggio dei risultati (media dei gradi pesata con i pesi degli obiettivi): 44,44")
        .contains("vale il 30,002% della retribuzione di risultato")
        .contains("Obiettivo non raggiunto (7): la sua quota della retribuzione di risultato non è erogata.")
        .contains("Valutazione dei collaboratori 50 5 su 5 (eccellente)")
        .contains("Punteggio totale (risultati × peso + comportamenti × peso) 61,11")
        .contains("Importo erogato (nei limiti del fondo dell'ente) € 1.259,96")
        .contains("Risultati validati dal Nucleo di Valutazione: Verbale n. 3 del 20/05/2025.")
        .contains("Presa visione del 10/06/2025 (mbianchi).");
    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("it");
      assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Scheda di valutazione individuale 2024 – Maria Bianchi");
    }
    assertThat(PiaoPdfTest.failedRules(pdf, PDFAFlavour.PDFA_3_A)).isEmpty();
    assertThat(PiaoPdfTest.failedRules(pdf, PDFAFlavour.PDFUA_1)).isEmpty();
  }

  @Test
  void withoutAcknowledgementTheSheetSaysSo() throws Exception {
    assertThat(text(new EvaluationSheets().pdf(sheet(null)))).contains("(presa visione non ancora registrata)");
  }
}
