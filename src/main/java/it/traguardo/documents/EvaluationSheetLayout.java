package it.traguardo.documents;

import it.traguardo.documents.PiaoLayout.Block;
import it.traguardo.documents.PiaoLayout.Heading;
import it.traguardo.documents.PiaoLayout.Paragraph;
import it.traguardo.documents.PiaoLayout.Table;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An EQ's evaluation sheet as blocks, rendered by {@link PiaoHtml} like the PIAO and the Relazione: who, the
 * objectives with weights and achievements, the behaviour criteria with their levels, how the total is made, the
 * band and the pay, and the acknowledgement.
 */
final class EvaluationSheetLayout {

  static final String TITLE = "Scheda di valutazione individuale";
  private static final String DASH = "—";
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private EvaluationSheetLayout() {}

  static String title(EvaluationSheetData data) {
    return TITLE + " " + data.year() + " – " + data.person();
  }

  static String subject(EvaluationSheetData data) {
    return "Valutazione della performance individuale " + data.year() + " di " + data.person() + " (" + data.entityName()
        + "): obiettivi, comportamenti, punteggio, fascia e retribuzione di risultato.";
  }

  static List<Block> blocks(EvaluationSheetData data) {
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Heading(1, title(data), "scheda", false, false));
    List<String> who = new ArrayList<>();
    who.add(data.entityName() + (data.planTitle() == null ? "" : " – " + data.planTitle()));
    who.add("Valutato: " + data.person() + (data.roleTitle() == null ? "" : ", " + data.roleTitle()));
    who.add("Servizi: " + data.units());
    who.add(
        "Peso dei risultati " + number(data.resultsWeight()) + "%, peso dei comportamenti " + number(data.behaviourWeight())
            + "%");
    blocks.add(new Paragraph(Paragraph.Kind.BODY, who));

    blocks.add(new Heading(2, "Risultati: obiettivi assegnati", "risultati", false, false));
    List<List<String>> objectives = new ArrayList<>();
    for (EvaluationSheetData.ObjectiveLine line : data.objectives()) {
      objectives.add(
          List.of(
              line.heading() + (line.paymentTimeliness() ? " (tempestività dei pagamenti)" : ""),
              number(line.weight()), percent(line.achievement()), line.status()));
    }
    blocks.add(new Table(Table.Kind.SUMMARY, List.of("Obiettivo", "Peso", "Grado", "Stato"), objectives));
    blocks.add(
        new Paragraph(
            Paragraph.Kind.LABEL,
            List.of("Punteggio dei risultati (media dei gradi pesata con i pesi degli obiettivi): " + score(data.resultsScore()))));
    if (data.paymentShare() != null) {
      String share =
          "L'obiettivo sulla tempestività dei pagamenti vale il " + number(data.paymentShare())
              + "% della retribuzione di risultato (art. 4-bis c. 2 DL 24 febbraio 2023 n. 13, convertito dalla L. 21"
              + " aprile 2023 n. 41).";
      blocks.add(
          new Paragraph(
              Paragraph.Kind.BODY,
              data.missedPaymentObjectives().isEmpty()
                  ? List.of(share)
                  : List.of(share, "Obiettivo non raggiunto (" + String.join(", ", data.missedPaymentObjectives())
                      + "): la sua quota della retribuzione di risultato non è erogata.")));
    }

    blocks.add(new Heading(2, "Comportamenti organizzativi", "comportamenti", false, false));
    List<List<String>> criteria = new ArrayList<>();
    for (EvaluationSheetData.CriterionLine line : data.criteria()) {
      criteria.add(
          List.of(
              line.name(), number(line.weight()),
              line.level() == null ? DASH : line.level() + " su " + line.topLevel() + " (" + line.levelLabel() + ")"));
    }
    blocks.add(new Table(Table.Kind.SUMMARY, List.of("Criterio", "Peso", "Livello"), criteria));
    blocks.add(new Paragraph(Paragraph.Kind.LABEL, List.of("Punteggio dei comportamenti: " + score(data.behaviourScore()))));
    if (data.behaviourNote() != null) {
      blocks.add(new Paragraph(Paragraph.Kind.BODY, List.of("Motivazione del Nucleo di Valutazione: " + data.behaviourNote())));
    }

    blocks.add(new Heading(2, "Punteggio e retribuzione di risultato", "esito", false, false));
    List<List<String>> outcome = new ArrayList<>();
    outcome.add(List.of("Punteggio totale (risultati × peso + comportamenti × peso)", score(data.totalScore())));
    outcome.add(List.of("Fascia", data.band() == null ? DASH : data.band()));
    outcome.add(List.of("Percentuale della retribuzione di risultato", percent(data.payPercent())));
    outcome.add(List.of("Retribuzione di risultato massima", euro(data.maxAllowance())));
    outcome.add(List.of("Importo spettante", euro(data.amountBeforeCap())));
    outcome.add(List.of("Importo erogato (nei limiti del fondo dell'ente)", euro(data.payAmount())));
    blocks.add(new Table(Table.Kind.SUMMARY, List.of("Voce", "Valore"), outcome));
    if (!data.pending().isEmpty()) {
      List<String> pending = new ArrayList<>();
      pending.add("Valutazione non ancora completa:");
      data.pending().forEach(p -> pending.add("– " + p));
      blocks.add(new Paragraph(Paragraph.Kind.BODY, pending));
    }
    if (data.validation() != null) {
      blocks.add(
          new Paragraph(
              Paragraph.Kind.BODY,
              List.of("Risultati validati dal Nucleo di Valutazione: " + data.validation().act() + " del "
                  + DATE.format(data.validation().date()) + ".")));
    }

    blocks.add(new Heading(2, "Presa visione", "presa-visione", false, false));
    if (data.acknowledgement() == null) {
      blocks.add(new Paragraph(Paragraph.Kind.PLACEHOLDER, List.of("(presa visione non ancora registrata)")));
    } else {
      List<String> lines = new ArrayList<>();
      lines.add("Presa visione del " + DATE.format(data.acknowledgement().date()) + " (" + data.acknowledgement().by() + ").");
      lines.add(
          "Osservazioni del valutato: "
              + (data.acknowledgement().comment() == null ? "nessuna" : data.acknowledgement().comment()));
      blocks.add(new Paragraph(Paragraph.Kind.BODY, lines));
    }
    return blocks;
  }

  private static String number(BigDecimal value) {
    return value == null ? DASH : new DecimalFormat("#,##0.###", DecimalFormatSymbols.getInstance(Locale.ITALY)).format(value);
  }

  private static String score(BigDecimal value) {
    return value == null ? DASH : new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ITALY)).format(value);
  }

  private static String percent(BigDecimal value) {
    return value == null ? DASH : RelazioneLayout.percent(value);
  }

  private static String euro(BigDecimal value) {
    return value == null ? DASH : "€ " + new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ITALY)).format(value);
  }
}
