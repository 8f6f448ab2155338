package it.traguardo.importer;

import it.traguardo.catalog.BudgetCatalog;
import it.traguardo.measure.Target;
import it.traguardo.plan.BudgetLink;
import it.traguardo.plan.Characteristics;
import it.traguardo.plan.Indicator;
import it.traguardo.plan.Level;
import it.traguardo.plan.Objective;
import it.traguardo.plan.ObjectiveKind;
import it.traguardo.plan.Phase;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads one objective sheet: the table of objective, phases, horizon and assignment; then, in any order, the
 * description paragraphs, the budget links ("Collegamento con il bilancio"), the indicators, the characteristics and
 * the "Stato di attuazione". Everything after the first table belongs to the sheet, so when a sheet holds more than
 * one objective (a numbered title in a later row) they all share it, except the indicators, which go to the
 * objective whose phase they name.
 *
 * <p>Word exports a vertically merged cell as its text in the first row and empty cells below: an empty horizon or
 * assignment cell therefore continues the one above.
 */
final class SheetReader {

  private static final Pattern NUMBERED_TITLE = Pattern.compile("^(\\d{1,3})\\s*[.)]\\s*(\\S.*)$");
  private static final Pattern NUMBERED_PHASE = Pattern.compile("^(\\d{1,2})\\s*[.)]\\s*(\\S.*)$");
  private static final Pattern INDICATOR_PHASE_DASH = Pattern.compile("^(\\d{1,2})\\s*[-–—)]\\s*(\\S.*)$");
  private static final Pattern INDICATOR_PHASE_SPACE = Pattern.compile("^(\\d{1,2})\\s+(\\D.*)$");
  private static final Pattern UNIT_HEADING =
      Pattern.compile("^(Servizio|Settore|Area|Unità organizzativa|U\\.O\\.)\\s+\\S.{0,150}$");
  private static final Pattern PLACEHOLDER =
      Pattern.compile("^(<i>)?\\s*\\(?campo dedicato alla relazione finale\\)?\\s*(</i>)?$", Pattern.CASE_INSENSITIVE);
  private static final Pattern DESCRIPTION_LABEL = Pattern.compile("^Descrizione\\s*:?\\s*", Pattern.CASE_INSENSITIVE);

  private final SourceText text;
  private final int headerLine;
  private final ObjectiveKind kind;
  private final String unit;
  private final BudgetCatalog catalog;
  private final List<Diagnostic> diagnostics;

  private final List<ObjectiveDraft> drafts = new ArrayList<>();
  private final List<String> description = new ArrayList<>();
  private final List<BudgetLink> budgetLinks = new ArrayList<>();
  private final List<IndicatorDraft> indicators = new ArrayList<>();
  private final List<String> narrative = new ArrayList<>();
  private Characteristics characteristics = Characteristics.NONE;
  private final Set<Section> sections = new LinkedHashSet<>();

  /** The parts of a sheet after its first table, to tell a complete sheet from a truncated one. */
  enum Section {
    BUDGET,
    INDICATORS,
    CHARACTERISTICS,
    NARRATIVE
  }

  SheetReader(
      SourceText text,
      int headerLine,
      ObjectiveKind kind,
      String unit,
      BudgetCatalog catalog,
      List<Diagnostic> diagnostics) {
    this.text = text;
    this.headerLine = headerLine;
    this.kind = kind;
    this.unit = unit;
    this.catalog = catalog;
    this.diagnostics = diagnostics;
  }

  static boolean isUnitHeading(String line) {
    String plain = line.strip();
    return !line.contains("\t") && UNIT_HEADING.matcher(plain).matches() && !plain.endsWith(".");
  }

