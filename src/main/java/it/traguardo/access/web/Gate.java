package it.traguardo.access.web;

import it.traguardo.access.AccountRights;
import it.traguardo.organization.Entities;
import it.traguardo.organization.Entity;
import it.traguardo.organization.Organization;
import it.traguardo.organization.Person;
import it.traguardo.organization.UserAccount;
import it.traguardo.organization.Users;
import it.traguardo.security.CurrentUser;
import it.traguardo.security.TraguardoPrincipal;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * Who may manage what, for pages and API alike: an ente's users are managed by its segretario and the platform
 * administrator (anyone else of the ente gets 403, anyone outside it 404, as if it did not exist); a user outside
 * the ente is 404; a login shared with enti the caller does not run is 403.
 */
@Component
class Gate {

  private final Entities entities;
  private final Users users;
  private final Organization organization;

  Gate(Entities entities, Users users, Organization organization) {
    this.entities = entities;
    this.users = users;
    this.organization = organization;
  }

  TraguardoPrincipal user() {
    return CurrentUser.get().orElseThrow(() -> new ResponseStatusException(HttpStatus.UNAUTHORIZED));
  }

  /** The current login as stored now. */
  UserAccount self() {
    return users.byId(user().account().id()).orElseThrow(() -> new ResponseStatusException(HttpStatus.UNAUTHORIZED));
  }

  Entity managedEntity(String code) {
    Entity entity = entities.byCode(code).orElseThrow(Gate::notFound);
    TraguardoPrincipal user = user();
    if (!user.isMember(entity.id())) {
      throw notFound();
    }
    if (!AccountRights.managesEntity(user.account(), entity.id())) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Gli utenti dell'ente sono gestiti dal segretario.");
    }
    return entity;
  }

  /** A user with a role in the ente. */
  UserAccount member(Entity entity, long userId) {
    return users.byId(userId).filter(u -> !u.roles().getOrDefault(entity.id(), java.util.Set.of()).isEmpty()).orElseThrow(Gate::notFound);
  }

  /** A person of the ente; another ente's person is 404. */
  Person person(Entity entity, long personId) {
    return organization.people(entity.id()).stream().filter(p -> p.id() == personId).findFirst().orElseThrow(Gate::notFound);
  }

  /** A user of the ente whose login (password, enabled) the caller may change. */
  UserAccount managedLogin(Entity entity, long userId) {
    UserAccount target = member(entity, userId);
    if (!AccountRights.managesLogin(user().account(), target)) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, "L'utente ha ruoli anche in altri enti: lo gestisce l'amministratore.");
    }
    return target;
  }

  void requirePlatformAdmin() {
    if (!user().isPlatformAdmin()) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN);
    }
  }

  private static ResponseStatusException notFound() {
    return new ResponseStatusException(HttpStatus.NOT_FOUND);
  }
}
