package it.traguardo.plan;

import it.traguardo.catalog.BudgetCatalog;
import it.traguardo.measure.NamedDates;
import it.traguardo.measure.PolarityAssessment;
import it.traguardo.measure.Target;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The plan as JSON, the shape documented in {@code docs/formats/plan.schema.json}: the names are a contract shared
 * by the CLI, the API and the open data. Ids appear only on stored plans; other absent values are explicit nulls.
 */
public final class PlanJson {

  private final JsonMapper mapper;
  private final BudgetCatalog catalog;

  public PlanJson(JsonMapper mapper, BudgetCatalog catalog) {
    this.mapper = mapper;
    this.catalog = catalog;
  }

  public ObjectNode write(Plan plan) {
    ObjectNode root = mapper.createObjectNode();
    putId(root, plan.id());
    ObjectNode entity = root.putObject("entity");
    entity.put("name", plan.entityName());
    entity.put("province", plan.province());
    root.put("title", plan.title());
    root.put("firstYear", plan.firstYear());
    root.put("lastYear", plan.lastYear());
    root.put("premise", plan.premise());
    ArrayNode contents = root.putArray("contents");
    for (ContentsEntry entry : plan.contents()) {
      ObjectNode node = contents.addObject();
      node.put("number", entry.number());
      node.put("title", entry.title());
      node.put("page", entry.page());
      node.put("line", entry.line());
    }
    ArrayNode objectives = root.putArray("objectives");
    plan.objectives().forEach(objective -> writeObjective(objectives.addObject(), objective, plan.firstYear()));
    return root;
  }

  private void writeObjective(ObjectNode node, Objective objective, int measuredYear) {
    putId(node, objective.id());
    node.put("number", objective.number());
    node.put("kind", objective.kind().name());
    node.put("title", objective.title());
    node.put("unit", objective.unit());
    node.put("description", objective.description());
    node.put("assignment", objective.assignment());
    ArrayNode phases = node.putArray("phases");
    for (Phase phase : objective.phases()) {
      ObjectNode p = phases.addObject();
      putId(p, phase.id());
      p.put("number", phase.number());
      p.put("description", phase.description());
      p.put("horizon", phase.horizon());
      ArrayNode years = p.putArray("years");
      phase.years().forEach(years::add);
      p.put("assignee", phase.assignee());
      p.put("line", phase.line());
    }
    ArrayNode links = node.putArray("budgetLinks");
    for (BudgetLink link : objective.budgetLinks()) {
      ObjectNode l = links.addObject();
      l.put("mission", link.mission());
      l.put("programme", link.programme());
      l.put("missionName", catalog.mission(link.mission()).map(BudgetCatalog.Mission::name).orElse(null));
      l.put(
          "programmeName",
          catalog.programme(link.mission(), link.programme()).map(BudgetCatalog.Programme::name).orElse(null));
      l.put("missionText", link.missionText());
      l.put("programmeText", link.programmeText());
      l.put("line", link.line());
    }
    ArrayNode indicators = node.putArray("indicators");
    for (Indicator indicator : objective.indicators()) {
      writeIndicator(indicators.addObject(), indicator, measuredYear);
    }
    Characteristics c = objective.characteristics();
    ObjectNode characteristics = node.putObject("characteristics");
    characteristics.put("risk", c.risk() == null ? null : c.risk().name());
    characteristics.put("strategicDegree", c.strategicDegree() == null ? null : c.strategicDegree().name());
    characteristics.put("publicValueImpact", c.publicValueImpact() == null ? null : c.publicValueImpact().name());
    node.put("narrative", objective.narrative());
    node.put("weight", objective.weight());
    ArrayNode dimensions = node.putArray("dimensions");
    objective.dimensions().forEach(dimension -> dimensions.add(dimension.name()));
    ArrayNode managers = node.putArray("managers");
    objective.managerIds().forEach(managers::add);
    node.put("line", objective.line());
  }

  /**
   * The target as written and as read; relative deadlines and sentences are given for the plan's first year.
   */
  private void writeIndicator(ObjectNode node, Indicator indicator, int measuredYear) {
    putId(node, indicator.id());
    node.put("phase", indicator.phase());
    node.put("name", indicator.name());
    ObjectNode extra = node.putObject("extra");
    for (Map.Entry<String, List<String>> column : indicator.extra().entrySet()) {
      ArrayNode lines = extra.putArray(column.getKey());
      column.getValue().forEach(lines::add);
    }
    Target target = Target.parse(indicator.target());
    if (indicator.target() == null) {
      node.putNull("target");
    } else {
      writeTarget(node.putObject("target"), target, measuredYear);
    }
    writePolarity(node, PolarityAssessment.assess(indicator.name(), target, null));
    node.put("achieved", indicator.achieved());
    node.put("weight", indicator.weight());
    node.put("line", indicator.line());
  }

  /** A target as written and as read, with the deadline and the sentence of the measured year. */
  public void writeTarget(ObjectNode node, Target target, int measuredYear) {
    node.put("text", target.text());
    node.put("kind", target.kind().name());
    node.put("comparator", target.comparator() == null ? null : target.comparator().name());
    node.put("value", target.value());
    node.put("unit", target.unit());
    node.put("deadline", target.deadlineFor(measuredYear, NamedDates.empty()).map(LocalDate::toString).orElse(null));
    node.put("sentence", target.sentence(measuredYear));
  }

  public void writePolarity(ObjectNode node, PolarityAssessment polarity) {
    node.put("polarity", polarity.polarity().name());
    node.put("polarityUncertain", polarity.uncertain());
  }

  /** Reads JSON text written by this class. */
  public JsonNode parse(String text) {
    return mapper.readTree(text);
  }

  /** An empty object to fill, from the same mapper. */
  public ObjectNode object() {
    return mapper.createObjectNode();
  }

  private static void putId(ObjectNode node, Long id) {
    if (id != null) {
      node.put("id", id);
    }
  }
}
