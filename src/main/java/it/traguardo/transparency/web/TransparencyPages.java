package it.traguardo.transparency.web;

import it.traguardo.catalog.BudgetCatalog;
import it.traguardo.documents.OpenData;
import it.traguardo.documents.PiaoDocuments;
import it.traguardo.documents.PlanSpreadsheet;
import it.traguardo.documents.RelazioneDocuments;
import it.traguardo.documents.ResultPayData;
import it.traguardo.plan.PlanScoring;
import it.traguardo.transparency.DocumentGeneration;
import it.traguardo.transparency.DocumentKind;
import it.traguardo.transparency.PublishedPerformance;
import it.traguardo.transparency.PublishedPerformance.Measured;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;

/**
 * Amministrazione trasparente › Performance of an ente for a year, without login, and its files at stable
 * addresses under the page's own. The PIAO and the Relazione are rendered once and kept; a download that finds
 * nothing kept renders and waits, while the page's script asks for the rendering and shows its progress instead.
 */
@Controller
class TransparencyPages {

  private static final String BASE = "/trasparenza/{code}/performance/{year}";
  private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private final PublishedPerformance published;
  private final DocumentGeneration generation;
  private final BudgetCatalog catalog;

  TransparencyPages(PublishedPerformance published, DocumentGeneration generation, BudgetCatalog catalog) {
    this.published = published;
    this.generation = generation;
    this.catalog = catalog;
  }

  /** A link of the page; {@code ready} is false for a document not rendered yet. */
  record Download(String label, String fileName, boolean generated, boolean ready) {}

  @GetMapping(BASE)
  String page(@PathVariable String code, @PathVariable int year, Model model) {
    Measured measured = find(code, year);
    List<Download> downloads = new ArrayList<>();
    for (DocumentKind kind : List.of(DocumentKind.RELAZIONE_PDF, DocumentKind.RELAZIONE_DOCX, DocumentKind.PIAO_PDF, DocumentKind.PIAO_DOCX)) {
      boolean ready = generation.state(measured.key(kind)) == DocumentGeneration.State.READY;
      downloads.add(new Download(kind.label(year), kind.fileName(), true, ready));
    }
    downloads.add(new Download("Dati del piano: obiettivi, fasi, indicatori e collegamenti con il bilancio (XLSX)", "piano.xlsx", false, true));
    downloads.add(new Download("Dati del piano in formato aperto: le quattro tabelle (CSV in archivio ZIP)", "dati-csv.zip", false, true));
    downloads.add(new Download("Dati del piano in formato aperto (JSON)", "piano.json", false, true));
    if (measured.resultPay().isPresent()) {
      String premi = "Premi collegati alla performance " + year + " (d.lgs. 33/2013, art. 20): ";
      downloads.add(new Download(premi + "totali e differenziazione (CSV)", "premi.csv", false, true));
      downloads.add(new Download(premi + "distribuzione per fasce (CSV)", "premi-fasce.csv", false, true));
      downloads.add(new Download(premi + "tutti i dati (JSON)", "premi.json", false, true));
    }
    Map<Long, PlanScoring.ObjectiveScore> scores = new LinkedHashMap<>();
    measured.relazione().objectives().forEach(s -> scores.put(s.objective().id(), s));
    model.addAttribute("entity", measured.entity());
    model.addAttribute("stored", measured.stored());
    model.addAttribute("year", year);
    model.addAttribute("overview", measured.relazione().overview());
    model.addAttribute("scores", scores);
    model.addAttribute("objectives", measured.stored().plan().objectives());
    model.addAttribute("downloads", downloads);
    model.addAttribute("validation", measured.validation().orElse(null));
    model.addAttribute("resultPay", measured.resultPay().orElse(null));
    return "transparency/performance";
  }

  @GetMapping(BASE + "/{file:piao\\.pdf|piao\\.docx|relazione\\.pdf|relazione\\.docx}")
  ResponseEntity<byte[]> document(@PathVariable String code, @PathVariable int year, @PathVariable String file) {
    Measured measured = find(code, year);
    DocumentKind kind = DocumentKind.byFileName(file).orElseThrow();
    byte[] content =
        generation.stored(measured.key(kind)).orElseGet(() -> generation.start(measured.key(kind), render(measured, kind)).join());
    return download(content, kind.mediaType(), downloadName(measured, kind.fileName()));
  }

