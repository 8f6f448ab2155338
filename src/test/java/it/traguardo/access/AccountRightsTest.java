package it.traguardo.access;

import static org.assertj.core.api.Assertions.assertThat;

import it.traguardo.organization.Role;
import it.traguardo.organization.UserAccount;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AccountRightsTest {

  private static final long A = 1;
  private static final long B = 2;

  private static UserAccount user(long id, boolean admin, Map<Long, Set<Role>> roles) {
    return new UserAccount(id, "u" + id, "{noop}x", admin, true, roles);
  }

  private final UserAccount admin = user(1, true, Map.of());
  private final UserAccount segretarioA = user(2, false, Map.of(A, Set.of(Role.SEGRETARIO)));
  private final UserAccount segretarioAB = user(3, false, Map.of(A, Set.of(Role.SEGRETARIO), B, Set.of(Role.SEGRETARIO, Role.NDV)));
  private final UserAccount ndvA = user(4, false, Map.of(A, Set.of(Role.NDV)));
  private final UserAccount giuntaAandB = user(5, false, Map.of(A, Set.of(Role.GIUNTA), B, Set.of(Role.GIUNTA)));
  private final UserAccount adminWithRoleInA = user(6, true, Map.of(A, Set.of(Role.GIUNTA)));

  @Test
  void anEnteIsManagedByItsSegretarioAndTheAdministrator() {
    assertThat(AccountRights.managesEntity(admin, A)).isTrue();
    assertThat(AccountRights.managesEntity(segretarioA, A)).isTrue();
    assertThat(AccountRights.managesEntity(segretarioA, B)).isFalse();
    assertThat(AccountRights.managesEntity(ndvA, A)).isFalse();
  }

  @Test
  void aLoginIsManagedOnlyByWhoRunsEveryEnteItBelongsTo() {
    assertThat(AccountRights.managesLogin(segretarioA, ndvA)).isTrue();
    assertThat(AccountRights.managesLogin(segretarioA, giuntaAandB)).isFalse();
    assertThat(AccountRights.managesLogin(segretarioAB, giuntaAandB)).isTrue();
    assertThat(AccountRights.managesLogin(ndvA, segretarioA)).isFalse();
    assertThat(AccountRights.managesLogin(admin, giuntaAandB)).isTrue();
    // never a platform administrator's, even one with a role in the ente
    assertThat(AccountRights.managesLogin(segretarioA, adminWithRoleInA)).isFalse();
    assertThat(AccountRights.managesLogin(segretarioA, user(7, false, Map.of()))).isFalse();
  }
}
