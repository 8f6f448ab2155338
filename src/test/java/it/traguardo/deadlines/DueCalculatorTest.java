package it.traguardo.deadlines;

import static org.assertj.core.api.Assertions.assertThat;

import it.traguardo.monitoring.Checkpoint;
import it.traguardo.monitoring.Progress;
import it.traguardo.plan.Characteristics;
import it.traguardo.plan.Indicator;
import it.traguardo.plan.Objective;
import it.traguardo.plan.ObjectiveKind;
import it.traguardo.plan.Phase;
import it.traguardo.plan.Plan;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Who owes what for a checkpoint, counted by hand on {@link SmallPlan}. */
class DueCalculatorTest {

  static final DuePerson ANNA = new DuePerson(1, "Anna Rossi", List.of(1L), List.of("Servizio Finanziario"), "anna@prova.it", true, true);
  static final DuePerson BRUNO = new DuePerson(2, "Bruno Verdi", List.of(2L), List.of("Servizio Tecnico"), "bruno@prova.it", false, true);
  static final DuePerson CARLA = new DuePerson(3, "Carla Neri", List.of(3L), List.of("Servizio Demografico"), null, false, true);
  static final DuePerson DARIO = new DuePerson(4, "Dario Bianchi", List.of(), List.of(), null, true, false);
  static final DuePerson ELENA = new DuePerson(5, "Elena Gialli", List.of(), List.of(), null, true, true);
  static final List<DuePerson> PEOPLE = List.of(ANNA, BRUNO, CARLA, DARIO, ELENA);
  static final Map<Long, String> UNITS = units();
  static final Plan PLAN = SmallPlan.build(true);
  static final Progress.Filled NOTHING = new Progress.Filled(Set.of(), Set.of(), Set.of());

  private static Map<Long, String> units() {
    Map<Long, String> units = new LinkedHashMap<>();
    units.put(1L, "Servizio Finanziario");
    units.put(2L, "Servizio Tecnico");
    units.put(3L, "Servizio Demografico");
    return units;
  }

  static final Map<Long, Long> UNIT_OF = Map.of(2L, 1L, 3L, 2L, 4L, 2L);

  /** The plan with persons named on some objectives. */
  private static Plan named(Plan plan, Map<Long, List<Long>> managers) {
    return new Plan(
        plan.id(), plan.entityName(), plan.province(), plan.title(), plan.firstYear(), plan.lastYear(), plan.premise(),
        plan.contents(), plan.objectives().stream().map(o -> withManagers(o, managers.getOrDefault(o.id(), List.of()))).toList());
  }

  private static Objective withManagers(Objective o, List<Long> managers) {
    return new Objective(
        o.id(), o.number(), o.kind(), o.title(), o.unit(), o.description(), o.assignment(), o.phases(), o.budgetLinks(),
        o.indicators(), o.characteristics(), o.narrative(), o.line(), null, Set.of(), managers);
  }

  /** "ACTUAL 2/201", "PHASE_STATUS 1/11", "NARRATIVE 4"; a trailing "!" when overdue. */
  private static List<String> items(PersonDue due) {
    return items(due.items());
  }

  private static List<String> items(List<DueItem> items) {
    return items.stream()
        .map(
            i -> i.type() + " " + i.objectiveNumber()
                + (i.indicatorId() != null ? "/" + i.indicatorId() : i.phaseId() != null ? "/" + i.phaseId() : "")
                + (i.overdue() ? "!" : ""))
        .toList();
  }

  private static List<String> units(DueReport report) {
    return report.units().stream().map(u -> u.name() + " " + u.filled() + "/" + u.total()).toList();
  }

