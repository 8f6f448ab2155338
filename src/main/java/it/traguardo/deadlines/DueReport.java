package it.traguardo.deadlines;

import java.util.List;
import java.util.Optional;

/**
 * What is due for one checkpoint of a plan.
 *
 * @param people every person who answers for something in it, in the ente's order, with what they still owe
 * @param units completion by unit, then transversal objectives, then objectives without a unit
 * @param unassigned missing items of objectives nobody answers for (no named manager, no manager of their unit)
 */
public record DueReport(
    Deadline deadline, long planId, boolean past, List<PersonDue> people, List<Completion> units, List<DueItem> unassigned) {

  public DueReport {
    people = List.copyOf(people);
    units = List.copyOf(units);
    unassigned = List.copyOf(unassigned);
  }

  public Optional<PersonDue> of(long personId) {
    return people.stream().filter(p -> p.person().id() == personId).findFirst();
  }

  /** The whole ente: every unit's row added up. */
  public Completion total() {
    return new Completion(
        "Ente", units.stream().mapToInt(Completion::total).sum(), units.stream().mapToInt(Completion::missing).sum());
  }
}
