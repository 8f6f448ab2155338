package it.traguardo.access;

import it.traguardo.access.AccessChanged.Action;
import it.traguardo.organization.AccessToken;
import it.traguardo.organization.AccessTokens;
import it.traguardo.organization.Entities;
import it.traguardo.organization.Entity;
import it.traguardo.organization.InvalidAccountException;
import it.traguardo.organization.OrgUnit;
import it.traguardo.organization.Organization;
import it.traguardo.organization.Person;
import it.traguardo.organization.Role;
import it.traguardo.organization.UserAccount;
import it.traguardo.organization.Users;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every change to enti, users, roles, passwords and tokens, each announced for the audit trail under the acting
 * user's name in the same transaction. Callers check who may act ({@link AccountRights}); this class checks what
 * is asked: a bad input is an {@link InvalidAccountException} naming the field, and nothing is written.
 */
@Service
public class AccessAdministration {

  static final String RESPONSABILE_TITLE = "Responsabile di servizio (EQ)";
  private static final DateTimeFormatter ITALIAN_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private final Entities entities;
  private final Users users;
  private final Organization organization;
  private final AccessTokens tokens;
  private final ApplicationEventPublisher events;

  AccessAdministration(
      Entities entities, Users users, Organization organization, AccessTokens tokens, ApplicationEventPublisher events) {
    this.entities = entities;
    this.users = users;
    this.organization = organization;
    this.tokens = tokens;
    this.events = events;
  }

  @Transactional
  public Entity createEntity(String code, String name, String actor) {
    String cleanCode = code == null ? "" : code.strip();
    String cleanName = name == null ? "" : name.strip();
    if (!Entities.isValidCode(cleanCode)) {
      throw new InvalidAccountException(
          "code", "Codice ente non valido: lettere minuscole, cifre e trattini, fino a 63 caratteri (es. «cedrasco»).");
    }
    if (entities.byCode(cleanCode).isPresent()) {
      throw new InvalidAccountException("code", "Esiste già un ente con codice «" + cleanCode + "».");
    }
    if (cleanName.isEmpty()) {
      throw new InvalidAccountException("name", "Indicare il nome dell'ente (es. «Comune di Cedrasco»).");
    }
    Entity entity = entities.create(cleanCode, cleanName);
    publish(Set.of(entity.id()), actor, Action.ENTE_CREATO, "Ente creato: " + cleanCode, null, cleanName);
    return entity;
  }

  /**
   * A new login with one role in the ente.
   *
   * @param units for a RESPONSABILE, the ids of the ente's units they answer for (at least one); ignored for other
   *     roles
   * @param fullName the name of the person a new RESPONSABILE is, when no person of the ente has exactly those
   *     units yet; the username when blank
   */
  public record NewUser(String username, String password, Role role, List<Long> units, String fullName) {

    public NewUser {
      units = units == null ? List.of() : List.copyOf(units);
    }
  }

  @Transactional
  public UserAccount createUser(Entity entity, NewUser user, String actor) {
    requireRole(user.role());
    String username = user.username() == null ? null : user.username().strip();
    long id = users.create(username, user.password(), false);
    users.grant(id, entity.id(), user.role());
    String person = user.role() == Role.RESPONSABILE ? link(entity, id, user.units(), blankTo(user.fullName(), username)) : null;
    publish(Set.of(entity.id()), actor, Action.UTENTE_CREATO, "Utente creato: " + username, null, roleText(user.role(), person));
    return users.byId(id).orElseThrow();
  }

  /** Adds a role in the ente; for a RESPONSABILE, ties the user to the person of the given units. */
  @Transactional
  public void grant(Entity entity, UserAccount user, Role role, List<Long> units, String fullName, String actor) {
    requireRole(role);
    if (user.has(entity.id(), role) && role != Role.RESPONSABILE) {
      throw new InvalidAccountException("role", "L'utente ha già il ruolo «" + role.label() + "».");
    }
    users.grant(user.id(), entity.id(), role);
    String person = role == Role.RESPONSABILE ? link(entity, user.id(), units, blankTo(fullName, user.username())) : null;
    publish(Set.of(entity.id()), actor, Action.RUOLO_ASSEGNATO, "Ruolo assegnato a " + user.username(), null, roleText(role, person));
  }

  /** Takes a role away; nobody takes the segretario role from themselves, so that an ente is never left by mistake. */
  @Transactional
  public void revoke(Entity entity, UserAccount user, Role role, UserAccount actor) {
    requireRole(role);
    if (role == Role.SEGRETARIO && user.id() == actor.id()) {
      throw new InvalidAccountException("role", "Non si può togliere a sé stessi il ruolo di segretario: chiederlo a un altro segretario o all'amministratore.");
    }
    if (!users.revoke(user.id(), entity.id(), role)) {
      throw new InvalidAccountException("role", "L'utente non ha il ruolo «" + role.label() + "» in questo ente.");
    }
    publish(Set.of(entity.id()), actor.username(), Action.RUOLO_REVOCATO, "Ruolo revocato a " + user.username(), role.label(), null);
  }