  /** Reads the sheet and returns the number of the first line after it. */
  int read() {
    int n = readObjectiveTable();
    while (n <= text.size()) {
      String line = text.line(n);
      String upper = line.strip().toUpperCase(Locale.ITALIAN);
      if (line.isBlank()) {
        n++;
      } else if (PlanTextImporter.isSheetHeader(line) || PlanTextImporter.isSectionHeading(line)) {
        break;
      } else if (upper.startsWith("COLLEGAMENTO CON IL BILANCIO")) {
        n = readBudget(n + 1);
      } else if (firstCell(line).toUpperCase(Locale.ITALIAN).equals("INDICATORI")) {
        n = readIndicators(n);
      } else if (firstCell(line).toUpperCase(Locale.ITALIAN).startsWith("CARATTERISTICHE")) {
        n = readCharacteristics(n);
      } else if (upper.startsWith("STATO DI ATTUAZIONE")) {
        sections.add(Section.NARRATIVE);
        n++;
      } else if (sections.contains(Section.NARRATIVE)) {
        if (isUnitHeading(line)) {
          break;
        }
        if (!PLACEHOLDER.matcher(line.strip()).matches()) {
          narrative.add(line.strip());
        }
        n++;
      } else if (sections.isEmpty()) {
        description.add(description.isEmpty() ? DESCRIPTION_LABEL.matcher(line.strip()).replaceFirst("") : line.strip());
        n++;
      } else if (isUnitHeading(line)) {
        break;
      } else {
        diagnostics.add(
            Diagnostic.warning(
                n, "Testo non riconosciuto nella scheda, non importato: «" + PlanTextImporter.abbreviate(line) + "»."));
        n++;
      }
    }
    assignIndicators();
    return n;
  }

  /**
   * Called for the last sheet of a file: a sheet that lacks a part the previous sheet had, or any indicators at
   * all, was cut off.
   */
  void checkComplete(SheetReader previous) {
    Set<Section> expected = previous == null ? Set.of(Section.INDICATORS) : previous.sections;
    Set<Section> missing = new LinkedHashSet<>(expected);
    missing.removeAll(sections);
    if (!missing.isEmpty() && !drafts.isEmpty()) {
      diagnostics.add(
          Diagnostic.error(
              text.size(),
              "Il file si interrompe nella scheda dell'obiettivo "
                  + drafts.get(0).number
                  + " (iniziata alla riga "
                  + headerLine
                  + "): mancano "
                  + missing.stream().map(SheetReader::label).collect(Collectors.joining(", "))
                  + ". Il file è forse troncato?"));
    }
  }

  private static String label(Section section) {
    return switch (section) {
      case BUDGET -> "«Collegamento con il bilancio»";
      case INDICATORS -> "la tabella «INDICATORI»";
      case CHARACTERISTICS -> "«Caratteristiche dell'obiettivo»";
      case NARRATIVE -> "«Stato di attuazione degli obiettivi»";
    };
  }

  List<Objective> objectives() {
    String sharedDescription = description.isEmpty() ? null : joinParagraphs(description);
    String sharedNarrative = narrative.isEmpty() ? null : joinParagraphs(narrative);
    List<Objective> result = new ArrayList<>();
    for (ObjectiveDraft draft : drafts) {
      List<Indicator> own =
          indicators.stream().filter(i -> i.owner == draft).map(IndicatorDraft::toIndicator).toList();
      result.add(
          new Objective(
              null,
              draft.number,
              kind,
              draft.title.toString(),
              unit,
              sharedDescription,
              draft.assignments.isEmpty() ? null : String.join("; ", draft.assignments),
              draft.phases,
              budgetLinks,
              own,
              characteristics,
              sharedNarrative,
              draft.line));
    }
    return result;
  }

  private static String joinParagraphs(List<String> paragraphs) {
    StringBuilder out = new StringBuilder();
    for (String paragraph : paragraphs) {
      if (out.length() > 0) {
        boolean listItem = paragraph.startsWith("- ") || paragraph.startsWith("• ");
        out.append(listItem ? "\n" : "\n\n");
      }
      out.append(paragraph);
    }
    return out.toString();
  }

  // --- the first table: objectives and phases -------------------------------------------------------------------

