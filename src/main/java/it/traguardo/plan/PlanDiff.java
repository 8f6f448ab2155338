package it.traguardo.plan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.stream.Collectors;

/**
 * What changed between two versions of a plan, in the words of the plan sheets. Objectives, phases and indicators
 * are matched by id (editing keeps ids across versions), else by number or name for plans read from files.
 */
public final class PlanDiff {

  /**
   * One difference.
   *
   * @param where the objective concerned ("Obiettivo 7"), with the phase or indicator when it is about one
   * @param what the field or event ("Titolo", "Indicatore aggiunto")
   * @param before the value in the older version, or null
   * @param after the value in the newer version, or null
   */
  public record Change(String where, String what, String before, String after) {}

  private final LongFunction<String> personName;
  private final List<Change> changes = new ArrayList<>();

  private PlanDiff(LongFunction<String> personName) {
    this.personName = personName;
  }

  /** The differences from {@code older} to {@code newer}; person ids are shown through {@code personName}. */
  public static List<Change> between(Plan older, Plan newer, LongFunction<String> personName) {
    PlanDiff diff = new PlanDiff(personName);
    diff.plan(older, newer);
    return List.copyOf(diff.changes);
  }

  private void plan(Plan older, Plan newer) {
    field("Piano", "Titolo", older.title(), newer.title());
    field("Piano", "Premessa", older.premise(), newer.premise());
    Map<String, Objective> before = byKey(older.objectives(), o -> key(o.id(), o.number()));
    Map<String, Objective> after = byKey(newer.objectives(), o -> key(o.id(), o.number()));
    before.forEach(
        (key, objective) -> {
          if (!after.containsKey(key)) {
            changes.add(new Change("Obiettivo " + objective.number(), "Obiettivo eliminato", objective.heading(), null));
          }
        });
    after.forEach(
        (key, objective) -> {
          Objective old = before.get(key);
          if (old == null) {
            changes.add(new Change("Obiettivo " + objective.number(), "Obiettivo aggiunto", null, objective.heading()));
          } else {
            objective(old, objective);
          }
        });
    List<String> commonBefore = before.keySet().stream().filter(after::containsKey).toList();
    List<String> commonAfter = after.keySet().stream().filter(before::containsKey).toList();
    if (!commonBefore.equals(commonAfter)) {
      field(
          "Piano", "Ordine degli obiettivi", numbers(commonBefore, before), numbers(commonAfter, after));
    }
  }

  private static String numbers(List<String> keys, Map<String, Objective> objectives) {
    return keys.stream().map(key -> objectives.get(key).number()).collect(Collectors.joining(", "));
  }

  private void objective(Objective old, Objective now) {
    String where = "Obiettivo " + now.number();
    field(where, "Numero", old.number(), now.number());
    field(where, "Tipo", old.kind().label(), now.kind().label());
    field(where, "Titolo", old.title(), now.title());
    field(where, "Servizio", old.unit(), now.unit());
    field(where, "Descrizione", old.description(), now.description());
    field(where, "Assegnazione", old.assignment(), now.assignment());
    field(where, "Rischio", label(old.characteristics().risk()), label(now.characteristics().risk()));
    field(
        where, "Grado strategico", label(old.characteristics().strategicDegree()),
        label(now.characteristics().strategicDegree()));
    field(
        where, "Impatto sul valore pubblico", label(old.characteristics().publicValueImpact()),
        label(now.characteristics().publicValueImpact()));
    field(where, "Peso", weight(old.weight()), weight(now.weight()));
    field(where, "Dimensioni del PIAO", dimensions(old), dimensions(now));
    field(where, "Responsabili", managers(old), managers(now));
    field(where, "Collegamento con il bilancio", links(old), links(now));
    children(
        where, "Fase", "a", old.phases(), now.phases(), p -> key(p.id(), String.valueOf(p.number())),
        p -> p.number() + ". " + p.description(),
        (at, a, b) -> {
          field(at, "Numero", String.valueOf(a.number()), String.valueOf(b.number()));
          field(at, "Descrizione", a.description(), b.description());
          field(at, "Orizzonte temporale", a.horizon(), b.horizon());
          field(at, "Assegnazione", a.assignee(), b.assignee());
        });
    children(
        where, "Indicatore", "o", old.indicators(), now.indicators(), i -> key(i.id(), i.name()), Indicator::name,
        (at, a, b) -> {
          field(at, "Nome", a.name(), b.name());
          field(at, "Valore atteso", a.target(), b.target());
          field(at, "Fase", a.phase() == null ? null : a.phase().toString(), b.phase() == null ? null : b.phase().toString());
          field(at, "Peso", weight(a.weight()), weight(b.weight()));
        });
  }

  /** Compares two matched children; {@code ending} below is the Italian gender ending of the child's noun. */
  @FunctionalInterface
  private interface Compare<T> {
    void apply(String where, T older, T newer);
  }

  private <T> void children(
      String where, String noun, String ending, List<T> older, List<T> newer, Function<T, String> keyOf, Function<T, String> title,
      Compare<T> compare) {
    Map<String, T> before = byKey(older, keyOf);
    Map<String, T> after = byKey(newer, keyOf);
    before.forEach(
        (key, item) -> {
          if (!after.containsKey(key)) {
            changes.add(new Change(where, noun + " eliminat" + ending, title.apply(item), null));
          }
        });
    after.forEach(
        (key, item) -> {
          T old = before.get(key);
          if (old == null) {
            changes.add(new Change(where, noun + " aggiunt" + ending, null, title.apply(item)));
          } else {
            compare.apply(where + ", " + noun.toLowerCase(java.util.Locale.ITALIAN) + " «" + title.apply(old) + "»", old, item);
          }
        });
  }

  private void field(String where, String what, String before, String after) {
    if (!Objects.equals(blankToNull(before), blankToNull(after))) {
      changes.add(new Change(where, what, blankToNull(before), blankToNull(after)));
    }
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text;
  }

  private static <T> Map<String, T> byKey(List<T> items, Function<T, String> keyOf) {
    Map<String, T> map = new LinkedHashMap<>();
    items.forEach(item -> map.putIfAbsent(keyOf.apply(item), item));
    return map;
  }

  private static String key(Long id, String fallback) {
    return id != null ? "#" + id : "=" + fallback;
  }

  private static String label(Level level) {
    return level == null ? null : level.label();
  }

  private static String weight(BigDecimal weight) {
    return weight == null ? null : weight.stripTrailingZeros().toPlainString().replace('.', ',') + "%";
  }

  private static String dimensions(Objective objective) {
    return objective.dimensions().stream().map(Dimension::label).collect(Collectors.joining(", "));
  }

  private String managers(Objective objective) {
    return objective.managerIds().stream().map(personName::apply).sorted().collect(Collectors.joining(", "));
  }

  private static String links(Objective objective) {
    return objective.budgetLinks().stream()
        .map(link -> "Missione " + link.mission() + " programma " + link.programme())
        .sorted()
        .collect(Collectors.joining("; "));
  }
}