  /** Starts rendering (idempotent: a GET, so the public page needs no session or CSRF token) and says where it stands. */
  @GetMapping(BASE + "/{file}/genera")
  @ResponseBody
  ResponseEntity<Map<String, String>> generate(@PathVariable String code, @PathVariable int year, @PathVariable String file) {
    Measured measured = find(code, year);
    DocumentKind kind = kind(file);
    generation.start(measured.key(kind), render(measured, kind));
    return ResponseEntity.status(HttpStatus.ACCEPTED).body(state(measured, kind));
  }

  @GetMapping(BASE + "/{file}/stato")
  @ResponseBody
  Map<String, String> status(@PathVariable String code, @PathVariable int year, @PathVariable String file) {
    Measured measured = find(code, year);
    return state(measured, kind(file));
  }

  @GetMapping(BASE + "/piano.xlsx")
  ResponseEntity<byte[]> spreadsheet(@PathVariable String code, @PathVariable int year) {
    Measured measured = find(code, year);
    return download(new PlanSpreadsheet(catalog).xlsx(measured.stored().plan()), XLSX, downloadName(measured, "piano.xlsx"));
  }

  @GetMapping(BASE + "/piano.json")
  ResponseEntity<byte[]> json(@PathVariable String code, @PathVariable int year) {
    Measured measured = find(code, year);
    return download(
        new OpenData(catalog).json(measured.stored().plan()), MediaType.APPLICATION_JSON_VALUE, downloadName(measured, "piano.json"));
  }

  /** The four CSV tables in one archive, with the names the command line writes. */
  @GetMapping(BASE + "/dati-csv.zip")
  ResponseEntity<byte[]> csv(@PathVariable String code, @PathVariable int year) {
    Measured measured = find(code, year);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      for (Map.Entry<String, byte[]> table : new OpenData(catalog).csv(measured.stored().plan()).entrySet()) {
        zip.putNextEntry(new ZipEntry(table.getKey()));
        zip.write(table.getValue());
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return download(out.toByteArray(), "application/zip", downloadName(measured, "dati-csv.zip"));
  }

  /** The art. 20 figures as CSV tables; 404 until they are published. */
  @GetMapping(BASE + "/{file:premi\\.csv|premi-fasce\\.csv}")
  ResponseEntity<byte[]> resultPayCsv(@PathVariable String code, @PathVariable int year, @PathVariable String file) {
    Measured measured = find(code, year);
    ResultPayData pay = measured.resultPay().orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    return download(OpenData.csv(pay).get(file), "text/csv", measured.entity().code() + "-" + file.replace(".csv", "-" + year + ".csv"));
  }

  @GetMapping(BASE + "/premi.json")
  ResponseEntity<byte[]> resultPayJson(@PathVariable String code, @PathVariable int year) {
    Measured measured = find(code, year);
    ResultPayData pay = measured.resultPay().orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    return download(OpenData.json(pay), MediaType.APPLICATION_JSON_VALUE, measured.entity().code() + "-premi-" + year + ".json");
  }

  private Map<String, String> state(Measured measured, DocumentKind kind) {
    String state =
        switch (generation.state(measured.key(kind))) {
          case READY -> "pronto";
          case RUNNING -> "in-corso";
          case FAILED -> "errore";
          case ABSENT -> "assente";
        };
    return Map.of("stato", state);
  }

  private Supplier<byte[]> render(Measured measured, DocumentKind kind) {
    return switch (kind) {
      case PIAO_PDF -> () -> new PiaoDocuments(catalog).pdf(measured.stored().plan());
      case PIAO_DOCX -> () -> new PiaoDocuments(catalog).docx(measured.stored().plan());
      case RELAZIONE_PDF -> () -> new RelazioneDocuments().pdf(measured.relazione());
      case RELAZIONE_DOCX -> () -> new RelazioneDocuments().docx(measured.relazione());
    };
  }

  /** "cedrasco-relazione-2024.pdf", "cedrasco-piao-2024-2026.pdf": the ente and what the file covers. */
  private static String downloadName(Measured measured, String fileName) {
    int dot = fileName.indexOf('.');
    String what = fileName.substring(0, dot);
    String period = what.equals("relazione") ? String.valueOf(measured.year()) : measured.stored().summary().period();
    return measured.entity().code() + "-" + what + "-" + period + fileName.substring(dot);
  }

  private static ResponseEntity<byte[]> download(byte[] content, String mediaType, String fileName) {
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(mediaType))
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
        .body(content);
  }

  private static DocumentKind kind(String file) {
    return DocumentKind.byFileName(file).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
  }

  private Measured find(String code, int year) {
    return published.find(code, year).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
  }
}
