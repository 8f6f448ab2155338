package it.traguardo.documents;

import it.traguardo.documents.PiaoLayout.BarChart;
import it.traguardo.documents.PiaoLayout.Block;
import it.traguardo.documents.PiaoLayout.Contents;
import it.traguardo.documents.PiaoLayout.Cover;
import it.traguardo.documents.PiaoLayout.Heading;
import it.traguardo.documents.PiaoLayout.Paragraph;
import it.traguardo.documents.PiaoLayout.Table;
import it.traguardo.measure.Achievement;
import it.traguardo.measure.AchievementStatus;
import it.traguardo.measure.RollUp;
import it.traguardo.plan.Objective;
import it.traguardo.plan.ObjectiveKind;
import it.traguardo.plan.Plan;
import it.traguardo.plan.PlanScoring;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * The Relazione sulla performance of one year as blocks, rendered by the same {@link PiaoHtml} and {@link PiaoDocx}
 * as the PIAO: cover, contents, summary of the ente, services and managers (chart and table), payment timeliness
 * and the NdV's validation when there are any, then each objective with its indicators and its stato di attuazione.
 */
final class RelazioneLayout {

  static final String TITLE = "Relazione sulla performance";
  static final String SUMMARY_HEADING = "Sintesi dei risultati";
  static final String PAYMENTS_HEADING = "Tempestività dei pagamenti";
  static final String OBJECTIVES_HEADING = "Risultati degli obiettivi";
  static final String VALIDATION_HEADING = "Validazione del Nucleo di Valutazione";
  private static final String NOT_EVALUABLE = "non valutabile";
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private RelazioneLayout() {}

  static String title(RelazioneData data) {
    return TITLE + " " + data.year() + " – " + data.plan().entityName();
  }

