package it.traguardo.documents;

import it.traguardo.importer.Diagnostic;
import it.traguardo.importer.ImportResult;
import it.traguardo.plan.BudgetLink;
import it.traguardo.plan.Characteristics;
import it.traguardo.plan.ContentsEntry;
import it.traguardo.plan.Indicator;
import it.traguardo.plan.Level;
import it.traguardo.plan.Objective;
import it.traguardo.plan.ObjectiveKind;
import it.traguardo.plan.Phase;
import it.traguardo.plan.Plan;
import it.traguardo.plan.PlanJson;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
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
      return new ImportResult(plan(root), List.of());
    } catch (InvalidPlan e) {
      return failure(null, e.getMessage());
    }
  }

  private static ImportResult failure(Integer line, String message) {
    return new ImportResult(null, List.of(Diagnostic.error(line, message)));
  }

  private static Plan plan(JsonNode root) {
    if (root == null || !root.isObject()) {
      throw new InvalidPlan("$", "atteso un oggetto JSON con il piano, come lo scrive «import --dry-run --json»");
    }
    return new Plan(
        longOrNull(root.get("id")),
        required(root.path("entity"), "name", "$.entity"),
        text(root.path("entity").get("province")),
        text(root.get("title")),
        integer(root, "firstYear", "$"),
        integer(root, "lastYear", "$"),
        text(root.get("premise")),
        list(root, "contents", "$", PlanJsonReader::contentsEntry),
        list(root, "objectives", "$", PlanJsonReader::objective));
  }

  private static ContentsEntry contentsEntry(JsonNode node, String path) {
    return new ContentsEntry(text(node.get("number")), text(node.get("title")), text(node.get("page")), intOrNull(node.get("line")));
  }

  private static Objective objective(JsonNode node, String path) {
    String kind = required(node, "kind", path);
    ObjectiveKind objectiveKind;
    try {
      objectiveKind = ObjectiveKind.valueOf(kind);
    } catch (IllegalArgumentException e) {
      throw new InvalidPlan(path + ".kind", "«" + kind + "» non è un tipo di obiettivo: attesi TRANSVERSAL o SECTORAL");
    }
    JsonNode c = node.path("characteristics");
    return new Objective(
        longOrNull(node.get("id")),
        required(node, "number", path),
        objectiveKind,
        required(node, "title", path),
        text(node.get("unit")),
        text(node.get("description")),
        text(node.get("assignment")),
        list(node, "phases", path, PlanJsonReader::phase),
        list(node, "budgetLinks", path, PlanJsonReader::budgetLink),
        list(node, "indicators", path, PlanJsonReader::indicator),
        new Characteristics(
            level(c.get("risk"), path + ".characteristics.risk"),
            level(c.get("strategicDegree"), path + ".characteristics.strategicDegree"),
            level(c.get("publicValueImpact"), path + ".characteristics.publicValueImpact")),
        text(node.get("narrative")),
        intOrNull(node.get("line")));
  }

  private static Phase phase(JsonNode node, String path) {
    List<Integer> years = new ArrayList<>();
    node.path("years").values().forEach(year -> years.add(year.asInt()));
    return new Phase(
        longOrNull(node.get("id")), integer(node, "number", path), text(node.get("description")), text(node.get("horizon")),
        years, text(node.get("assignee")), intOrNull(node.get("line")));
  }

  private static BudgetLink budgetLink(JsonNode node, String path) {
    return new BudgetLink(
        required(node, "mission", path), required(node, "programme", path), text(node.get("missionText")),
        text(node.get("programmeText")), intOrNull(node.get("line")));
  }

  private static Indicator indicator(JsonNode node, String path) {
    Map<String, List<String>> extra = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> column : node.path("extra").properties()) {
      extra.put(column.getKey(), column.getValue().values().stream().map(JsonNode::asString).toList());
    }
    JsonNode target = node.get("target");
    return new Indicator(
        longOrNull(node.get("id")), intOrNull(node.get("phase")), required(node, "name", path), extra,
        target == null || target.isNull() ? null : target.isObject() ? text(target.get("text")) : target.asString(),
        text(node.get("achieved")), intOrNull(node.get("line")));
  }

  private static <T> List<T> list(JsonNode parent, String field, String path, BiFunction<JsonNode, String, T> reader) {
    JsonNode array = parent.get(field);
    if (array == null || array.isNull()) {
      return List.of();
    }
    if (!array.isArray()) {
      throw new InvalidPlan(path + "." + field, "atteso un elenco");
    }
    List<T> items = new ArrayList<>();
    int index = 0;
    for (JsonNode item : array.values()) {
      items.add(reader.apply(item, path + "." + field + "[" + index++ + "]"));
    }
    return items;
  }

  private static String required(JsonNode node, String field, String path) {
    String value = text(node.get(field));
    if (value == null || value.isBlank()) {
      throw new InvalidPlan(path + "." + field, "valore mancante");
    }
    return value;
  }

  private static int integer(JsonNode node, String field, String path) {
    JsonNode value = node.get(field);
    if (value == null || !value.canConvertToInt()) {
      throw new InvalidPlan(path + "." + field, "atteso un numero intero");
    }
    return value.intValue();
  }

  private static String text(JsonNode node) {
    return node == null || node.isNull() || node.isMissingNode() ? null : node.asString();
  }

  private static Integer intOrNull(JsonNode node) {
    return node == null || node.isNull() || !node.canConvertToInt() ? null : node.intValue();
  }

  private static Long longOrNull(JsonNode node) {
    return node == null || node.isNull() || !node.isIntegralNumber() ? null : node.longValue();
  }

  private static Level level(JsonNode node, String path) {
    String name = text(node);
    if (name == null) {
      return null;
    }
    return Level.parse(name).orElseThrow(() -> new InvalidPlan(path, "«" + name + "» non è un livello: attesi BASSO, MEDIO o ALTO"));
  }

  /** The JSON is well formed but is not a plan; the message names the JSON path. */
  private static final class InvalidPlan extends RuntimeException {
    InvalidPlan(String path, String message) {
      super("Piano JSON non valido in " + path + ": " + message + ".", null, false, false);
    }
  }
}
