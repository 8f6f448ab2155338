package it.traguardo.deadlines;

import it.traguardo.monitoring.Checkpoint;
import it.traguardo.monitoring.Progress;
import it.traguardo.plan.Indicator;
import it.traguardo.plan.Objective;
import it.traguardo.plan.ObjectiveKind;
import it.traguardo.plan.Phase;
import it.traguardo.plan.Plan;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What is due for a checkpoint, per person and per unit. Plain Java: the plan, who answers for what, what is filled
 * and the date come in; nothing is read here.
 *
 * <p>Items of an objective, in this order: the achieved value of each indicator; the status of each phase active in
 * the year (a phase whose horizon could not be read counts as active every year); the objective's "stato di
 * attuazione". Besides what monitoring recorded, the imported document's own "Raggiunto" cells and "Stato di
 * attuazione" fill the final checkpoint of the plan's first year, the year the document reports on (as scoring reads
 * them). An objective is answered for by the persons named on it ({@link Objective#managerIds()}); when none is
 * named, a transversal objective by every responsabile, a sectoral one by the managers of its unit. Every item is overdue when the checkpoint's date
 * is before {@code today}.
 */
public final class DueCalculator {

  static final String TRANSVERSAL = "Obiettivi trasversali";
  static final String WITHOUT_UNIT = "Obiettivi senza servizio";

  private DueCalculator() {}

  /**
   * @param unitOfObjective the owner unit of each objective that has one, by objective id
   * @param people the ente's persons, in the order the report lists them
   * @param unitNames the ente's units by id, in the ente's order
   */
  public static DueReport compute(
      Plan plan, Map<Long, Long> unitOfObjective, List<DuePerson> people, Map<Long, String> unitNames, Progress.Filled filled,
      Deadline deadline, LocalDate today) {
    boolean past = deadline.isPast(today);
    boolean documentReports = deadline.year() == plan.firstYear() && deadline.checkpoint() == Checkpoint.FINAL;
    Map<Long, List<DueItem>> missingByPerson = new LinkedHashMap<>();
    Map<Long, Integer> assignedByPerson = new LinkedHashMap<>();
    Map<String, int[]> byUnit = new LinkedHashMap<>();
    unitNames.values().forEach(name -> byUnit.put(name, new int[2]));
    byUnit.put(TRANSVERSAL, new int[2]);
    byUnit.put(WITHOUT_UNIT, new int[2]);
    List<DueItem> unassigned = new ArrayList<>();

    for (Objective objective : plan.objectives()) {
      List<DueItem> all = new ArrayList<>();
      List<DueItem> missing = new ArrayList<>();
      for (Indicator indicator : objective.indicators()) {
        DueItem item =
            new DueItem(ItemType.ACTUAL, objective.id(), objective.number(), objective.title(), indicator.id(), null,
                indicator.name(), past);
        all.add(item);
        if (!filled.indicators().contains(indicator.id()) && !(documentReports && indicator.achieved() != null)) {
          missing.add(item);
        }
      }
      for (Phase phase : objective.phases()) {
        if (!phase.years().isEmpty() && !phase.years().contains(deadline.year())) {
          continue;
        }
        DueItem item =
            new DueItem(ItemType.PHASE_STATUS, objective.id(), objective.number(), objective.title(), null, phase.id(),
                "fase " + phase.number() + ": " + phase.description(), past);
        all.add(item);
        if (!filled.phases().contains(phase.id())) {
          missing.add(item);
        }
      }
      DueItem narrative =
          new DueItem(ItemType.NARRATIVE, objective.id(), objective.number(), objective.title(), null, null, null, past);
      all.add(narrative);
      if (!filled.objectives().contains(objective.id()) && !(documentReports && objective.narrative() != null)) {
        missing.add(narrative);
      }

      Long unitId = unitOfObjective.get(objective.id());
      String unitRow =
          objective.kind() == ObjectiveKind.TRANSVERSAL ? TRANSVERSAL
              : unitId != null && unitNames.containsKey(unitId) ? unitNames.get(unitId)
              : WITHOUT_UNIT;
      int[] counts = byUnit.get(unitRow);
      counts[0] += all.size();
      counts[1] += missing.size();

      List<DuePerson> owners = owners(objective, unitId, people);
      if (owners.isEmpty()) {
        unassigned.addAll(missing);
      }
      for (DuePerson owner : owners) {
        assignedByPerson.merge(owner.id(), all.size(), Integer::sum);
        missingByPerson.computeIfAbsent(owner.id(), id -> new ArrayList<>()).addAll(missing);
      }
    }

    List<PersonDue> perPerson = new ArrayList<>();
    for (DuePerson person : people) {
      Integer assigned = assignedByPerson.get(person.id());
      if (assigned != null) {
        perPerson.add(new PersonDue(person, assigned, missingByPerson.get(person.id())));
      }
    }
    List<Completion> units = new ArrayList<>();
    byUnit.forEach(
        (name, counts) -> {
          if (counts[0] > 0) {
            units.add(new Completion(name, counts[0], counts[1]));
          }
        });
    return new DueReport(deadline, plan.id(), past, perPerson, units, unassigned);
  }

  private static List<DuePerson> owners(Objective objective, Long unitId, List<DuePerson> people) {
    List<Long> named = objective.managerIds();
    if (!named.isEmpty()) {
      return people.stream().filter(p -> named.contains(p.id())).toList();
    }
    if (objective.kind() == ObjectiveKind.TRANSVERSAL) {
      return people.stream().filter(DuePerson::responsabile).toList();
    }
    return unitId == null ? List.of() : people.stream().filter(p -> p.unitIds().contains(unitId)).toList();
  }
}
