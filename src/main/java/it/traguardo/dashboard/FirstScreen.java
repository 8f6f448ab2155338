package it.traguardo.dashboard;

import it.traguardo.organization.Role;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongFunction;

/**
 * The first screen after login, by the user's role: the segretario, the NdV and the Giunta see the ente's dashboard;
 * a responsabile their own; the ragioneria the payments page; the platform administrator, and whoever belongs to
 * several enti or to none, the list of enti and plans. Plain Java.
 */
public final class FirstScreen {

  private FirstScreen() {}

  /**
   * @param roles the user's roles by ente id
   * @param codeOf the code of an ente by its id
   * @param personOf the person a user is in an ente, by the ente's id
   */
  public static String path(
      boolean platformAdmin, Map<Long, Set<Role>> roles, LongFunction<String> codeOf, LongFunction<Optional<Long>> personOf) {
    if (platformAdmin || roles.size() != 1) {
      return "/";
    }
    Map.Entry<Long, Set<Role>> only = roles.entrySet().iterator().next();
    Set<Role> held = only.getValue();
    String ente = "/enti/" + codeOf.apply(only.getKey());
    if (held.contains(Role.SEGRETARIO) || held.contains(Role.NDV) || held.contains(Role.GIUNTA)) {
      return ente + "/cruscotto";
    }
    if (held.contains(Role.RESPONSABILE)) {
      return personOf.apply(only.getKey()).map(person -> ente + "/cruscotto/responsabili/" + person).orElse(ente + "/cruscotto");
    }
    if (held.contains(Role.RAGIONERIA)) {
      return ente + "/pagamenti";
    }
    return "/";
  }
}