  static List<Block> blocks(RelazioneData data) {
    Plan plan = data.plan();
    List<Block> body = new ArrayList<>();
    summary(data, body);
    if (!data.paymentTimeliness().isEmpty()) {
      body.add(new Heading(1, PAYMENTS_HEADING, "pagamenti", true, false));
      body.add(
          new Table(
              Table.Kind.SUMMARY,
              List.of("Indicatore", "Valore " + data.year()),
              data.paymentTimeliness().stream().map(f -> List.of(f.indicator(), f.value())).toList()));
    }
    body.add(new Heading(1, OBJECTIVES_HEADING, "obiettivi", true, true));
    int sheet = 0;
    for (PlanScoring.ObjectiveScore score : data.objectives()) {
      objective(score, data, "obiettivo-" + ++sheet, body);
    }
    data.validation()
        .ifPresent(
            validation -> {
              body.add(new Heading(1, VALIDATION_HEADING, "validazione", true, true));
              body.add(new Paragraph(Paragraph.Kind.BODY, validation.statement().lines().toList()));
              body.add(
                  new Paragraph(
                      Paragraph.Kind.LABEL,
                      List.of(
                          (validation.act() == null ? "" : validation.act() + " – ") + "Data di validazione: "
                              + DATE.format(validation.date()))));
            });
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Cover(plan.entityName(), plan.province(), TITLE, PiaoLayout.title(plan), "Anno " + data.year()));
    blocks.add(new Heading(1, PiaoLayout.CONTENTS_HEADING, "sommario", false, true));
    blocks.add(
        new Contents(body.stream().filter(b -> b instanceof Heading h && h.listed()).map(Heading.class::cast).toList()));
    blocks.addAll(body);
    return blocks;
  }

  /** The ente, each service and each manager: a chart of their percentages, then the table with status and counts. */
  private static void summary(RelazioneData data, List<Block> body) {
    body.add(new Heading(1, SUMMARY_HEADING, "sintesi", true, true));
    body.add(
        new Paragraph(
            Paragraph.Kind.BODY,
            List.of(
                "Grado di raggiungimento degli obiettivi nel " + data.year()
                    + ", calcolato secondo il Sistema di misurazione e valutazione della performance: ogni obiettivo è la"
                    + " media dei suoi indicatori valutabili; l'ente, ogni servizio e ogni responsabile sono la media dei"
                    + " loro obiettivi (per i responsabili: quelli dei loro servizi e quelli trasversali).")));
    List<Scope> scopes = scopes(data);
    body.add(
        new BarChart(
            List.of("Ambito", "Grafico del grado di raggiungimento", "Grado"),
            scopes.stream()
                .map(s -> new BarChart.Bar(s.label(), s.rollUp().percentage().orElse(null), percent(s.rollUp())))
                .toList()));
    List<String> header = new ArrayList<>(List.of("Ambito", "Grado di raggiungimento", "Stato"));
    for (AchievementStatus status : AchievementStatus.values()) {
      header.add("Obiettivi: " + status.label());
    }
    List<List<String>> rows = new ArrayList<>();
    for (Scope scope : scopes) {
      List<String> row = new ArrayList<>(List.of(scope.label(), percent(scope.rollUp()), scope.rollUp().status().label()));
      Map<AchievementStatus, Integer> counts = new EnumMap<>(AchievementStatus.class);
      data.objectives().stream()
          .filter(o -> scope.objectives().test(o.objective()))
          .forEach(o -> counts.merge(o.rollUp().status(), 1, Integer::sum));
      for (AchievementStatus status : AchievementStatus.values()) {
        row.add(String.valueOf(counts.getOrDefault(status, 0)));
      }
      rows.add(row);
    }
    body.add(new Table(Table.Kind.SUMMARY, header, rows));
  }

  /** A line of the summary: its roll-up, and which objectives it counts. */
  private record Scope(String label, RollUp rollUp, Predicate<Objective> objectives) {}

  private static List<Scope> scopes(RelazioneData data) {
    List<Scope> scopes = new ArrayList<>();
    scopes.add(new Scope("Ente", data.overview().entity(), o -> true));
    data.overview()
        .units()
        .forEach((unit, rollUp) -> scopes.add(new Scope(unit, rollUp, o -> unit.equals(o.unit()))));
    for (PlanScoring.ManagerScore manager : data.overview().managers()) {
      List<String> units = manager.manager().units();
      scopes.add(
          new Scope(
              manager.manager().name() + " (responsabile)",
              manager.rollUp(),
              o -> o.kind() == ObjectiveKind.TRANSVERSAL || units.contains(o.unit())));
    }
    return scopes;
  }

  private static void objective(PlanScoring.ObjectiveScore score, RelazioneData data, String anchor, List<Block> body) {
    Objective objective = score.objective();
    body.add(new Heading(2, objective.heading(), anchor, true, false));
    List<String> facts = new ArrayList<>();
    facts.add(
        objective.kind() == ObjectiveKind.TRANSVERSAL
            ? "Obiettivo gestionale trasversale"
            : "Obiettivo gestionale settoriale" + (objective.unit() == null ? "" : " – " + objective.unit()));
    facts.add("Grado di raggiungimento: " + percent(score.rollUp()) + " – " + score.rollUp().status().label());
    score.override().ifPresent(override ->
        facts.add(
            "Grado stabilito dal Nucleo di Valutazione (grado calcolato: " + percent(score.computed()) + "). Motivazione: "
                + override.reason()));
    body.add(new Paragraph(Paragraph.Kind.BODY, facts));
    List<List<String>> rows = new ArrayList<>();
    for (PlanScoring.IndicatorScore indicator : score.indicators()) {
      rows.add(
          List.of(
              indicator.indicator().name(),
              Objects.requireNonNullElse(indicator.indicator().target(), ""),
              indicator.sentence(),
              Objects.requireNonNullElse(indicator.actualText(), "—"),
              grade(indicator.achievement()),
              indicator.achievement().status().label()));
    }
    body.add(
        new Table(
            Table.Kind.RESULTS,
            List.of("Indicatore", "Valore atteso", "Obiettivo " + data.year(), "Raggiunto", "Grado", "Stato"),
            rows));
    List<String> overridden =
        score.indicators().stream()
            .filter(i -> i.achievement().override().isPresent())
            .map(i -> "«" + i.indicator().name() + "»: " + i.achievement().override().get().reason())
            .toList();
    if (!overridden.isEmpty()) {
      body.add(new Paragraph(Paragraph.Kind.LABEL, List.of("Gradi degli indicatori stabiliti dal Nucleo di Valutazione")));
      body.add(new Paragraph(Paragraph.Kind.BODY, overridden));
    }
    String note = objective.id() == null ? null : data.evaluatorNotes().get(objective.id());
    if (note != null) {
      body.add(new Paragraph(Paragraph.Kind.LABEL, List.of("Note del Nucleo di Valutazione")));
      body.add(new Paragraph(Paragraph.Kind.BODY, note.lines().toList()));
    }
    body.add(new Paragraph(Paragraph.Kind.LABEL, List.of("Stato di attuazione")));
    // the document's narrative reports on its first year, like its "Raggiunto" column
    String narrative = data.year() == data.plan().firstYear() ? objective.narrative() : null;
    if (narrative == null || narrative.isBlank()) {
      body.add(new Paragraph(Paragraph.Kind.PLACEHOLDER, List.of("(non ancora descritto)")));
    } else {
      for (String paragraph : narrative.split("\n\n")) {
        List<String> lines = paragraph.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        if (!lines.isEmpty()) {
          body.add(new Paragraph(Paragraph.Kind.BODY, lines));
        }
      }
    }
  }

  /** The grade that counts; the NdV's is marked, with the computed one beside it. */
  private static String grade(Achievement achievement) {
    String counted = achievement.percentage().map(RelazioneLayout::percent).orElse("—");
    if (achievement.override().isEmpty()) {
      return counted;
    }
    return counted + " (Nucleo; calcolato " + achievement.computed().map(RelazioneLayout::percent).orElse("—") + ")";
  }

  private static String percent(RollUp rollUp) {
    return rollUp.percentage().map(RelazioneLayout::percent).orElse(NOT_EVALUABLE);
  }

  /** Italian format with two decimals: 1.234,56 %. */
  static String percent(BigDecimal value) {
    DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ITALY));
    return format.format(value) + " %";
  }
}
