package it.traguardo.plan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import tools.jackson.databind.JsonNode;

/**
 * Reads the plan JSON written by {@link PlanJson} back into a {@link Plan}: files given to the command line, and the
 * versions of a plan frozen at adoption and at each variazione. Catalogue names and parsed targets are derived data
 * and are not read back.
 */
public final class PlanJsonReading {

  private PlanJsonReading() {}

  public static Plan read(JsonNode root) {
    if (root == null || !root.isObject()) {
      throw new InvalidPlanJson("$", "atteso un oggetto JSON con il piano, come lo scrive «import --dry-run --json»");
    }
    return new Plan(
        longOrNull(root.get("id")),
        required(root.path("entity"), "name", "$.entity"),
        text(root.path("entity").get("province")),
        text(root.get("title")),
        integer(root, "firstYear", "$"),
        integer(root, "lastYear", "$"),
        text(root.get("premise")),
        list(root, "contents", "$", PlanJsonReading::contentsEntry),
        list(root, "objectives", "$", PlanJsonReading::objective));
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
      throw new InvalidPlanJson(path + ".kind", "«" + kind + "» non è un tipo di obiettivo: attesi TRANSVERSAL o SECTORAL");
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
        list(node, "phases", path, PlanJsonReading::phase),
        list(node, "budgetLinks", path, PlanJsonReading::budgetLink),
        list(node, "indicators", path, PlanJsonReading::indicator),
        new Characteristics(
            level(c.get("risk"), path + ".characteristics.risk"),
            level(c.get("strategicDegree"), path + ".characteristics.strategicDegree"),
            level(c.get("publicValueImpact"), path + ".characteristics.publicValueImpact")),
        text(node.get("narrative")),
        intOrNull(node.get("line")),
        decimalOrNull(node.get("weight")),
        dimensions(node.get("dimensions"), path + ".dimensions"),
        longs(node.get("managers")));
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
        text(node.get("achieved")), intOrNull(node.get("line")), decimalOrNull(node.get("weight")));
  }

  private static <T> List<T> list(JsonNode parent, String field, String path, BiFunction<JsonNode, String, T> reader) {
    JsonNode array = parent.get(field);
    if (array == null || array.isNull()) {
      return List.of();
    }
    if (!array.isArray()) {
      throw new InvalidPlanJson(path + "." + field, "atteso un elenco");
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
      throw new InvalidPlanJson(path + "." + field, "valore mancante");
    }
    return value;
  }

  private static int integer(JsonNode node, String field, String path) {
    JsonNode value = node.get(field);
    if (value == null || !value.canConvertToInt()) {
      throw new InvalidPlanJson(path + "." + field, "atteso un numero intero");
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

  private static BigDecimal decimalOrNull(JsonNode node) {
    return node == null || node.isNull() || !node.isNumber() ? null : node.decimalValue();
  }

  private static List<Long> longs(JsonNode array) {
    List<Long> values = new ArrayList<>();
    if (array != null && array.isArray()) {
      array.values().forEach(value -> values.add(value.longValue()));
    }
    return values;
  }

  private static Set<Dimension> dimensions(JsonNode array, String path) {
    Set<Dimension> values = EnumSet.noneOf(Dimension.class);
    if (array != null && array.isArray()) {
      for (JsonNode value : array.values()) {
        try {
          values.add(Dimension.valueOf(value.asString()));
        } catch (IllegalArgumentException e) {
          throw new InvalidPlanJson(path, "«" + value.asString() + "» non è una dimensione del PIAO");
        }
      }
    }
    return values;
  }

  private static Level level(JsonNode node, String path) {
    String name = text(node);
    if (name == null) {
      return null;
    }
    return Level.parse(name).orElseThrow(() -> new InvalidPlanJson(path, "«" + name + "» non è un livello: attesi BASSO, MEDIO o ALTO"));
  }

  /** The JSON is well formed but is not a plan; the message names the JSON path. */
  public static final class InvalidPlanJson extends RuntimeException {
    InvalidPlanJson(String path, String message) {
      super("Piano JSON non valido in " + path + ": " + message + ".", null, false, false);
    }
  }
}
