package it.traguardo.importer;

import static org.assertj.core.api.Assertions.assertThat;

import it.traguardo.catalog.BudgetCatalog;
import it.traguardo.plan.ContentsEntry;
import it.traguardo.plan.Plan;
import it.traguardo.support.PlanListing;
import it.traguardo.support.Seed;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The whole Cedrasco plan, every objective, phase, budget link, indicator and characteristic by value. The
 * expected listing ({@code seed-expected.txt}) was checked line by line against the seed document.
 */
class SeedGoldenTest {

  private final ImportResult result = new PlanTextImporter(BudgetCatalog.standard()).read(Seed.bytes());

  @Test
  void readsEveryFieldOfTheSeed() throws IOException {
    assertThat(result.hasErrors()).as(result.diagnostics().toString()).isFalse();
    assertThat(PlanListing.of(result.planOrNull())).containsExactlyElementsOf(expected());
  }

  @Test
  void keepsTheTableOfContentsAsWritten() {
    List<ContentsEntry> contents = result.planOrNull().contents();
    assertThat(contents).hasSize(27);
    assertThat(contents.get(0)).isEqualTo(new ContentsEntry(null, "Premessa metodologica", "2", 18));
    assertThat(contents)
        .filteredOn(e -> e.number() != null)
        .extracting(ContentsEntry::number)
        .containsExactly(
            "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15", "16", "17", "18", "19",
            "20", "21");
    assertThat(contents).filteredOn(ContentsEntry::brokenBookmark).extracting(ContentsEntry::title)
        .containsExactly("Scuola infanzia/primaria", "Servizi scolastici");
  }

  @Test
  void warnsAboutEveryIrregularityOfTheSeedAtItsLine() {
    assertThat(result.diagnostics())
        .extracting(d -> d.severity() + " " + d.line() + " " + d.message())
        .containsExactly(
            "WARNING 36 Sommario: la voce «15. Scuola infanzia/primaria» ha un riferimento di pagina rotto («Errore. Il segnalibro non è definito.»).",
            "WARNING 36 Sommario: la voce «15. Scuola infanzia/primaria» non corrisponde a nessuna scheda; la scheda 15 è «Edilizia e Urbanistica».",
            "WARNING 37 Sommario: la voce «16. Servizi scolastici» ha un riferimento di pagina rotto («Errore. Il segnalibro non è definito.»).",
            "WARNING 37 Sommario: la voce «16. Servizi scolastici» non corrisponde a nessuna scheda; la scheda 16 è «Mantenere il patrimonio esistente - Garantire la cura e la tutela del verde pubblico e degli immobili comunali».",
            "WARNING 39 Sommario: la voce «17. Edilizia e Urbanistica» corrisponde alla scheda numero 15 (riga 501); vale la scheda.",
            "WARNING 40 Sommario: la voce «18. Mantenere il patrimonio esistente - Garantire la cura e la tutela del verde pubblico e degli immobili comunali» corrisponde alla scheda numero 16 (riga 530); vale la scheda.",
            "WARNING 41 Sommario: la voce «19. gestire viabilità, circolazione e servizi connessi» corrisponde alla scheda numero 17 (riga 555); vale la scheda.",
            "WARNING 43 Sommario: la voce «20. Lavori pubblici» corrisponde alla scheda numero 18 (riga 578); vale la scheda.",
            "WARNING 44 Sommario: la voce «21. Regolarizzazione situazione relativa a immobili e terreni comunali» corrisponde alla scheda numero 19 (riga 604); vale la scheda.",
            "WARNING 240 L'indicatore «Livello di adeguamento al CAD della struttura» si riferisce alla fase 5, che l'obiettivo 4 non ha (fasi: 1, 2, 3, 4). Numero conservato come scritto.",
            "INFO 398 Codice di missione «1» letto come «01».",
            "INFO 399 Codice di programma «2» letto come «02».",
            "INFO 424 Codice di programma «8» letto come «08».",
            "WARNING 545 L'indicatore «Percentuale RD territorio» si riferisce alla fase 4, che l'obiettivo 16 non ha (fasi: 1, 2, 3). Numero conservato come scritto.",
            "WARNING 594 L'indicatore «% completamento rendicontazioni su REGIS» si riferisce alla fase 5, che l'obiettivo 18 non ha (fasi: 1, 2, 3, 4). Numero conservato come scritto.",
            "WARNING 614 Valore atteso «Tutti quelli possibili in relazione alla presenza della documentazione necess…» non interpretabile come misura: sarà valutato dal Nucleo di Valutazione, non calcolato.");
  }

  @Test
  void readsTheCoverAndThePremise() {
    Plan plan = result.planOrNull();
    assertThat(plan.entityName()).isEqualTo("Comune di Cedrasco");
    assertThat(plan.province()).isEqualTo("Provincia di Sondrio");
    assertThat(plan.premise())
        .startsWith("Premessa metodologica\n\nL'individuazione, ad inizio mandato")
        .contains("- riduzione dei tempi per la gestione delle procedure\n- liberalizzazione")
        .endsWith("sono dettagliati nelle schede che seguono, in cui sono riportati accuratamente fasi, tempi, indicatori attesi di risultato.");
  }

  static List<String> expected() throws IOException {
    try (InputStream in = SeedGoldenTest.class.getResourceAsStream("seed-expected.txt")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.startsWith("#")).toList();
    }
  }
}
