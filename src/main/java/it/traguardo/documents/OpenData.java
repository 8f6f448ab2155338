package it.traguardo.documents;

import it.traguardo.catalog.BudgetCatalog;
import it.traguardo.plan.Plan;
import it.traguardo.plan.PlanJson;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The plan as open data: one CSV per table of {@link PlanTables} (RFC 4180, UTF-8 without BOM, comma, CRLF, header
 * row; columns documented in {@code docs/formats/}) and the plan JSON of {@link PlanJson}.
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
      StringWriter out = new StringWriter();
      CSVFormat format = CSVFormat.RFC4180.builder().setHeader(table.columns().toArray(String[]::new)).get();
      try (CSVPrinter printer = new CSVPrinter(out, format)) {
        for (List<Object> row : table.rows()) {
          printer.printRecord(row.stream().map(v -> v == null ? "" : v.toString()).toList());
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      files.put(table.name() + ".csv", out.toString().getBytes(StandardCharsets.UTF_8));
    }
    return files;
  }

  /** The plan JSON, the same document {@code import --dry-run --json} prints (without its diagnostics). */
  public byte[] json(Plan plan) {
    JsonMapper mapper = JsonMapper.builder().build();
    return mapper.writerWithDefaultPrettyPrinter()
        .writeValueAsString(new PlanJson(mapper, catalog).write(plan))
        .getBytes(StandardCharsets.UTF_8);
  }
}
