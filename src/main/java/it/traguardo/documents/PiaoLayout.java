package it.traguardo.documents;

import it.traguardo.catalog.BudgetCatalog;
import it.traguardo.plan.BudgetLink;
import it.traguardo.plan.Characteristics;
import it.traguardo.plan.Indicator;
import it.traguardo.plan.Level;
import it.traguardo.plan.Objective;
import it.traguardo.plan.ObjectiveKind;
import it.traguardo.plan.Phase;
import it.traguardo.plan.Plan;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The PIAO performance sub-section as a sequence of blocks, laid out like the documents comuni write: cover,
 * contents, premise, transversal objectives, then sectoral ones grouped by service, one sheet per objective. The PDF
 * and the DOCX both render these blocks, so they say the same thing; the sheets keep the labels and table order of
 * the text export, so that a Word document written from them reads back into the same plan.
 */
final class PiaoLayout {

  static final String TRANSVERSAL_HEADING = "OBIETTIVI GESTIONALI TRASVERSALI";
  static final String SECTORAL_HEADING = "OBIETTIVI GESTIONALI SETTORIALI";
  static final String CONTENTS_HEADING = "Sommario";
  static final String NARRATIVE_LABEL = "Stato di attuazione degli obiettivi";
  static final String NARRATIVE_PLACEHOLDER = "(campo dedicato alla relazione finale)";
  static final List<String> OBJECTIVE_HEADER =
      List.of("DEFINIZIONE OBIETTIVO", "DESCRIZIONE/FASI", "ORIZZONTE TEMPORALE", "ASSEGNAZIONE OBIETTIVO");
  private static final String TARGET = "Valore atteso";
  private static final String ACHIEVED = "Raggiunto";

  /** A part of the document, in reading order. */
  sealed interface Block permits Cover, Contents, Heading, Paragraph, Table, BarChart {}

  /** The front page. */
  record Cover(String entity, String province, String title, String subtitle, String section) implements Block {}

  /** The contents: every listed heading, with the anchor its page number is taken from. */
  record Contents(List<Heading> entries) implements Block {}

  /**
   * A heading; {@code listed} headings appear in the contents and the PDF outline.
   *
   * @param level 1 for parts of the document, 2 for services or transversal sheets, 3 for sectoral sheets
   */
  record Heading(int level, String text, String anchor, boolean listed, boolean newPage) implements Block {}

  /**
   * A paragraph of lines kept as written (with emphasis marks, see {@link Emphasis}).
   *
   * @param lines lines of the paragraph: more than one only where the source broke a paragraph without a blank line
   */
  record Paragraph(Kind kind, List<String> lines) implements Block {
    enum Kind {
      BODY,
      LIST_ITEM,
      SUBHEADING,
      LABEL,
      PLACEHOLDER
    }
  }

  /**
   * A table with one header row.
   *
   * @param rows body rows; a null cell continues the cell above (a vertically merged cell)
   */
  record Table(Kind kind, List<String> header, List<List<String>> rows) implements Block {
    enum Kind {
      OBJECTIVE,
      BUDGET,
      INDICATORS,
      CHARACTERISTICS,
      SUMMARY,
      RESULTS
    }
  }

  /**
   * Horizontal bars of percentages, drawn with CSS boxes in the PDF (vector, no image) and written as a table in the
   * DOCX; the numbers are printed next to the bars, so the chart reads without its colours.
   *
   * @param header the column headers: label, bar, percentage
   */
  record BarChart(List<String> header, List<Bar> bars) implements Block {

    /** @param percentage 0–100, or null when not evaluable */
    record Bar(String label, BigDecimal percentage, String text) {}
  }

  private final BudgetCatalog catalog;

  PiaoLayout(BudgetCatalog catalog) {
    this.catalog = catalog;
  }

  /** The text of the title line of the cover: the plan's own, or the standard one for its period. */
  static String title(Plan plan) {
    return plan.title() != null
        ? plan.title()
        : "Piano Integrato di Attività e Organizzazione " + plan.firstYear() + "-" + plan.lastYear();
  }

