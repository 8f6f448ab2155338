package it.traguardo.deadlines;

import java.util.List;

/**
 * A person of the ente who may answer for objectives.
 *
 * @param units the names of the units they manage, in the ente's order
 * @param email where reminders go, or null when unknown
 * @param hasLogin whether a user of the ente is linked to them (items are listed either way)
 * @param responsabile manages a unit or holds the RESPONSABILE role: the transversal objectives are theirs too
 */
public record DuePerson(
    long id, String name, List<Long> unitIds, List<String> units, String email, boolean hasLogin, boolean responsabile) {

  public DuePerson {
    unitIds = List.copyOf(unitIds);
    units = List.copyOf(units);
  }

  public boolean hasEmail() {
    return email != null && !email.isBlank();
  }
}
