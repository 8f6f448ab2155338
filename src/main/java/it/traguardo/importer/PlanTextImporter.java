package it.traguardo.importer;

import it.traguardo.catalog.BudgetCatalog;
import it.traguardo.plan.ContentsEntry;
import it.traguardo.plan.Objective;
import it.traguardo.plan.ObjectiveKind;
import it.traguardo.plan.Plan;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the text export of a PIAO performance sub-section: a cover naming the ente and the period, an optional
 * table of contents ("Sommario"), a premise, then the objective sheets under the headings of transversal and
 * sectoral objectives, the sectoral ones grouped under their service.
 *
 * <p>The reading is by rule, never by the content of a particular plan: see {@link SheetReader} for the sheets.
 * Errors leave no plan behind; warnings point at what the reader had to interpret.
 */
public final class PlanTextImporter {

  private static final Pattern PERIOD = Pattern.compile("\\b((?:19|20)\\d\\d)\\s*[-–/]\\s*((?:19|20)\\d\\d)\\b");
  private static final Pattern CONTENTS_NUMBERED = Pattern.compile("^(\\d{1,3})\\s*[.)]\\s*(.*)$");
  private static final Pattern PAGE = Pattern.compile("\\d{1,4}|Errore\\b.*");
  private static final Pattern LEADER = Pattern.compile("[\\s.…]+$");
  private static final Pattern ENTE =
      Pattern.compile(
          "^(COMUNE|UNIONE|COMUNIT[AÀ]|CITT[AÀ]|PROVINCIA|CONSORZIO|REGIONE|AZIENDA|ENTE|AMMINISTRAZIONE)\\b.*",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private final BudgetCatalog catalog;

  public PlanTextImporter(BudgetCatalog catalog) {
    this.catalog = catalog;
  }

  /** Reads a plan; never throws for any input: problems come back as located diagnostics. */
  public ImportResult read(byte[] content) {
    List<Diagnostic> diagnostics = new ArrayList<>();
    SourceText text = SourceText.decode(content, diagnostics);
    if (text.size() == 0 || allBlank(text)) {
      diagnostics.add(Diagnostic.error(1, "Il file è vuoto: atteso il testo di un piano della performance."));
      return new ImportResult(null, diagnostics);
    }
    int binary = text.firstBinaryLine();
    if (binary > 0) {
      diagnostics.add(
          Diagnostic.error(
              binary,
              "Il file non è un testo: la riga contiene caratteri di controllo. È un file binario o un documento"
                  + " Word non salvato come testo?"));
      return new ImportResult(null, diagnostics);
    }
    return new Reading(text, diagnostics).run();
  }

  private static boolean allBlank(SourceText text) {
    for (int n = 1; n <= text.size(); n++) {
      if (!text.isBlank(n)) {
        return false;
      }
    }
    return true;
  }

  static boolean isSectionHeading(String line) {
    String upper = line.strip().toUpperCase(Locale.ITALIAN);
    return !line.contains("\t")
        && upper.startsWith("OBIETTIVI")
        && (upper.contains("TRASVERSAL") || upper.contains("SETTORIAL"));
  }

  static boolean isSheetHeader(String line) {
    return line.contains("\t") && line.strip().toUpperCase(Locale.ITALIAN).startsWith("DEFINIZIONE OBIETTIVO");
  }

  /** One reading of one file: the state of the walk through its lines. */
  private final class Reading {

    private final SourceText text;
    private final List<Diagnostic> diagnostics;
    private final List<ContentsEntry> contents = new ArrayList<>();
    private final List<Objective> objectives = new ArrayList<>();
    private String entityName;
    private String province;
    private String title;
    private Integer firstYear;
    private Integer lastYear;
    private String premise;

    Reading(SourceText text, List<Diagnostic> diagnostics) {
      this.text = text;
      this.diagnostics = diagnostics;
    }

    ImportResult run() {
      int n = readCover(1);
      n = readContents(n);
      n = readPremise(n);
      readBody(n);
      if (firstYear == null) {
        diagnostics.add(
            Diagnostic.error(
                1,
                "Periodo del piano non trovato: in copertina è atteso un titolo come «Piano Integrato di Attività e"
                    + " Organizzazione 2024-2026»."));
      }
      if (objectives.isEmpty() && !hasErrors()) {
        diagnostics.add(
            Diagnostic.error(
                text.size(),
                "Nessuna scheda obiettivo trovata: ogni scheda inizia con la tabella «DEFINIZIONE OBIETTIVO»,"
                    + " «DESCRIZIONE/FASI», «ORIZZONTE TEMPORALE», «ASSEGNAZIONE OBIETTIVO»."));
      }
      if (!hasErrors()) {
        new ContentsComparison(contents, objectives, diagnostics).compare();
      }
      diagnostics.sort(
          (a, b) -> Integer.compare(a.line() == null ? 0 : a.line(), b.line() == null ? 0 : b.line()));
      if (hasErrors()) {
        return new ImportResult(null, diagnostics);
      }
      Plan plan =
          new Plan(null, entityName, province, title, firstYear, lastYear, premise, contents, objectives);
      return new ImportResult(plan, diagnostics);
    }

    private boolean hasErrors() {
      return diagnostics.stream().anyMatch(d -> d.severity() == Diagnostic.Severity.ERROR);
    }

    /** The cover: the ente, the province, the title with the period; it ends where the contents or text start. */
    private int readCover(int from) {
      int n = from;
      for (; n <= text.size(); n++) {
        String line = text.line(n).strip();
        if (line.isEmpty()) {
          continue;
        }
        if (endsCover(text.line(n))) {
          break;
        }
        if (entityName == null) {
          entityName = EntityNames.readable(line);
          if (!ENTE.matcher(line).matches()) {
            diagnostics.add(
                Diagnostic.warning(
                    n, "La prima riga «" + line + "» è stata letta come nome dell'ente: controllarla."));
          }
        } else if (province == null && line.toUpperCase(Locale.ITALIAN).startsWith("PROVINCIA ")) {
          province = EntityNames.readable(line);
        } else if (firstYear == null) {
          Matcher period = PERIOD.matcher(line);
          if (period.find()) {
            readPeriod(n, line, period);
          }
        }
      }
      if (entityName == null) {
        diagnostics.add(Diagnostic.error(from, "Nome dell'ente non trovato: la copertina deve iniziare con esso."));
      }
      return n;
    }

    private void readPeriod(int n, String line, Matcher period) {
      int first = Integer.parseInt(period.group(1));
      int last = Integer.parseInt(period.group(2));
      if (last < first || last - first > 10) {
        diagnostics.add(
            Diagnostic.error(n, "Periodo «" + period.group() + "» non valido: atteso come «2024-2026»."));
        return;
      }
      title = line;
      firstYear = first;
      lastYear = last;
    }

    private boolean endsCover(String line) {
      String plain = line.strip();
      return isContentsTitle(plain)
          || isContentsLine(line)
          || isSectionHeading(line)
          || isSheetHeader(line)
          || plain.length() > 200
          || plain.toUpperCase(Locale.ITALIAN).startsWith("PREMESSA");
    }

    private boolean isContentsTitle(String plain) {
      return plain.equalsIgnoreCase("Sommario") || plain.equalsIgnoreCase("Indice");
    }

    /** A contents line ends with a tab and a page: a number, or Word's text for a broken bookmark. */
    private boolean isContentsLine(String line) {
      int tab = line.lastIndexOf('\t');
      return tab > 0 && !line.substring(0, tab).isBlank() && PAGE.matcher(line.substring(tab + 1).strip()).matches();
    }

    private int readContents(int from) {
      int n = from;
      if (n <= text.size() && isContentsTitle(text.line(n).strip())) {
        n++;
      }
      for (; n <= text.size(); n++) {
        String line = text.line(n);
        if (line.isBlank()) {
          continue;
        }
        if (!isContentsLine(line)) {
          break;
        }
        int tab = line.lastIndexOf('\t');
        String entry = LEADER.matcher(line.substring(0, tab).replace('\t', ' ').strip()).replaceAll("");
        String page = line.substring(tab + 1).strip();
        Matcher numbered = CONTENTS_NUMBERED.matcher(entry);
        contents.add(
            numbered.matches()
                ? new ContentsEntry(numbered.group(1), numbered.group(2).strip(), page, n)
                : new ContentsEntry(null, entry, page, n));
      }
      return n;
    }

    /** The premise: every paragraph up to the first heading of objectives, kept as written. */
    private int readPremise(int from) {
      StringBuilder paragraphs = new StringBuilder();
      int n = from;
      boolean gap = false;
      for (; n <= text.size(); n++) {
        String line = text.line(n);
        if (isSectionHeading(line) || isSheetHeader(line)) {
          break;
        }
        if (line.isBlank()) {
          gap = paragraphs.length() > 0;
          continue;
        }
        if (paragraphs.length() > 0) {
          paragraphs.append(gap ? "\n\n" : "\n");
        }
        paragraphs.append(line.strip());
        gap = false;
      }
      premise = paragraphs.length() == 0 ? null : paragraphs.toString();
      return n;
    }

    private void readBody(int from) {
      ObjectiveKind kind = null;
      String unit = null;
      SheetReader previous = null;
      int n = from;
      while (n <= text.size()) {
        String line = text.line(n);
        if (line.isBlank()) {
          n++;
        } else if (isSectionHeading(line)) {
          kind = line.toUpperCase(Locale.ITALIAN).contains("TRASVERSAL") ? ObjectiveKind.TRANSVERSAL : ObjectiveKind.SECTORAL;
          unit = null;
          n++;
        } else if (SheetReader.isUnitHeading(line)) {
          unit = line.strip().replaceAll("\\s+", " ");
          kind = ObjectiveKind.SECTORAL;
          n++;
        } else if (isSheetHeader(line)) {
          if (kind == null) {
            kind = ObjectiveKind.TRANSVERSAL;
            diagnostics.add(
                Diagnostic.warning(
                    n,
                    "Scheda senza il titolo di sezione «OBIETTIVI GESTIONALI TRASVERSALI» o «… SETTORIALI»:"
                        + " letta come trasversale."));
          }
          if (kind == ObjectiveKind.SECTORAL && unit == null) {
            diagnostics.add(
                Diagnostic.warning(n, "Obiettivo settoriale senza il servizio di appartenenza (es. «Servizio 1 – …»)."));
          }
          SheetReader sheet =
              new SheetReader(text, n, kind, kind == ObjectiveKind.SECTORAL ? unit : null, catalog, diagnostics);
          n = sheet.read();
          if (n > text.size()) {
            sheet.checkComplete(previous);
          }
          objectives.addAll(sheet.objectives());
          previous = sheet;
        } else {
          diagnostics.add(
              Diagnostic.warning(n, "Testo fuori da una scheda obiettivo, non importato: «" + abbreviate(line) + "»."));
          n++;
        }
      }
    }
  }

  static String abbreviate(String line) {
    String plain = line.strip().replace('\t', ' ');
    return plain.length() <= 80 ? plain : plain.substring(0, 77) + "…";
  }
}
