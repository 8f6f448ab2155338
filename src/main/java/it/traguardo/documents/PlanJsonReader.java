package it.traguardo.documents;

import it.traguardo.importer.Diagnostic;
import it.traguardo.importer.ImportResult;
import it.traguardo.plan.Plan;
import it.traguardo.plan.PlanJson;
import it.traguardo.plan.PlanJsonReading;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the plan JSON written by {@link PlanJson} (as printed by {@code import --dry-run --json}, whose extra
 * {@code diagnostics} are ignored) back into a {@link Plan}. Catalogue names are derived data and are not read back.
 * A file that is not such a JSON gives an error diagnostic: at the line of a syntax error, or naming the JSON path of
 * the missing or wrong value.
 */
public final class PlanJsonReader {

  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  public ImportResult read(byte[] content) {
    JsonNode root;
    try {
      root = MAPPER.readTree(content);
    } catch (JacksonException e) {
      TokenStreamLocation at = e.getLocation();
      Integer line = at == null || at.getLineNr() < 1 ? null : at.getLineNr();
      return failure(line, "JSON non valido: " + e.getOriginalMessage());
    }
    try {
      return new ImportResult(PlanJsonReading.read(root), List.of());
    } catch (PlanJsonReading.InvalidPlanJson e) {
      return failure(null, e.getMessage());
    }
  }

  private static ImportResult failure(Integer line, String message) {
    return new ImportResult(null, List.of(Diagnostic.error(line, message)));
  }
}