  List<Block> blocks(Plan plan) {
    List<Block> body = new ArrayList<>();
    premise(plan.premise(), body);
    List<Objective> transversal = plan.objectives().stream().filter(o -> o.kind() == ObjectiveKind.TRANSVERSAL).toList();
    Map<String, List<Objective>> byUnit = new LinkedHashMap<>();
    plan.objectives().stream()
        .filter(o -> o.kind() == ObjectiveKind.SECTORAL)
        .forEach(o -> byUnit.computeIfAbsent(Objects.requireNonNullElse(o.unit(), ""), u -> new ArrayList<>()).add(o));
    int sheet = 0;
    if (!transversal.isEmpty()) {
      body.add(new Heading(1, TRANSVERSAL_HEADING, "trasversali", true, true));
      for (Objective objective : transversal) {
        sheet(objective, 2, "obiettivo-" + ++sheet, body);
      }
    }
    if (!byUnit.isEmpty()) {
      body.add(new Heading(1, SECTORAL_HEADING, "settoriali", true, true));
      int unitIndex = 0;
      for (Map.Entry<String, List<Objective>> unit : byUnit.entrySet()) {
        boolean named = !unit.getKey().isEmpty();
        if (named) {
          body.add(new Heading(2, unit.getKey(), "servizio-" + ++unitIndex, true, !endsWithHeading(body)));
        }
        for (Objective objective : unit.getValue()) {
          sheet(objective, named ? 3 : 2, "obiettivo-" + ++sheet, body);
        }
      }
    }
    List<Block> blocks = new ArrayList<>();
    blocks.add(
        new Cover(plan.entityName(), plan.province(), title(plan), "sottosezione relativa a:", "Performance"));
    blocks.add(new Heading(1, CONTENTS_HEADING, "sommario", false, true));
    blocks.add(
        new Contents(
            body.stream().filter(b -> b instanceof Heading h && h.listed()).map(Heading.class::cast).toList()));
    blocks.addAll(body);
    return blocks;
  }

  /**
   * The premise, paragraph by paragraph: a first paragraph that reads as a title ("Premessa metodologica") becomes
   * the heading of the part, later ones become subheadings; lines starting with "- " are list items.
   */
  private void premise(String premise, List<Block> blocks) {
    if (premise == null || premise.isBlank()) {
      return;
    }
    boolean first = true;
    for (String paragraph : premise.split("\n\n")) {
      List<String> lines = paragraph.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
      if (lines.isEmpty()) {
        continue;
      }
      if (lines.size() == 1 && readsAsTitle(lines.get(0))) {
        blocks.add(
            first
                ? new Heading(1, Emphasis.plain(lines.get(0)), "premessa", true, true)
                : new Paragraph(Paragraph.Kind.SUBHEADING, lines));
      } else {
        text(lines, blocks);
      }
      first = false;
    }
  }

  /** Lines of one paragraph: list items on their own, other consecutive lines kept together. */
  private static void text(List<String> lines, List<Block> blocks) {
    List<String> run = new ArrayList<>();
    for (String line : lines) {
      if (isListItem(line)) {
        if (!run.isEmpty()) {
          blocks.add(new Paragraph(Paragraph.Kind.BODY, List.copyOf(run)));
          run.clear();
        }
        blocks.add(new Paragraph(Paragraph.Kind.LIST_ITEM, List.of(line)));
      } else {
        run.add(line);
      }
    }
    if (!run.isEmpty()) {
      blocks.add(new Paragraph(Paragraph.Kind.BODY, List.copyOf(run)));
    }
  }

  static boolean isListItem(String line) {
    return line.startsWith("- ") || line.startsWith("• ");
  }

  /** A short line without closing punctuation, starting with a capital: a title, not a sentence. */
  private static boolean readsAsTitle(String line) {
    String plain = Emphasis.plain(line);
    return plain.length() <= 90
        && Character.isUpperCase(plain.charAt(0))
        && !isListItem(plain)
        && ".:;,".indexOf(plain.charAt(plain.length() - 1)) < 0;
  }

  /** A sheet or service right under its part's heading stays on that heading's page. */
  private static boolean endsWithHeading(List<Block> blocks) {
    return !blocks.isEmpty() && blocks.get(blocks.size() - 1) instanceof Heading;
  }

  private void sheet(Objective objective, int level, String anchor, List<Block> blocks) {
    blocks.add(new Heading(level, objective.heading(), anchor, true, !endsWithHeading(blocks)));
    blocks.add(new Table(Table.Kind.OBJECTIVE, OBJECTIVE_HEADER, phaseRows(objective)));
    if (objective.description() != null) {
      String[] paragraphs = objective.description().split("\n\n");
      paragraphs[0] = "Descrizione: " + paragraphs[0];
      for (String paragraph : paragraphs) {
        text(paragraph.lines().toList(), blocks);
      }
    }
    blocks.add(budget(objective.budgetLinks()));
    blocks.add(indicators(objective.indicators()));
    blocks.add(characteristics(objective.characteristics()));
    blocks.add(new Paragraph(Paragraph.Kind.LABEL, List.of(NARRATIVE_LABEL)));
    if (objective.narrative() == null) {
      blocks.add(new Paragraph(Paragraph.Kind.PLACEHOLDER, List.of(NARRATIVE_PLACEHOLDER)));
    } else {
      for (String paragraph : objective.narrative().split("\n\n")) {
        text(paragraph.lines().toList(), blocks);
      }
    }
  }

