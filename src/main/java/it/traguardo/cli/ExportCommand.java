package it.traguardo.cli;

import it.traguardo.catalog.BudgetCatalog;
import it.traguardo.documents.DocxPlanReader;
import it.traguardo.documents.OpenData;
import it.traguardo.documents.PiaoDocuments;
import it.traguardo.documents.PlanJsonReader;
import it.traguardo.documents.PlanSpreadsheet;
import it.traguardo.documents.RelazioneData;
import it.traguardo.documents.RelazioneDocuments;
import it.traguardo.importer.Diagnostic;
import it.traguardo.importer.ImportResult;
import it.traguardo.importer.PlanTextImporter;
import it.traguardo.measure.NamedDates;
import it.traguardo.measure.ScoringPolicy;
import it.traguardo.plan.Plan;
import it.traguardo.plan.PlanScoring;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code export}: writes the documents and data files of a plan read from a file (the text export, a DOCX, or the
 * plan JSON of {@code import --dry-run --json}). Needs neither the server nor the database.
 */
@Command(
    name = "export",
    description =
        "Esporta un piano: il PIAO (sottosezione Performance) in PDF o DOCX, i dati in XLSX, CSV o JSON; la Relazione"
            + " sulla performance di un anno in PDF o DOCX.",
    mixinStandardHelpOptions = true)
public final class ExportCommand implements Callable<Integer> {

  private static final List<String> FORMATS = List.of("pdf", "docx", "xlsx", "csv", "json");
  private static final List<String> RELAZIONE_FORMATS = List.of("pdf", "docx");

  @Spec CommandSpec spec;

  @Option(names = "--document", required = true, paramLabel = "DOCUMENTO", description = "piao oppure relazione.")
  String document;

  @Option(
      names = "--year",
      paramLabel = "ANNO",
      description = "Per la relazione: l'anno misurato; i valori raggiunti sono quelli della colonna «Raggiunto» del file.")
  Integer year;

  @Option(names = "--format", required = true, paramLabel = "FORMATO", description = "pdf, docx, xlsx, csv o json.")
  String format;

  @Option(
      names = "--input",
      required = true,
      paramLabel = "FILE",
      description = "Il piano: testo esportato da Word, documento .docx o JSON di «import --dry-run --json».")
  Path input;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "PERCORSO",
      description = "Il file da scrivere; per csv una cartella (obiettivi.csv, fasi.csv, indicatori.csv, collegamenti-bilancio.csv).")
  Path out;

  public ExportCommand() {}

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    boolean relazione = document.equals("relazione");
    if (!relazione && !document.equals("piao")) {
      err.println("Documento «" + document + "» sconosciuto: attesi piao o relazione.");
      return 2;
    }
    List<String> formats = relazione ? RELAZIONE_FORMATS : FORMATS;
    if (!formats.contains(format)) {
      err.println("Formato «" + format + "» non disponibile per " + document + ": attesi " + String.join(", ", formats) + ".");
      return 2;
    }
    if (relazione && year == null) {
      err.println("La relazione riguarda un anno: indicarlo con --year AAAA.");
      return 2;
    }
    if (!Files.isRegularFile(input)) {
      err.println(input + ": file non trovato.");
      return 1;
    }
    BudgetCatalog catalog = BudgetCatalog.standard();
    try {
      ImportResult result = read(Files.readAllBytes(input), catalog);
      for (Diagnostic d : result.diagnostics()) {
        err.println(input + ":" + (d.line() == null ? "" : d.line() + ":") + " " + label(d) + ": " + d.message());
      }
      if (result.hasErrors()) {
        return 1;
      }
      Plan plan = result.planOrNull();
      if (relazione && !plan.covers(year)) {
        err.println(input + ": il piano copre gli anni " + plan.firstYear() + "-" + plan.lastYear() + ", non il " + year + ".");
        return 1;
      }
      write(plan, catalog);
      return 0;
    } catch (IOException e) {
      err.println(out + ": scrittura non riuscita (" + e.getMessage() + ").");
      return 1;
    }
  }

  /** The reader is chosen by content, not by name: a ZIP is a DOCX, a JSON object the plan JSON, anything else text. */
  private static ImportResult read(byte[] content, BudgetCatalog catalog) {
    if (DocxPlanReader.looksLikeZip(content)) {
      return new DocxPlanReader(catalog).read(content);
    }
    if (startsWithBrace(content)) {
      return new PlanJsonReader().read(content);
    }
    return new PlanTextImporter(catalog).read(content);
  }

  private static boolean startsWithBrace(byte[] content) {
    int i = content.length >= 3 && (content[0] & 0xFF) == 0xEF ? 3 : 0;
    while (i < content.length && Character.isWhitespace(content[i])) {
      i++;
    }
    return i < content.length && content[i] == '{';
  }

  private void write(Plan plan, BudgetCatalog catalog) throws IOException {
    PrintWriter stdout = spec.commandLine().getOut();
    if (format.equals("csv")) {
      Files.createDirectories(out);
      for (Map.Entry<String, byte[]> file : new OpenData(catalog).csv(plan).entrySet()) {
        Path path = out.resolve(file.getKey());
        Files.write(path, file.getValue());
        stdout.println(path);
      }
      return;
    }
    byte[] bytes =
        document.equals("relazione")
            ? relazione(plan)
            : switch (format) {
              case "pdf" -> new PiaoDocuments(catalog).pdf(plan);
              case "docx" -> new PiaoDocuments(catalog).docx(plan);
              case "xlsx" -> new PlanSpreadsheet(catalog).xlsx(plan);
              default -> new OpenData(catalog).json(plan);
            };
    Path parent = out.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    Files.write(out, bytes);
    stdout.println(out);
  }

  /**
   * The Relazione of {@code year} under the default SMVP, from the file's "Raggiunto" column; a file knows no
   * managers, so the summary covers the ente and its services.
   */
  private byte[] relazione(Plan plan) {
    PlanScoring scoring = new PlanScoring(ScoringPolicy.standard(), NamedDates.empty());
    List<PlanScoring.ObjectiveScore> scores = scoring.score(plan, year, PlanScoring.ActualValues.fromDocument(plan));
    RelazioneData data = new RelazioneData(plan, year, scores, scoring.overview(scores, List.of()));
    return format.equals("pdf") ? new RelazioneDocuments().pdf(data) : new RelazioneDocuments().docx(data);
  }

  private static String label(Diagnostic d) {
    return switch (d.severity()) {
      case ERROR -> "errore";
      case WARNING -> "avviso";
      case INFO -> "nota";
    };
  }
}
