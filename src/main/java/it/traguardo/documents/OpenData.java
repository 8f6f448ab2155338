package it.traguardo.documents;

import it.traguardo.catalog.BudgetCatalog;
import it.traguardo.plan.Plan;
import it.traguardo.plan.PlanJson;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The plan as open data: one CSV per table of {@link PlanTables} (RFC 4180, UTF-8 without BOM, comma, CRLF, header
 * row; columns documented in {@code docs/formats/}) and the plan JSON of {@link PlanJson}; and a year's result-pay
 * figures (d.lgs. 33/2013 art. 20) as two CSV tables and one JSON document.
 */
public final class OpenData {

  private final BudgetCatalog catalog;

  public OpenData(BudgetCatalog catalog) {
    this.catalog = catalog;
  }

  /** File name ("obiettivi.csv") → content, in the order of the tables. */
  public Map<String, byte[]> csv(Plan plan) {
    Map<String, byte[]> files = new LinkedHashMap<>();
    for (PlanTables.DataTable table : PlanTables.of(plan, catalog)) {
      files.put(table.name() + ".csv", csv(table.columns(), table.rows()));
    }
    return files;
  }

  /**
   * The result-pay figures as {@code premi.csv} (one row of totals and differentiation) and {@code premi-fasce.csv}
   * (one row per band); amounts in euro and percentages with a decimal point.
   */
  public static Map<String, byte[]> csv(ResultPayData pay) {
    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put(
        "premi.csv",
        csv(
            List.of(
                "ente", "anno", "stanziato", "erogato", "valutati", "punteggio_minimo", "punteggio_massimo",
                "punteggio_medio", "percentuale_erogata_minima", "percentuale_erogata_massima"),
            List.of(
                Arrays.<Object>asList(
                    pay.entityCode(), pay.year(), pay.allocated().toPlainString(), pay.paid().toPlainString(),
                    pay.evaluated(), pay.lowestScore().toPlainString(), pay.highestScore().toPlainString(),
                    pay.averageScore().toPlainString(), plain(pay.lowestPaidPercent()), plain(pay.highestPaidPercent())))));
    List<List<Object>> bands = new ArrayList<>();
    for (ResultPayData.Band band : pay.bands()) {
      bands.add(
          List.of(
              pay.entityCode(), pay.year(), band.label(), band.payPercent().toPlainString(), band.people(),
              band.share().toPlainString(), band.amount().toPlainString()));
    }
    files.put(
        "premi-fasce.csv",
        csv(List.of("ente", "anno", "fascia", "percentuale_retribuzione", "persone", "quota_persone", "importo"), bands));
    return files;
  }

  /** The result-pay figures as one JSON document: the same fields as the CSV tables, bands nested. */
  public static byte[] json(ResultPayData pay) {
    return JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValueAsString(pay).getBytes(StandardCharsets.UTF_8);
  }

  private static String plain(BigDecimal value) {
    return value == null ? null : value.toPlainString();
  }

  private static byte[] csv(List<String> columns, List<List<Object>> rows) {
    StringWriter out = new StringWriter();
    CSVFormat format = CSVFormat.RFC4180.builder().setHeader(columns.toArray(String[]::new)).get();
    try (CSVPrinter printer = new CSVPrinter(out, format)) {
      for (List<Object> row : rows) {
        printer.printRecord(row.stream().map(v -> v == null ? "" : v.toString()).toList());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** The plan JSON, the same document {@code import --dry-run --json} prints (without its diagnostics). */
  public byte[] json(Plan plan) {
    JsonMapper mapper = JsonMapper.builder().build();
    return mapper.writerWithDefaultPrettyPrinter()
        .writeValueAsString(new PlanJson(mapper, catalog).write(plan))
        .getBytes(StandardCharsets.UTF_8);
  }
}