  private int readObjectiveTable() {
    List<String> header = cells(text.line(headerLine));
    int titleColumn = column(header, "DEFINIZIONE", 0);
    int phaseColumn = column(header, "FASI", 1);
    int horizonColumn = column(header, "ORIZZONTE", 2);
    int assignmentColumn = column(header, "ASSEGNAZIONE", 3);
    String horizon = null;
    String assignee = null;
    int n = headerLine + 1;
    for (; n <= text.size() && !endsTable(n); n++) {
      List<String> row = cells(text.line(n));
      String titleCell = cell(row, titleColumn);
      String phaseCell = cell(row, phaseColumn);
      if (!cell(row, horizonColumn).isEmpty()) {
        horizon = cell(row, horizonColumn);
      }
      if (!cell(row, assignmentColumn).isEmpty()) {
        assignee = cell(row, assignmentColumn);
      }
      if (!titleCell.isEmpty() && !readTitleCell(n, titleCell)) {
        return n;
      }
      if (drafts.isEmpty()) {
        diagnostics.add(
            Diagnostic.error(
                n, "La scheda deve iniziare con il numero e il titolo dell'obiettivo (es. «7. Rispetto dei tempi …»)."));
        return n;
      }
      ObjectiveDraft current = drafts.get(drafts.size() - 1);
      if (assignee != null) {
        current.assignments.add(assignee);
      }
      if (!phaseCell.isEmpty()) {
        boolean ownHorizon = !cell(row, horizonColumn).isEmpty();
        readPhaseCell(n, current, phaseCell, ownHorizon, horizon, assignee);
      }
    }
    if (drafts.isEmpty()) {
      diagnostics.add(
          Diagnostic.error(headerLine, "Scheda obiettivo senza righe: dopo l'intestazione è attesa la definizione dell'obiettivo."));
    }
    return n;
  }

  private boolean readTitleCell(int n, String titleCell) {
    Matcher numbered = NUMBERED_TITLE.matcher(titleCell);
    if (numbered.matches()) {
      drafts.add(new ObjectiveDraft(numbered.group(1), numbered.group(2).strip(), n));
      return true;
    }
    if (drafts.isEmpty()) {
      diagnostics.add(
          Diagnostic.error(
              n,
              "Definizione dell'obiettivo senza numero: «"
                  + PlanTextImporter.abbreviate(titleCell)
                  + "». Attesa nella forma «7. Rispetto dei tempi di pagamento delle fatture»."));
      return false;
    }
    drafts.get(drafts.size() - 1).title.append(' ').append(titleCell);
    return true;
  }

  private void readPhaseCell(
      int n, ObjectiveDraft current, String phaseCell, boolean ownHorizon, String horizon, String assignee) {
    Matcher numbered = NUMBERED_PHASE.matcher(phaseCell);
    if (numbered.matches()) {
      current.phases.add(phase(n, Integer.parseInt(numbered.group(1)), numbered.group(2).strip(), horizon, assignee));
      return;
    }
    if (!ownHorizon && !current.phases.isEmpty()) {
      Phase last = current.phases.remove(current.phases.size() - 1);
      current.phases.add(
          new Phase(
              null,
              last.number(),
              last.description() + " " + phaseCell,
              last.horizon(),
              last.years(),
              last.assignee(),
              last.line()));
      return;
    }
    int number = current.phases.isEmpty() ? 1 : current.phases.get(current.phases.size() - 1).number() + 1;
    diagnostics.add(Diagnostic.warning(n, "Fase senza numero: letta come fase " + number + "."));
    current.phases.add(phase(n, number, phaseCell, horizon, assignee));
  }

  private Phase phase(int n, int number, String description, String horizon, String assignee) {
    List<Integer> years = Horizon.years(horizon);
    if (horizon == null) {
      diagnostics.add(Diagnostic.warning(n, "Fase " + number + " senza orizzonte temporale."));
    } else if (years.isEmpty()) {
      diagnostics.add(
          Diagnostic.warning(
              n,
              "Orizzonte temporale «"
                  + horizon
                  + "» non riconosciuto: atteso come «2024», «2024-2026», «2024/26» o «2024/25/26»."));
    }
    return new Phase(null, number, description, horizon, years, assignee, n);
  }

