package it.traguardo.access;

import it.traguardo.access.AccessChanged.Action;
import it.traguardo.organization.Entity;
import it.traguardo.organization.InvalidAccountException;
import it.traguardo.organization.OrgUnit;
import it.traguardo.organization.Organization;
import it.traguardo.organization.Person;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The people of an ente as the plan and the reminders know them: name, title, e-mail address (where reminders go)
 * and units (what they answer for). People may have no login. Each change is announced for the audit trail, field
 * by field; a bad input is an {@link InvalidAccountException} naming the field, and nothing is written.
 */
@Service
public class PeopleAdministration {

  private final Organization organization;
  private final ApplicationEventPublisher events;

  PeopleAdministration(Organization organization, ApplicationEventPublisher events) {
    this.organization = organization;
    this.events = events;
  }

  /** What a form or an API call gives for a person; blanks are cleaned here. */
  public record PersonDetails(String fullName, String roleTitle, String email, List<Long> unitIds) {

    public PersonDetails {
      fullName = clean(fullName);
      roleTitle = clean(roleTitle);
      email = clean(email);
      unitIds = unitIds == null ? List.of() : List.copyOf(new LinkedHashSet<>(unitIds));
    }

    private static String clean(String text) {
      return text == null || text.isBlank() ? null : text.strip();
    }
  }

  /** The person was changed by someone else since the version the caller saw; {@code current} is how it is now. */
  public static final class StalePersonException extends RuntimeException {

    private final transient Person current;

    StalePersonException(Person current) {
      super("La persona è stata modificata nel frattempo.", null, false, false);
      this.current = current;
    }

    public Person current() {
      return current;
    }
  }

  @Transactional
  public Person add(Entity entity, PersonDetails details, String actor) {
    Map<Long, OrgUnit> units = checked(entity, details);
    Person person =
        organization.addPerson(entity.id(), details.fullName(), details.roleTitle(), details.email(), false, details.unitIds());
    publish(entity, actor, Action.PERSONA_CREATA, person.fullName(), null, describe(person.fullName(), details, units));
    return person;
  }

  /**
   * @param expectedVersion the version the caller saw
   * @throws StalePersonException when someone changed the person since
   */
  @Transactional
  public Person update(Entity entity, long personId, PersonDetails details, int expectedVersion, String actor) {
    Person before = find(entity, personId);
    Map<Long, OrgUnit> units = checked(entity, details);
    if (before.version() != expectedVersion
        || !organization.updatePerson(
            entity.id(), personId, details.fullName(), details.roleTitle(), details.email(), details.unitIds(), expectedVersion)) {
      throw new StalePersonException(find(entity, personId));
    }
    Person after = find(entity, personId);
    String was = describe(before.fullName(), new PersonDetails(before.fullName(), before.roleTitle(), before.email(), before.unitIds()), units);
    String now = describe(after.fullName(), details, units);
    if (!was.equals(now)) {
      publish(entity, actor, Action.PERSONA_MODIFICATA, before.fullName(), was, now);
    }
    return after;
  }

  /** A person of the ente; another ente's person is as unknown as a missing one. */
  public Person find(Entity entity, long personId) {
    return organization.people(entity.id()).stream()
        .filter(p -> p.id() == personId)
        .findFirst()
        .orElseThrow(() -> new InvalidAccountException("personId", "La persona n. " + personId + " non è dell'ente " + entity.code() + "."));
  }

  private Map<Long, OrgUnit> checked(Entity entity, PersonDetails details) {
    if (details.fullName() == null) {
      throw new InvalidAccountException("fullName", "Indicare nome e cognome (es. «Anna Rossi») o la funzione (es. «Responsabile Servizio 2»).");
    }
    if (details.roleTitle() == null) {
      throw new InvalidAccountException("roleTitle", "Indicare il ruolo nell'ente (es. «Responsabile di servizio (EQ)»).");
    }
    if (details.email() != null) {
      requireAddress(details.email());
    }
    Map<Long, OrgUnit> units = organization.units(entity.id()).stream().collect(Collectors.toMap(OrgUnit::id, Function.identity()));
    for (Long unitId : details.unitIds()) {
      if (!units.containsKey(unitId)) {
        throw new InvalidAccountException("units", "L'unità organizzativa n. " + unitId + " non è dell'ente " + entity.code() + ".");
      }
    }
    return units;
  }

  /** One plain address such as anna.rossi@comune.cedrasco.so.it: no display name, no list, a domain with a dot. */
  static void requireAddress(String email) {
    String problem = "Indirizzo e-mail non valido: «" + email + "»; atteso un solo indirizzo come anna.rossi@comune.esempio.it.";
    try {
      InternetAddress address = new InternetAddress(email, true);
      address.validate();
      String domain = address.getAddress().substring(address.getAddress().indexOf('@') + 1);
      if (!address.getAddress().equals(email) || !address.getAddress().contains("@") || !domain.contains(".")) {
        throw new InvalidAccountException("email", problem);
      }
    } catch (AddressException e) {
      throw new InvalidAccountException("email", problem);
    }
  }

  private static String describe(String name, PersonDetails details, Map<Long, OrgUnit> units) {
    List<String> parts = new ArrayList<>();
    parts.add(name + " (" + details.roleTitle() + ")");
    parts.add("e-mail: " + (details.email() == null ? "nessuna" : details.email()));
    parts.add(
        "unità: "
            + (details.unitIds().isEmpty()
                ? "nessuna"
                : details.unitIds().stream().map(id -> units.get(id).name()).sorted().collect(Collectors.joining("; "))));
    return String.join(", ", parts);
  }

  private void publish(Entity entity, String actor, Action action, String name, String before, String after) {
    events.publishEvent(new AccessChanged(Set.of(entity.id()), actor, action, "Persona: " + name, before, after));
  }
}
