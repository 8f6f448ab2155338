package it.traguardo.access;

import it.traguardo.organization.Role;
import it.traguardo.organization.UserAccount;

/**
 * Who may manage whom. The platform administrator manages every ente and every login. An ente's segretario
 * manages the roles of the ente's users; a login itself (its password, whether it is enabled) only when every ente
 * the login belongs to is one the segretario runs, so that no segretario reaches into another ente through a
 * shared user, and never a platform administrator's.
 */
public final class AccountRights {

  private AccountRights() {}

  public static boolean managesEntity(UserAccount actor, long entityId) {
    return actor.platformAdmin() || actor.has(entityId, Role.SEGRETARIO);
  }

  public static boolean managesLogin(UserAccount actor, UserAccount target) {
    if (actor.platformAdmin()) {
      return true;
    }
    return !target.platformAdmin()
        && !target.roles().isEmpty()
        && target.roles().entrySet().stream()
            .filter(entry -> !entry.getValue().isEmpty())
            .allMatch(entry -> actor.has(entry.getKey(), Role.SEGRETARIO));
  }
}
