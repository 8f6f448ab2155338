package it.traguardo.deadlines;

import static org.assertj.core.api.Assertions.assertThat;

import it.traguardo.monitoring.Checkpoint;
import it.traguardo.monitoring.Progress;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The e-mail a person gets: the ente's text, then only their items, each with its absolute link. */
class ReminderMailTest {

  private static DueReport report(LocalDate today, Progress.Filled filled) {
    return DueCalculator.compute(
        SmallPlan.build(true), DueCalculatorTest.UNIT_OF, DueCalculatorTest.PEOPLE,
        DueCalculatorTest.UNITS, filled, new Deadline(2024, Checkpoint.MID), today);
  }

  @Test
  void anOverdueReminderListsThePersonsItemsByObjectiveWithLinks() {
    DueReport report = report(LocalDate.of(2024, 7, 10), new Progress.Filled(Set.of(301L), Set.of(), Set.of(1L)));
    ReminderMail mail =
        ReminderMail.compose(
            ReminderSettings.defaults(), "Comune di Prova", "prova", report, report.of(2).orElseThrow(),
            "https://traguardo.example.it/");

    assertThat(mail.subject()).isEqualTo("Traguardo: 6 voci in ritardo (scadenza 30/06/2024)");
    String values = "https://traguardo.example.it/enti/prova/piani/100/obiettivi/";
    assertThat(mail.body())
        .isEqualTo(
            """
            Gentile Bruno Verdi,

            la scadenza del 30/06/2024 per la rilevazione intermedia 2024 del piano della performance (Comune di Prova) \
            è passata e risultano ancora da compilare a suo nome le voci elencate qui sotto (6 voci), ciascuna con il \
            collegamento alla pagina in cui si compila. La preghiamo di provvedere al più presto.

            Obiettivo 1. Trasparenza
              - Valore raggiunto: Pubblicazioni
                %1$s1/valori?anno=2024#indicatore-101
              - Stato di avanzamento della fase 1: Fase 1
                %1$s1/valori?anno=2024#fase-11

            Obiettivo 3. Manutenzioni
              - Stato di avanzamento della fase 1: Fase 1
                %1$s3/valori?anno=2024#fase-31
              - Stato di attuazione dell'obiettivo
                %1$s3/valori?anno=2024#attuazione-mid

            Obiettivo 4. Cantiere scuola
              - Valore raggiunto: Avanzamento lavori
                %1$s4/valori?anno=2024#indicatore-401
              - Stato di attuazione dell'obiettivo
                %1$s4/valori?anno=2024#attuazione-mid

            Tutte le sue scadenze: https://traguardo.example.it/enti/prova/scadenze

            Messaggio inviato da Traguardo per conto dell'ente Comune di Prova. Per chiarimenti si rivolga al segretario.
            """
                .formatted(values));
  }

  @Test
  void beforeTheDateTheEnteOwnTextsAreUsed() {
    DueReport report = report(LocalDate.of(2024, 6, 20), new Progress.Filled(Set.of(), Set.of(), Set.of()));
    ReminderSettings d = ReminderSettings.defaults();
    ReminderSettings own =
        new ReminderSettings(
            true, 30, 10, 7, "Scadenze del {scadenza} per {nome}", "Cara {nome}, {voci} per la {rilevazione} ({ente}).\nBuon lavoro.",
            d.subjectOverdue(), d.bodyOverdue(), 3);
    ReminderMail mail = ReminderMail.compose(own, "Comune di Prova", "prova", report, report.of(3).orElseThrow(), "http://localhost:8080");

    assertThat(mail.subject()).isEqualTo("Scadenze del 30/06/2024 per Carla Neri");
    assertThat(mail.body())
        .startsWith("Cara Carla Neri, 3 voci per la rilevazione intermedia 2024 (Comune di Prova).\nBuon lavoro.\n\nObiettivo 1. Trasparenza\n")
        .contains("http://localhost:8080/enti/prova/piani/100/obiettivi/1/valori?anno=2024#indicatore-101")
        .doesNotContain("Obiettivo 2", "Obiettivo 3", "Obiettivo 4");
  }
}