  // --- budget links ---------------------------------------------------------------------------------------------

  private int readBudget(int from) {
    sections.add(Section.BUDGET);
    String mission = null;
    String missionText = null;
    int n = from;
    for (; n <= text.size(); n++) {
      String line = text.line(n);
      if (line.isBlank()) {
        continue;
      }
      List<String> row = cells(line);
      String label = row.get(0).toUpperCase(Locale.ITALIAN);
      if (label.equals("MISSIONE")) {
        mission = code(n, "missione", cell(row, 1));
        missionText = emptyToNull(cell(row, 2));
        if (mission != null) {
          checkMission(n, mission, missionText);
        }
      } else if (label.equals("PROGRAMMA")) {
        String programme = code(n, "programma", cell(row, 1));
        if (mission == null) {
          diagnostics.add(Diagnostic.error(n, "Programma senza la missione a cui appartiene: attesa prima una riga «MISSIONE»."));
        } else if (programme != null) {
          String programmeText = emptyToNull(cell(row, 2));
          checkProgramme(n, mission, programme, programmeText);
          budgetLinks.add(new BudgetLink(mission, programme, missionText, programmeText, n));
        }
      } else {
        break;
      }
    }
    return n;
  }

  private String code(int n, String what, String written) {
    String code = BudgetCatalog.normalizeCode(written);
    if (code == null) {
      diagnostics.add(
          Diagnostic.error(n, "Codice di " + what + " «" + written + "» non valido: atteso un numero di due cifre (es. «01»)."));
    } else if (!code.equals(written)) {
      diagnostics.add(Diagnostic.info(n, "Codice di " + what + " «" + written + "» letto come «" + code + "»."));
    }
    return code;
  }

  private void checkMission(int n, String mission, String written) {
    catalog
        .mission(mission)
        .ifPresentOrElse(
            m -> {
              if (written != null && !BudgetCatalog.sameName(written, m.name())) {
                diagnostics.add(
                    Diagnostic.warning(
                        n,
                        "Missione "
                            + mission
                            + ": il nome «"
                            + written
                            + "» differisce da quello del D.Lgs. 118/2011 («"
                            + m.name()
                            + "»); vale il codice."));
              }
            },
            () ->
                diagnostics.add(
                    Diagnostic.warning(n, "Missione " + mission + " non presente nel catalogo del D.Lgs. 118/2011.")));
  }

  private void checkProgramme(int n, String mission, String programme, String written) {
    if (catalog.mission(mission).isEmpty()) {
      return;
    }
    catalog
        .programme(mission, programme)
        .ifPresentOrElse(
            p -> {
              if (written != null && !BudgetCatalog.sameName(written, p.name())) {
                diagnostics.add(
                    Diagnostic.warning(
                        n,
                        "Programma "
                            + mission
                            + "."
                            + programme
                            + ": il nome «"
                            + written
                            + "» differisce da quello del D.Lgs. 118/2011 («"
                            + p.name()
                            + "»); vale il codice."));
              }
            },
            () ->
                diagnostics.add(
                    Diagnostic.warning(
                        n,
                        "Il programma " + programme + " non appartiene alla missione " + mission + " nel catalogo del D.Lgs. 118/2011.")));
  }

  // --- indicators -----------------------------------------------------------------------------------------------

