package it.traguardo.organization;

import java.util.Map;
import java.util.Set;

/**
 * A login with its roles in each ente (entity id → roles). The password hash never leaves the organization module
 * except to Spring Security's check.
 */
public record UserAccount(
    long id, String username, String passwordHash, boolean platformAdmin, boolean enabled, Map<Long, Set<Role>> roles) {

  public UserAccount {
    roles = Map.copyOf(roles);
  }

  public boolean has(long entityId, Role role) {
    return roles.getOrDefault(entityId, Set.of()).contains(role);
  }
}