  /** Disables or enables a login, everywhere; nobody disables themselves. */
  @Transactional
  public void setEnabled(UserAccount user, boolean enabled, UserAccount actor) {
    if (!enabled && user.id() == actor.id()) {
      throw new InvalidAccountException("enabled", "Non si può disattivare il proprio utente.");
    }
    if (user.enabled() == enabled) {
      return;
    }
    users.setEnabled(user.id(), enabled);
    publish(
        entitiesOf(user), actor.username(), enabled ? Action.UTENTE_RIATTIVATO : Action.UTENTE_DISATTIVATO,
        (enabled ? "Utente riattivato: " : "Utente disattivato: ") + user.username(), enabled ? "disattivato" : "attivo", enabled ? "attivo" : "disattivato");
  }

  /** A new password chosen by whoever manages the login; the owner should change it at the first access. */
  @Transactional
  public void resetPassword(UserAccount user, String password, UserAccount actor) {
    users.changePassword(user.id(), password);
    publish(entitiesOf(user), actor.username(), Action.PASSWORD_REIMPOSTATA, "Password reimpostata per " + user.username(), null, null);
  }

  /** The owner changes their password, proving they know the current one. */
  @Transactional
  public void changeOwnPassword(UserAccount user, String current, String password) {
    if (!users.passwordMatches(user.id(), current)) {
      throw new InvalidAccountException("current", "La password attuale non è corretta.");
    }
    users.changePassword(user.id(), password);
    publish(entitiesOf(user), user.username(), Action.PASSWORD_CAMBIATA, "Password cambiata da " + user.username(), null, null);
  }

  @Transactional
  public AccessTokens.Issued createToken(UserAccount user, String name, LocalDate expiresOn) {
    AccessTokens.Issued issued = tokens.create(user.id(), name, expiresOn);
    AccessToken token = issued.token();
    publish(
        entitiesOf(user), user.username(), Action.TOKEN_CREATO, "Token API creato: " + tokenSubject(user, token), null,
        token.expiresOn() == null ? "senza scadenza" : "valido fino al " + ITALIAN_DATE.format(token.expiresOn()));
    return issued;
  }

  /** Revokes one of the user's own tokens; empty when it is not theirs or was already revoked. */
  @Transactional
  public Optional<AccessToken> revokeToken(UserAccount user, long tokenId) {
    Optional<AccessToken> revoked = tokens.revoke(user.id(), tokenId);
    revoked.ifPresent(token -> publish(entitiesOf(user), user.username(), Action.TOKEN_REVOCATO, "Token API revocato: " + tokenSubject(user, token), "attivo", "revocato"));
    return revoked;
  }

  /**
   * The person a RESPONSABILE is: the ente's person with exactly these units whom no other user is already, or a
   * new person with these units.
   */
  private String link(Entity entity, long userId, List<Long> unitIds, String fullName) {
    if (unitIds.isEmpty()) {
      throw new InvalidAccountException("units", "Un responsabile risponde di almeno un'unità organizzativa: sceglierne una o più.");
    }
    Map<Long, OrgUnit> units = organization.units(entity.id()).stream().collect(Collectors.toMap(OrgUnit::id, Function.identity()));
    for (Long unitId : unitIds) {
      if (!units.containsKey(unitId)) {
        throw new InvalidAccountException("units", "L'unità organizzativa n. " + unitId + " non è dell'ente " + entity.code() + ".");
      }
    }
    Set<Long> wanted = Set.copyOf(unitIds);
    Set<Long> taken =
        users.members(entity.id()).stream()
            .filter(member -> member.userId() != userId)
            .map(Users.Member::personId)
            .filter(Objects::nonNull)
            .collect(Collectors.toSet());
    Person person =
        organization.people(entity.id()).stream()
            .filter(p -> Set.copyOf(p.unitIds()).equals(wanted) && !taken.contains(p.id()))
            .findFirst()
            .orElseGet(() -> organization.addPerson(entity.id(), fullName, RESPONSABILE_TITLE, false, List.copyOf(wanted)));
    users.linkPerson(userId, entity.id(), person.id());
    return person.fullName() + ": " + wanted.stream().map(units::get).map(OrgUnit::name).sorted().collect(Collectors.joining("; "));
  }

  /** The enti whose trail records a change to the login itself. */
  private static Set<Long> entitiesOf(UserAccount user) {
    return user.roles().entrySet().stream().filter(e -> !e.getValue().isEmpty()).map(Map.Entry::getKey).collect(Collectors.toSet());
  }

  private void publish(Set<Long> entityIds, String actor, Action action, String subject, String before, String after) {
    events.publishEvent(new AccessChanged(entityIds, actor, action, subject, before, after));
  }

  private static void requireRole(Role role) {
    if (role == null) {
      throw new InvalidAccountException("role", "Scegliere il ruolo: " + Arrays.stream(Role.values()).map(Role::name).collect(Collectors.joining(", ")) + ".");
    }
  }

  private static String tokenSubject(UserAccount user, AccessToken token) {
    return "«" + token.name() + "» (" + token.hint() + "…) di " + user.username();
  }

  private static String blankTo(String value, String fallback) {
    return value == null || value.isBlank() ? fallback : value.strip();
  }

  private static String roleText(Role role, String person) {
    return role.label() + (person == null ? "" : " — " + person);
  }
}
