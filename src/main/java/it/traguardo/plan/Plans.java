package it.traguardo.plan;

import it.traguardo.organization.Organization;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stored plans of each ente. Every method takes the ente's id and every statement filters on it, so a plan id
 * from another ente finds nothing.
 */
@Service
public class Plans {

  private static final TypeReference<LinkedHashMap<String, List<String>>> EXTRA = new TypeReference<>() {};

  private final JdbcClient jdbc;
  private final Organization organization;
  private final JsonMapper json;
  private final PlanVersions versions;

  Plans(JdbcClient jdbc, Organization organization, JsonMapper json, PlanVersions versions) {
    this.versions = versions;
    this.jdbc = jdbc;
    this.organization = organization;
    this.json = json;
  }

  /**
   * Stores a plan with its sheets; units named by its sectoral objectives are added to the ente if missing. A plan
   * stored past BOZZA is frozen as its version 1.
   */
  @Transactional
  public long store(
      long entityId, Plan plan, PlanState state, Adoption adoption, String sourceName, String importedBy,
      List<StoredPlan.StoredDiagnostic> diagnostics) {
    long planId =
        jdbc.sql(
                """
                insert into plan (entity_id, first_year, last_year, state, entity_name, province, title, premise,
                                  adoption_act, adoption_date, adoption_sample, source_name, imported_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
            .params(
                entityId, plan.firstYear(), plan.lastYear(), state.name(), plan.entityName(), plan.province(),
                plan.title(), plan.premise(), adoption == null ? null : adoption.act(),
                adoption == null ? null : adoption.date(), adoption != null && adoption.sample(), sourceName,
                importedBy)
            .query(Long.class)
            .single();
    int position = 0;
    for (ContentsEntry entry : plan.contents()) {
      jdbc.sql(
              "insert into contents_entry (entity_id, plan_id, position, number, title, page, source_line) values (?, ?, ?, ?, ?, ?, ?)")
          .params(entityId, planId, position++, entry.number(), entry.title(), entry.page(), entry.line())
          .update();
    }
    position = 0;
    for (StoredPlan.StoredDiagnostic d : diagnostics) {
      jdbc.sql(
              "insert into import_diagnostic (entity_id, plan_id, position, severity, line, message) values (?, ?, ?, ?, ?, ?)")
          .params(entityId, planId, position++, d.severity(), d.line(), d.message())
          .update();
    }
    position = 0;
    for (Objective objective : plan.objectives()) {
      insertObjective(entityId, planId, position++, objective);
    }
    if (state.isPublic()) {
      // a plan stored already adopted starts its history with itself as version 1
      versions.freeze(
          entityId, find(entityId, planId).orElseThrow().plan(), "ADOZIONE", null,
          adoption == null ? null : adoption.act(), adoption == null ? null : adoption.date(), importedBy);
    }
    return planId;
  }

  /** Inserts an objective with its sheets at a position; returns its id. */
  long insertObjective(long entityId, long planId, int position, Objective objective) {
    Long unitId = objective.unit() == null ? null : organization.ensureUnit(entityId, objective.unit()).id();
    Characteristics c = objective.characteristics();
    long objectiveId =
        jdbc.sql(
                """
                insert into objective (entity_id, plan_id, position, number, kind, title, org_unit_id, unit_name,
                                       description, assignment, risk, strategic_degree, public_value_impact,
                                       narrative, source_line, weight, dimensions)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
            .params(
                entityId, planId, position, objective.number(), objective.kind().name(), objective.title(), unitId,
                objective.unit(), objective.description(), objective.assignment(), name(c.risk()),
                name(c.strategicDegree()), name(c.publicValueImpact()), objective.narrative(), objective.line(),
                objective.weight(), dimensionNames(objective.dimensions()))
            .query(Long.class)
            .single();
    replaceManagers(entityId, objectiveId, objective.managerIds());
    replaceBudgetLinks(entityId, objectiveId, objective.budgetLinks());
    int p = 0;
    for (Phase phase : objective.phases()) {
      insertPhase(entityId, objectiveId, p++, phase);
    }
    p = 0;
    for (Indicator indicator : objective.indicators()) {
      insertIndicator(entityId, objectiveId, p++, indicator);
    }
    return objectiveId;
  }

  void replaceManagers(long entityId, long objectiveId, List<Long> personIds) {
    jdbc.sql("delete from objective_manager where entity_id = ? and objective_id = ?").params(entityId, objectiveId).update();
    for (Long personId : personIds) {
      jdbc.sql("insert into objective_manager (entity_id, objective_id, person_id) values (?, ?, ?)")
          .params(entityId, objectiveId, personId)
          .update();
    }
  }

  void replaceBudgetLinks(long entityId, long objectiveId, List<BudgetLink> links) {
    jdbc.sql("delete from budget_link where entity_id = ? and objective_id = ?").params(entityId, objectiveId).update();
    int p = 0;
    for (BudgetLink link : links) {
      jdbc.sql(
              """
              insert into budget_link (entity_id, objective_id, position, mission, programme, mission_text,
                                       programme_text, source_line)
              values (?, ?, ?, ?, ?, ?, ?, ?)""")
          .params(
              entityId, objectiveId, p++, link.mission(), link.programme(), link.missionText(), link.programmeText(),
              link.line())
          .update();
    }
  }

  long insertPhase(long entityId, long objectiveId, int position, Phase phase) {
    return jdbc.sql(
            """
            insert into phase (entity_id, objective_id, position, number, description, horizon, years, assignee,
                               source_line)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
        .params(
            entityId, objectiveId, position, phase.number(), phase.description(), phase.horizon(),
            phase.years().toArray(Integer[]::new), phase.assignee(), phase.line())
        .query(Long.class)
        .single();
  }

  long insertIndicator(long entityId, long objectiveId, int position, Indicator indicator) {
    return jdbc.sql(
            """
            insert into indicator (entity_id, objective_id, position, phase_number, name, extra, target_text,
                                   achieved_text, source_line, weight)
            values (?, ?, ?, ?, ?, cast(? as jsonb), ?, ?, ?, ?) returning id""")
        .params(
            entityId, objectiveId, position, indicator.phase(), indicator.name(),
            json.writeValueAsString(indicator.extra()), indicator.target(), indicator.achieved(), indicator.line(),
            indicator.weight())
        .query(Long.class)
        .single();
  }

  private static String name(Level level) {
    return level == null ? null : level.name();
  }

  static String[] dimensionNames(Set<Dimension> dimensions) {
    return dimensions.stream().map(Dimension::name).toArray(String[]::new);
  }

  private static Set<Dimension> dimensions(Array array) throws SQLException {
    return array == null
        ? Set.of()
        : Arrays.stream((String[]) array.getArray()).map(Dimension::valueOf).collect(Collectors.toSet());
  }

  @Transactional
  public void delete(long entityId, long planId) {
    jdbc.sql("delete from plan where entity_id = ? and id = ?").params(entityId, planId).update();
  }

  public List<PlanSummary> summaries(long entityId) {
    return jdbc.sql(SUMMARY + " where p.entity_id = ? order by p.first_year desc, p.last_year desc")
        .param(entityId)
        .query(Plans::summary)
        .list();
  }

  public Optional<PlanSummary> summary(long entityId, long planId) {
    return jdbc.sql(SUMMARY + " where p.entity_id = ? and p.id = ?").params(entityId, planId).query(Plans::summary).optional();
  }

  public Optional<PlanSummary> byPeriod(long entityId, int firstYear, int lastYear) {
    return jdbc.sql(SUMMARY + " where p.entity_id = ? and p.first_year = ? and p.last_year = ?")
        .params(entityId, firstYear, lastYear)
        .query(Plans::summary)
        .optional();
  }

  private static final String SUMMARY =
      """
      select p.id, p.entity_id, p.first_year, p.last_year, p.state, p.title, p.adoption_act, p.adoption_date,
             p.adoption_sample, p.source_name, p.imported_at,
             (select count(*) from objective o where o.entity_id = p.entity_id and o.plan_id = p.id) as objectives
      from plan p""";

  private static PlanSummary summary(ResultSet rs, int row) throws SQLException {
    return new PlanSummary(
        rs.getLong("id"),
        rs.getLong("entity_id"),
        rs.getInt("first_year"),
        rs.getInt("last_year"),
        PlanState.valueOf(rs.getString("state")),
        rs.getString("title"),
        rs.getString("adoption_act"),
        rs.getObject("adoption_date", java.time.LocalDate.class),
        rs.getBoolean("adoption_sample"),
        rs.getString("source_name"),
        rs.getObject("imported_at", java.time.OffsetDateTime.class),
        rs.getInt("objectives"));
  }

  /** The whole plan with its sheets, in document order. */
  public Optional<StoredPlan> find(long entityId, long planId) {
    return summary(entityId, planId).map(summary -> new StoredPlan(summary, load(entityId, summary), diagnostics(entityId, planId)));
  }

  private Plan load(long entityId, PlanSummary summary) {
    long planId = summary.id();
    Map<Long, List<Phase>> phases =
        children(
            entityId, planId, "phase",
            "x.id, x.objective_id, x.number, x.description, x.horizon, x.years, x.assignee, x.source_line",
            rs ->
                new Phase(
                    rs.getLong("id"), rs.getInt("number"), rs.getString("description"), rs.getString("horizon"),
                    years(rs.getArray("years")), rs.getString("assignee"), (Integer) rs.getObject("source_line")));
    Map<Long, List<BudgetLink>> links =
        children(
            entityId, planId, "budget_link",
            "x.objective_id, x.mission, x.programme, x.mission_text, x.programme_text, x.source_line",
            rs ->
                new BudgetLink(
                    rs.getString("mission"), rs.getString("programme"), rs.getString("mission_text"),
                    rs.getString("programme_text"), (Integer) rs.getObject("source_line")));
    Map<Long, List<Indicator>> indicators =
        children(
            entityId, planId, "indicator",
            "x.id, x.objective_id, x.phase_number, x.name, x.extra, x.target_text, x.achieved_text, x.source_line,"
                + " x.weight",
            rs ->
                new Indicator(
                    rs.getLong("id"), (Integer) rs.getObject("phase_number"), rs.getString("name"),
                    json.readValue(rs.getString("extra"), EXTRA), rs.getString("target_text"),
                    rs.getString("achieved_text"), (Integer) rs.getObject("source_line"), rs.getBigDecimal("weight")));
    Map<Long, List<Long>> managers =
        jdbc.sql(
                """
                select m.objective_id, m.person_id from objective_manager m
                join objective o on o.entity_id = m.entity_id and o.id = m.objective_id
                where m.entity_id = ? and o.plan_id = ? order by m.objective_id, m.person_id""")
            .params(entityId, planId)
            .query((rs, i) -> Map.entry(rs.getLong(1), rs.getLong(2)))
            .list()
            .stream()
            .collect(
                Collectors.groupingBy(
                    Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
    List<Objective> objectives =
        jdbc.sql("select * from objective where entity_id = ? and plan_id = ? order by position")
            .params(entityId, planId)
            .query(
                (rs, i) ->
                    new Objective(
                        rs.getLong("id"), rs.getString("number"), ObjectiveKind.valueOf(rs.getString("kind")),
                        rs.getString("title"), rs.getString("unit_name"), rs.getString("description"),
                        rs.getString("assignment"), phases.getOrDefault(rs.getLong("id"), List.of()),
                        links.getOrDefault(rs.getLong("id"), List.of()),
                        indicators.getOrDefault(rs.getLong("id"), List.of()),
                        new Characteristics(
                            level(rs.getString("risk")), level(rs.getString("strategic_degree")),
                            level(rs.getString("public_value_impact"))),
                        rs.getString("narrative"), (Integer) rs.getObject("source_line"), rs.getBigDecimal("weight"),
                        dimensions(rs.getArray("dimensions")), managers.getOrDefault(rs.getLong("id"), List.of())))
            .list();
    List<ContentsEntry> contents =
        jdbc.sql("select number, title, page, source_line from contents_entry where entity_id = ? and plan_id = ? order by position")
            .params(entityId, planId)
            .query((rs, i) -> new ContentsEntry(rs.getString(1), rs.getString(2), rs.getString(3), (Integer) rs.getObject(4)))
            .list();
    return jdbc.sql("select entity_name, province, title, premise from plan where entity_id = ? and id = ?")
        .params(entityId, planId)
        .query(
            (rs, i) ->
                new Plan(
                    planId, rs.getString("entity_name"), rs.getString("province"), rs.getString("title"),
                    summary.firstYear(), summary.lastYear(), rs.getString("premise"), contents, objectives))
        .single();
  }

  /** Rows of a child table of the plan's objectives, grouped by objective id, in position order. */
  private <T> Map<Long, List<T>> children(
      long entityId, long planId, String table, String columns, RowReader<T> reader) {
    return jdbc.sql(
            "select "
                + columns
                + " from "
                + table
                + " x join objective o on o.entity_id = x.entity_id and o.id = x.objective_id"
                + " where x.entity_id = ? and o.plan_id = ? order by x.objective_id, x.position")
        .params(entityId, planId)
        .query((rs, i) -> Map.entry(rs.getLong("objective_id"), reader.read(rs)))
        .list()
        .stream()
        .collect(
            Collectors.groupingBy(
                Map.Entry::getKey, LinkedHashMap::new, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
  }

  @FunctionalInterface
  private interface RowReader<T> {
    T read(ResultSet rs) throws SQLException;
  }

  private List<StoredPlan.StoredDiagnostic> diagnostics(long entityId, long planId) {
    return jdbc.sql("select severity, line, message from import_diagnostic where entity_id = ? and plan_id = ? order by position")
        .params(entityId, planId)
        .query((rs, i) -> new StoredPlan.StoredDiagnostic(rs.getString(1), (Integer) rs.getObject(2), rs.getString(3)))
        .list();
  }

  private static List<Integer> years(Array array) throws SQLException {
    return array == null ? List.of() : Arrays.asList((Integer[]) array.getArray());
  }

  private static Level level(String name) {
    return name == null ? null : Level.valueOf(name);
  }

  /** Records that a plan was rolled forward from another plan of the same ente. */
  @Transactional
  public void recordSource(long entityId, long planId, long sourcePlanId) {
    jdbc.sql("update plan set source_plan_id = ? where entity_id = ? and id = ?").params(sourcePlanId, entityId, planId).update();
  }

  /** The plan this one was rolled forward from, and those rolled forward from it. */
  public PlanLineage lineage(long entityId, long planId) {
    Optional<PlanSummary> source =
        jdbc.sql(SUMMARY + " where p.entity_id = ? and p.id = (select source_plan_id from plan where entity_id = ? and id = ?)")
            .params(entityId, entityId, planId)
            .query(Plans::summary)
            .optional();
    List<PlanSummary> successors =
        jdbc.sql(SUMMARY + " where p.entity_id = ? and p.source_plan_id = ? order by p.first_year")
            .params(entityId, planId)
            .query(Plans::summary)
            .list();
    return new PlanLineage(source, successors);
  }

  /** The ente a plan belongs to: the API addresses plans by id alone and checks the caller's rights on that ente. */
  public Optional<Long> entityOf(long planId) {
    return jdbc.sql("select entity_id from plan where id = ?").param(planId).query(Long.class).optional();
  }

  /**
   * The one read across enti: the plans of every ente by ente id, for the index of the installation. Callers show
   * each ente's drafts only to those entitled to them.
   */
  public Map<Long, List<PlanSummary>> indexByEntity() {
    List<PlanSummary> all = jdbc.sql(SUMMARY + " order by p.first_year desc").query(Plans::summary).list();
    return all.stream().collect(Collectors.groupingBy(PlanSummary::entityId, LinkedHashMap::new, Collectors.toList()));
  }
}