  @Test
  void beforeTheDateEveryResponsabileOwesTheTransversalItemsAndEachUnitItsOwn() {
    DueReport report =
        DueCalculator.compute(
            PLAN, UNIT_OF, PEOPLE, UNITS, NOTHING, new Deadline(2024, Checkpoint.MID), LocalDate.of(2024, 6, 30));

    assertThat(report.past()).isFalse();
    assertThat(report.planId()).isEqualTo(100L);
    assertThat(report.people()).extracting(p -> p.person().name())
        .containsExactly("Anna Rossi", "Bruno Verdi", "Carla Neri", "Elena Gialli");
    assertThat(items(report.of(1).orElseThrow()))
        .containsExactly(
            "ACTUAL 1/101", "PHASE_STATUS 1/11", "NARRATIVE 1", "ACTUAL 2/201", "ACTUAL 2/202", "PHASE_STATUS 2/21",
            "NARRATIVE 2");
    assertThat(items(report.of(2).orElseThrow()))
        .containsExactly(
            "ACTUAL 1/101", "PHASE_STATUS 1/11", "NARRATIVE 1", "ACTUAL 3/301", "PHASE_STATUS 3/31", "NARRATIVE 3",
            "ACTUAL 4/401", "NARRATIVE 4");
    assertThat(items(report.of(3).orElseThrow())).containsExactly("ACTUAL 1/101", "PHASE_STATUS 1/11", "NARRATIVE 1");
    assertThat(items(report.of(5).orElseThrow())).containsExactly("ACTUAL 1/101", "PHASE_STATUS 1/11", "NARRATIVE 1");
    assertThat(report.of(4)).isEmpty();
    assertThat(report.people()).extracting(PersonDue::assigned).containsExactly(7, 8, 3, 3);
    assertThat(report.people()).extracting(PersonDue::percent).containsExactly(0, 0, 0, 0);
    assertThat(units(report)).containsExactly("Servizio Finanziario 0/4", "Servizio Tecnico 0/5", "Obiettivi trasversali 0/3");
    assertThat(report.total()).isEqualTo(new Completion("Ente", 12, 12));
    assertThat(report.unassigned()).isEmpty();
  }

  @Test
  void afterTheDateWhatIsMissingIsOverdueAndNamedManagersReplaceTheUnit() {
    Progress.Filled filled = new Progress.Filled(Set.of(201L), Set.of(11L), Set.of(3L));
    DueReport report =
        DueCalculator.compute(
            named(PLAN, Map.of(4L, List.of(1L))), UNIT_OF, PEOPLE, UNITS, filled, new Deadline(2025, Checkpoint.FINAL),
            LocalDate.of(2026, 1, 1));

    assertThat(report.past()).isTrue();
    // 2025: phase 1.2 is active, 1.1 and 3.1 are not; objective 4 is Anna's by name, not Bruno's by unit
    assertThat(items(report.of(1).orElseThrow()))
        .containsExactly(
            "ACTUAL 1/101!", "PHASE_STATUS 1/12!", "NARRATIVE 1!", "ACTUAL 2/202!", "PHASE_STATUS 2/21!", "NARRATIVE 2!",
            "ACTUAL 4/401!", "NARRATIVE 4!");
    assertThat(items(report.of(2).orElseThrow())).containsExactly("ACTUAL 1/101!", "PHASE_STATUS 1/12!", "NARRATIVE 1!", "ACTUAL 3/301!");
    assertThat(report.people()).extracting(PersonDue::assigned).containsExactly(9, 5, 3, 3);
    assertThat(report.people()).extracting(PersonDue::filled).containsExactly(1, 1, 0, 0);
    assertThat(report.people()).extracting(PersonDue::percent).containsExactly(11, 20, 0, 0);
    assertThat(report.of(2).orElseThrow().overdueCount()).isEqualTo(4);
    assertThat(units(report)).containsExactly("Servizio Finanziario 1/4", "Servizio Tecnico 1/4", "Obiettivi trasversali 0/3");
  }

  @Test
  void aNamedManagerWinsOnATransversalObjectiveToo() {
    DueReport report =
        DueCalculator.compute(
            named(PLAN, Map.of(1L, List.of(4L))), UNIT_OF, PEOPLE, UNITS, NOTHING, new Deadline(2024, Checkpoint.MID),
            LocalDate.of(2024, 7, 1));

    assertThat(report.people()).extracting(p -> p.person().name()).containsExactly("Anna Rossi", "Bruno Verdi", "Dario Bianchi");
    assertThat(items(report.of(4).orElseThrow())).containsExactly("ACTUAL 1/101!", "PHASE_STATUS 1/11!", "NARRATIVE 1!");
    assertThat(report.of(1).orElseThrow().assigned()).isEqualTo(4);
  }

