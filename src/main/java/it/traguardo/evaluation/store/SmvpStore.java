package it.traguardo.evaluation.store;

import it.traguardo.evaluation.EvaluationRecorded;
import it.traguardo.evaluation.Smvp;
import it.traguardo.organization.Organization;
import it.traguardo.organization.Person;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The ente's SMVP for the evaluation of its EQs, versioned by year: a year uses its own configuration, else the
 * latest earlier one, else {@link Smvp#standard()}.
 */
@Repository
public class SmvpStore {

  private static final TypeReference<List<Smvp.Criterion>> CRITERIA = new TypeReference<>() {};
  private static final TypeReference<List<Smvp.Level>> SCALE = new TypeReference<>() {};
  private static final TypeReference<List<Smvp.PayBand>> BANDS = new TypeReference<>() {};

  private final JdbcClient jdbc;
  private final JsonMapper json;
  private final ApplicationEventPublisher events;
  private final FrozenYears frozen;
  private final Organization organization;

  SmvpStore(JdbcClient jdbc, JsonMapper json, ApplicationEventPublisher events, FrozenYears frozen, Organization organization) {
    this.jdbc = jdbc;
    this.json = json;
    this.events = events;
    this.frozen = frozen;
    this.organization = organization;
  }

  /**
   * The configuration a year uses.
   *
   * @param fromYear the year it was configured for, or null for the default
   * @param version the version of the year's own configuration, or -1 while it has none (it inherits)
   */
  public record YearSmvp(Smvp smvp, Integer fromYear, int version, String updatedBy) {

    public boolean isDefault() {
      return fromYear == null;
    }
  }

  public YearSmvp of(long entityId, int year) {
    return jdbc.sql(
            """
            select year, results_weight, behaviour_weight, criteria, scale, bands, budget, version, updated_by from smvp
            where entity_id = ? and year <= ? order by year desc limit 1""")
        .params(entityId, year)
        .query(
            (rs, i) ->
                new YearSmvp(
                    new Smvp(
                        rs.getBigDecimal("results_weight"), rs.getBigDecimal("behaviour_weight"),
                        json.readValue(rs.getString("criteria"), CRITERIA), json.readValue(rs.getString("scale"), SCALE),
                        json.readValue(rs.getString("bands"), BANDS), rs.getBigDecimal("budget")),
                    rs.getInt("year"),
                    rs.getInt("year") == year ? rs.getInt("version") : -1,
                    rs.getString("updated_by")))
        .optional()
        .orElseGet(() -> new YearSmvp(Smvp.standard(), null, -1, null));
  }

  /**
   * Saves the year's configuration.
   *
   * @param expectedVersion the version of the year's own configuration the user saw, -1 when it had none
   */
  @Transactional
  public Outcome save(long entityId, int year, Smvp smvp, int expectedVersion, String by) {
    Optional<String> locked = locked(entityId, year);
    if (locked.isPresent()) {
      return new Outcome.Refused(locked.get());
    }
    YearSmvp before = of(entityId, year);
    int written;
    if (expectedVersion < 0) {
      written =
          jdbc.sql(
                  """
                  insert into smvp (entity_id, year, results_weight, behaviour_weight, criteria, scale, bands, budget, updated_by)
                  values (?, ?, ?, ?, cast(? as jsonb), cast(? as jsonb), cast(? as jsonb), ?, ?)
                  on conflict (entity_id, year) do nothing""")
              .params(
                  entityId, year, smvp.resultsWeight(), smvp.behaviourWeight(), json.writeValueAsString(smvp.criteria()),
                  json.writeValueAsString(smvp.scale()), json.writeValueAsString(smvp.bands()), smvp.budget(), by)
              .update();
    } else {
      written =
          jdbc.sql(
                  """
                  update smvp set results_weight = ?, behaviour_weight = ?, criteria = cast(? as jsonb),
                                  scale = cast(? as jsonb), bands = cast(? as jsonb), budget = ?, updated_by = ?,
                                  updated_at = now(), version = version + 1
                  where entity_id = ? and year = ? and version = ?""")
              .params(
                  smvp.resultsWeight(), smvp.behaviourWeight(), json.writeValueAsString(smvp.criteria()),
                  json.writeValueAsString(smvp.scale()), json.writeValueAsString(smvp.bands()), smvp.budget(), by,
                  entityId, year, expectedVersion)
              .update();
    }
    if (written == 0) {
      YearSmvp now = of(entityId, year);
      return new Outcome.Stale(describe(now.smvp()), now.version());
    }
    events.publishEvent(
        new EvaluationRecorded(
            entityId, null, null, year, "SMVP", "Sistema di valutazione delle EQ per il " + year, describe(before.smvp()),
            describe(smvp), by));
    if (!before.smvp().equals(smvp)) {
      withdrawAcknowledgements(entityId, year, by);
    }
    return Outcome.SAVED;
  }

  /**
   * The configuration of {@code year} holds until the next year configured: every EQ's sheet of those years changed,
   * so the acknowledgements given on them no longer hold (none of those years is validated, or the save was refused).
   */
  private void withdrawAcknowledgements(long entityId, int year, String by) {
    Optional<Integer> next = nextConfigured(entityId, year);
    Map<Long, String> names = organization.people(entityId).stream().collect(Collectors.toMap(Person::id, Person::fullName));
    jdbc.sql(
            """
            with old as (
              select id, plan_id, year, person_id, acknowledged_on, acknowledged_by from individual_evaluation
              where entity_id = ? and year >= ? and (cast(? as integer) is null or year < ?) and acknowledged_on is not null
              for update)
            update individual_evaluation e
               set acknowledged_on = null, acknowledged_by = null, acknowledgement_comment = null
              from old where e.entity_id = ? and e.id = old.id
            returning old.plan_id, old.year, old.person_id, old.acknowledged_on, old.acknowledged_by""")
        .params(entityId, year, next.orElse(null), next.orElse(null), entityId)
        .query(rs -> {
          events.publishEvent(
              WithdrawnAcknowledgement.event(
                  entityId, rs.getLong(1), rs.getInt(2), names.getOrDefault(rs.getLong(3), "persona " + rs.getLong(3)),
                  rs.getObject(4, LocalDate.class), rs.getString(5), by));
        });
  }

  private Optional<Integer> nextConfigured(long entityId, int year) {
    return jdbc.sql("select min(year) from smvp where entity_id = ? and year > ?").params(entityId, year).query(Integer.class).optional();
  }

  /**
   * Why the year's configuration can no longer change, or empty while it can: it is the configuration of every year
   * from {@code year} to the next one configured, and it is frozen as soon as one of those years was validated by
   * the NdV in one of the ente's plans, since it made that year's scores, bands and amounts.
   */
  public Optional<String> locked(long entityId, int year) {
    Optional<Integer> nextConfigured = nextConfigured(entityId, year);
    return frozen.validatedYears(entityId).stream()
        .filter(validated -> validated >= year && nextConfigured.map(next -> validated < next).orElse(true))
        .findFirst()
        .map(validated ->
            validated == year
                ? "Il sistema di valutazione del " + year + " non si modifica più: i risultati del " + year
                    + " sono stati validati dal Nucleo di Valutazione."
                : "Il sistema di valutazione del " + year + " non si modifica più: vale anche per il " + validated
                    + ", i cui risultati sono stati validati dal Nucleo di Valutazione.");
  }

  /** One line for the audit trail and the conflict page: weights, criteria, scale, bands, budget. */
  public static String describe(Smvp smvp) {
    StringBuilder text = new StringBuilder();
    text.append("risultati ").append(plain(smvp.resultsWeight())).append(", comportamenti ").append(plain(smvp.behaviourWeight()));
    text.append("; criteri: ");
    text.append(String.join(", ", smvp.criteria().stream().map(c -> c.name() + " " + plain(c.weight())).toList()));
    text.append("; scala: ");
    text.append(String.join(", ", smvp.scale().stream().map(l -> l.value() + " " + l.label()).toList()));
    text.append("; fasce: ");
    text.append(String.join(", ", smvp.bands().stream().map(b -> "da " + plain(b.from()) + " → " + plain(b.payPercent()) + "%").toList()));
    text.append("; budget: ").append(Optional.ofNullable(smvp.budget()).map(b -> "€ " + b.toPlainString()).orElse("non indicato"));
    return text.toString();
  }

  private static String plain(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString().replace('.', ',');
  }
}