  /** One row per phase; the definition, and an assignee equal to the one above, continue the cell above. */
  private static List<List<String>> phaseRows(Objective objective) {
    List<List<String>> rows = new ArrayList<>();
    if (objective.phases().isEmpty()) {
      rows.add(cells(objective.heading(), "", "", Objects.requireNonNullElse(objective.assignment(), "")));
      return rows;
    }
    String assigneeAbove = null;
    for (Phase phase : objective.phases()) {
      String assignee = Objects.requireNonNullElse(phase.assignee(), "");
      rows.add(
          cells(
              rows.isEmpty() ? objective.heading() : null,
              phase.number() + ". " + phase.description(),
              Objects.requireNonNullElse(phase.horizon(), ""),
              !rows.isEmpty() && assignee.equals(assigneeAbove) ? null : assignee));
      assigneeAbove = assignee;
    }
    return rows;
  }

  /** The missione row is written when the missione changes, its programmi below it, as plans write them. */
  private Table budget(List<BudgetLink> links) {
    List<List<String>> rows = new ArrayList<>();
    String mission = null;
    for (BudgetLink link : links) {
      if (!link.mission().equals(mission)) {
        mission = link.mission();
        rows.add(
            cells(
                "MISSIONE", link.mission(), Objects.requireNonNullElse(link.missionText(), ""),
                catalog.mission(link.mission()).map(BudgetCatalog.Mission::name).orElse("")));
      }
      rows.add(
          cells(
              "PROGRAMMA", link.programme(), Objects.requireNonNullElse(link.programmeText(), ""),
              catalog.programme(link.mission(), link.programme()).map(BudgetCatalog.Programme::name).orElse("")));
    }
    return new Table(
        Table.Kind.BUDGET,
        List.of("Collegamento con il bilancio", "Codice", "Denominazione nel piano", "Denominazione D.Lgs. 118/2011"),
        rows);
  }

  /**
   * Extra columns (such as "Azione") between the name and the target; an indicator with several lines in them gets
   * continuation rows with an empty name, as in the plans. Lines kept under "Valore atteso" go back under the target.
   */
  private static Table indicators(List<Indicator> indicators) {
    Set<String> extraColumns = new LinkedHashSet<>();
    indicators.forEach(i -> extraColumns.addAll(i.extra().keySet()));
    extraColumns.remove(TARGET);
    List<String> header = new ArrayList<>();
    header.add("INDICATORI");
    header.addAll(extraColumns);
    header.add(TARGET);
    header.add(ACHIEVED);
    List<List<String>> rows = new ArrayList<>();
    for (Indicator indicator : indicators) {
      List<String> moreTargets = indicator.extra().getOrDefault(TARGET, List.of());
      int height = 1 + moreTargets.size();
      for (String column : extraColumns) {
        height = Math.max(height, indicator.extra().getOrDefault(column, List.of()).size());
      }
      for (int r = 0; r < height; r++) {
        List<String> row = new ArrayList<>();
        row.add(r > 0 ? "" : indicator.phase() == null ? indicator.name() : indicator.phase() + "- " + indicator.name());
        for (String column : extraColumns) {
          row.add(line(indicator.extra().getOrDefault(column, List.of()), r));
        }
        row.add(r == 0 ? Objects.requireNonNullElse(indicator.target(), "") : line(moreTargets, r - 1));
        row.add(r == 0 ? Objects.requireNonNullElse(indicator.achieved(), "") : "");
        rows.add(row);
      }
    }
    return new Table(Table.Kind.INDICATORS, header, rows);
  }

  private static String line(List<String> lines, int index) {
    return index < lines.size() ? lines.get(index) : "";
  }

  /** Only the characteristics the plan states: an empty valuation would read back as an unknown one. */
  private static Table characteristics(Characteristics c) {
    List<List<String>> rows = new ArrayList<>();
    addLevel(rows, "Rischio di non raggiungimento dell'obiettivo, con le risorse a disposizione", c.risk());
    addLevel(rows, "Grado di strategicità espresso dall'Amministrazione", c.strategicDegree());
    addLevel(rows, "Impatto sul Valore Pubblico generato con il raggiungimento", c.publicValueImpact());
    return new Table(Table.Kind.CHARACTERISTICS, List.of("CARATTERISTICHE DELL'OBIETTIVO", "Valutazione"), rows);
  }

  private static void addLevel(List<List<String>> rows, String label, Level level) {
    if (level != null) {
      rows.add(cells(label, level.label()));
    }
  }

  private static List<String> cells(String... values) {
    return Arrays.asList(values);
  }
}