  private int readIndicators(int headerAt) {
    sections.add(Section.INDICATORS);
    List<String> header = cells(text.line(headerAt));
    int targetColumn = -1;
    int achievedColumn = -1;
    Map<Integer, String> extraColumns = new LinkedHashMap<>();
    for (int c = 1; c < header.size(); c++) {
      String name = header.get(c);
      String upper = name.toUpperCase(Locale.ITALIAN);
      if (upper.contains("ATTESO") && targetColumn < 0) {
        targetColumn = c;
      } else if (upper.startsWith("RAGGIUNT") && achievedColumn < 0) {
        achievedColumn = c;
      } else if (!name.isEmpty()) {
        extraColumns.put(c, name);
      }
    }
    if (targetColumn < 0) {
      diagnostics.add(Diagnostic.error(headerAt, "Tabella «INDICATORI» senza la colonna «Valore atteso»."));
    }
    int n = headerAt + 1;
    for (; n <= text.size() && !endsTable(n); n++) {
      List<String> row = cells(text.line(n));
      String target = targetColumn < 0 ? "" : cell(row, targetColumn);
      if (row.get(0).isEmpty()) {
        readContinuationRow(n, row, target, extraColumns);
        continue;
      }
      IndicatorDraft indicator = new IndicatorDraft(n, row.get(0));
      indicator.target = emptyToNull(target);
      warnIfNotMeasurable(n, indicator);
      indicator.achieved = achievedColumn < 0 ? null : emptyToNull(cell(row, achievedColumn));
      extraColumns.forEach((c, name) -> indicator.addExtra(name, cell(row, c)));
      indicators.add(indicator);
    }
    return n;
  }

  /** A target that is not read as a measure is kept, and will be judged by the evaluator instead of scored. */
  private void warnIfNotMeasurable(int n, IndicatorDraft indicator) {
    if (indicator.target == null) {
      diagnostics.add(Diagnostic.warning(n, "Indicatore «" + PlanTextImporter.abbreviate(indicator.name) + "» senza valore atteso."));
    } else if (Target.parse(indicator.target).isQualitative()) {
      diagnostics.add(
          Diagnostic.warning(
              n,
              "Valore atteso «"
                  + PlanTextImporter.abbreviate(indicator.target)
                  + "» non interpretabile come misura: sarà valutato dal Nucleo di Valutazione, non calcolato."));
    }
  }

  /** A row with an empty first cell carries more lines of the extra columns of the indicator above. */
  private void readContinuationRow(int n, List<String> row, String target, Map<Integer, String> extraColumns) {
    if (indicators.isEmpty()) {
      if (row.stream().anyMatch(c -> !c.isEmpty())) {
        diagnostics.add(Diagnostic.error(n, "Riga della tabella «INDICATORI» senza il nome dell'indicatore."));
      }
      return;
    }
    IndicatorDraft above = indicators.get(indicators.size() - 1);
    extraColumns.forEach((c, name) -> above.addExtra(name, cell(row, c)));
    if (!target.isEmpty()) {
      above.addExtra("Valore atteso", target);
      diagnostics.add(
          Diagnostic.warning(
              n,
              "Valore atteso «" + target + "» in una riga senza nome: conservato come ulteriore riga dell'indicatore «" + above.name + "»."));
    }
  }

  /** Indicators go to the objective of the sheet that has the phase they name; otherwise to the first one. */
  private void assignIndicators() {
    if (drafts.isEmpty()) {
      return;
    }
    for (IndicatorDraft indicator : indicators) {
      ObjectiveDraft owner = drafts.get(0);
      if (indicator.phase != null) {
        owner =
            drafts.stream()
                .filter(d -> d.phases.stream().anyMatch(p -> p.number() == indicator.phase))
                .findFirst()
                .orElse(null);
        if (owner == null) {
          owner = drafts.get(0);
          diagnostics.add(
              Diagnostic.warning(
                  indicator.line,
                  "L'indicatore «"
                      + PlanTextImporter.abbreviate(indicator.name)
                      + "» si riferisce alla fase "
                      + indicator.phase
                      + ", che l'obiettivo "
                      + owner.number
                      + " non ha (fasi: "
                      + owner.phases.stream().map(p -> String.valueOf(p.number())).collect(Collectors.joining(", "))
                      + "). Numero conservato come scritto."));
        }
      }
      indicator.owner = owner;
    }
  }

  // --- characteristics ------------------------------------------------------------------------------------------