  @Test
  void itemsOfAUnitWithoutManagersBelongToNobodyAndAreReported() {
    DueReport report =
        DueCalculator.compute(
            PLAN, UNIT_OF, List.of(ANNA, CARLA), UNITS, new Progress.Filled(Set.of(301L), Set.of(), Set.of()),
            new Deadline(2024, Checkpoint.MID), LocalDate.of(2024, 6, 1));

    assertThat(items(report.unassigned()))
        .containsExactly("PHASE_STATUS 3/31", "NARRATIVE 3", "ACTUAL 4/401", "NARRATIVE 4");
    assertThat(units(report)).containsExactly("Servizio Finanziario 0/4", "Servizio Tecnico 1/5", "Obiettivi trasversali 0/3");
  }

  @Test
  void aSectoralObjectiveWithoutUnitAndAPhaseWithoutYearsAreStillCounted() {
    Objective loose =
        new Objective(
            9L, "9", ObjectiveKind.SECTORAL, "Senza servizio", null, null, null,
            List.of(new Phase(91L, 1, "Fase senza orizzonte", "da definire", List.of(), null, null)), List.of(), List.of(),
            Characteristics.NONE, null, null, null, Set.of(), List.of(2L));
    Plan plan = new Plan(7L, "Comune di Prova", null, null, 2024, 2026, null, List.of(), List.of(loose));
    DueReport report =
        DueCalculator.compute(
            plan, Map.of(), PEOPLE, UNITS, NOTHING,
            new Deadline(2026, Checkpoint.FINAL), LocalDate.of(2026, 12, 31));

    assertThat(report.past()).isFalse();
    assertThat(items(report.of(2).orElseThrow())).containsExactly("PHASE_STATUS 9/91", "NARRATIVE 9");
    assertThat(report.of(2).orElseThrow().items().get(0).description())
        .isEqualTo("Stato di avanzamento della fase 1: Fase senza orizzonte");
    assertThat(units(report)).containsExactly("Obiettivi senza servizio 0/2");
  }

  @Test
  void theDocumentsOwnValuesAndNarrativeFillTheFinalCheckpointOfItsFirstYearOnly() {
    Objective reported =
        new Objective(
            9L, "9", ObjectiveKind.SECTORAL, "Riportato", null, null, null, List.of(), List.of(),
            List.of(
                new Indicator(91L, null, "Con valore", Map.of(), "SI", "SI", null),
                new Indicator(92L, null, "Senza valore", Map.of(), "SI", null, null)),
            Characteristics.NONE, "Realizzato come previsto.", null, null, Set.of(), List.of(2L));
    Plan plan = new Plan(7L, "Comune di Prova", null, null, 2024, 2026, null, List.of(), List.of(reported));
    Map<Long, Long> noUnits = Map.of();
    LocalDate today = LocalDate.of(2026, 1, 1);

    assertThat(items(DueCalculator.compute(plan, noUnits, PEOPLE, UNITS, NOTHING, new Deadline(2024, Checkpoint.FINAL), today)
            .of(2).orElseThrow()))
        .containsExactly("ACTUAL 9/92!");
    assertThat(items(DueCalculator.compute(plan, noUnits, PEOPLE, UNITS, NOTHING, new Deadline(2024, Checkpoint.MID), today)
            .of(2).orElseThrow()))
        .containsExactly("ACTUAL 9/91!", "ACTUAL 9/92!", "NARRATIVE 9!");
    assertThat(items(DueCalculator.compute(plan, noUnits, PEOPLE, UNITS, NOTHING, new Deadline(2025, Checkpoint.FINAL), today)
            .of(2).orElseThrow()))
        .containsExactly("ACTUAL 9/91!", "ACTUAL 9/92!", "NARRATIVE 9!");
  }

  @Test
  void whenEverythingIsFilledEveryoneIsCompleteAndStillListed() {
    Progress.Filled all =
        new Progress.Filled(Set.of(101L, 201L, 202L, 301L, 401L), Set.of(11L, 21L, 31L), Set.of(1L, 2L, 3L, 4L));
    DueReport report =
        DueCalculator.compute(
            PLAN, UNIT_OF, PEOPLE, UNITS, all, new Deadline(2024, Checkpoint.MID), LocalDate.of(2024, 8, 1));

    assertThat(report.people()).allSatisfy(p -> assertThat(p.items()).isEmpty());
    assertThat(report.people()).extracting(PersonDue::percent).containsExactly(100, 100, 100, 100);
    assertThat(report.total()).isEqualTo(new Completion("Ente", 12, 0));
  }
}