  private int readCharacteristics(int headerAt) {
    sections.add(Section.CHARACTERISTICS);
    Level risk = null;
    Level strategic = null;
    Level impact = null;
    int n = headerAt + 1;
    for (; n <= text.size() && !endsTable(n); n++) {
      List<String> row = cells(text.line(n));
      String label = row.get(0).toLowerCase(Locale.ITALIAN);
      String value = cell(row, 1);
      Level level = Level.parse(value).orElse(null);
      if (level == null) {
        diagnostics.add(
            Diagnostic.warning(
                n, "Valutazione «" + value + "» non riconosciuta per «" + PlanTextImporter.abbreviate(row.get(0)) + "»: attesi Basso, Medio o Alto."));
      }
      if (label.contains("rischio")) {
        risk = level;
      } else if (label.contains("strategic")) {
        strategic = level;
      } else if (label.contains("impatto") || label.contains("valore pubblico")) {
        impact = level;
      } else {
        diagnostics.add(
            Diagnostic.warning(n, "Caratteristica non riconosciuta, non importata: «" + PlanTextImporter.abbreviate(row.get(0)) + "»."));
      }
    }
    characteristics = new Characteristics(risk, strategic, impact);
    return n;
  }

  // --- cells ----------------------------------------------------------------------------------------------------

  /** A table ends at a blank line or where a part of the sheet starts without one. */
  private boolean endsTable(int n) {
    String line = text.line(n);
    if (line.isBlank()) {
      return true;
    }
    String upper = line.strip().toUpperCase(Locale.ITALIAN);
    return PlanTextImporter.isSheetHeader(line)
        || PlanTextImporter.isSectionHeading(line)
        || upper.startsWith("COLLEGAMENTO CON IL BILANCIO")
        || upper.startsWith("STATO DI ATTUAZIONE")
        || firstCell(line).toUpperCase(Locale.ITALIAN).equals("INDICATORI")
        || firstCell(line).toUpperCase(Locale.ITALIAN).startsWith("CARATTERISTICHE");
  }

  private static List<String> cells(String line) {
    String[] parts = line.split("\t", -1);
    List<String> cells = new ArrayList<>(parts.length);
    for (String part : parts) {
      cells.add(part.strip());
    }
    return cells;
  }

  private static String firstCell(String line) {
    int tab = line.indexOf('\t');
    return (tab < 0 ? line : line.substring(0, tab)).strip();
  }

  private static String cell(List<String> row, int column) {
    return column < row.size() ? row.get(column) : "";
  }

  private static int column(List<String> header, String keyword, int fallback) {
    for (int c = 0; c < header.size(); c++) {
      if (header.get(c).toUpperCase(Locale.ITALIAN).contains(keyword)) {
        return c;
      }
    }
    return fallback;
  }

  private static String emptyToNull(String value) {
    return value == null || value.isEmpty() ? null : value;
  }

  /** An objective being read: its rows may still add title words, phases and assignments. */
  private static final class ObjectiveDraft {
    final String number;
    final StringBuilder title;
    final int line;
    final List<Phase> phases = new ArrayList<>();
    final Set<String> assignments = new LinkedHashSet<>();

    ObjectiveDraft(String number, String title, int line) {
      this.number = number;
      this.title = new StringBuilder(title);
      this.line = line;
    }
  }

  /** An indicator being read: continuation rows may add lines to its extra columns. */
  private static final class IndicatorDraft {
    final int line;
    final Integer phase;
    final String name;
    final Map<String, List<String>> extra = new LinkedHashMap<>();
    String target;
    String achieved;
    ObjectiveDraft owner;

    IndicatorDraft(int line, String written) {
      this.line = line;
      Matcher dash = INDICATOR_PHASE_DASH.matcher(written);
      Matcher space = INDICATOR_PHASE_SPACE.matcher(written);
      if (dash.matches()) {
        phase = Integer.valueOf(dash.group(1));
        name = dash.group(2).strip();
      } else if (space.matches()) {
        phase = Integer.valueOf(space.group(1));
        name = space.group(2).strip();
      } else {
        phase = null;
        name = written;
      }
    }

    void addExtra(String column, String value) {
      if (!value.isEmpty()) {
        extra.computeIfAbsent(column, c -> new ArrayList<>()).add(value);
      }
    }

    Indicator toIndicator() {
      return new Indicator(null, phase, name, extra, target, achieved, line);
    }
  }
}
