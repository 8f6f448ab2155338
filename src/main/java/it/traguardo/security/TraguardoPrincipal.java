package it.traguardo.security;

import it.traguardo.organization.Role;
import it.traguardo.organization.UserAccount;
import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The logged-in user: a login with its roles per ente. */
public final class TraguardoPrincipal implements UserDetails {

  private final UserAccount account;
  private final boolean locked;

  TraguardoPrincipal(UserAccount account, boolean locked) {
    this.account = account;
    this.locked = locked;
  }

  public UserAccount account() {
    return account;
  }

  public boolean isPlatformAdmin() {
    return account.platformAdmin();
  }

  /** The platform administrator may act in every ente as a SEGRETARIO and as the NDV. */
  public boolean has(long entityId, Role role) {
    return account.platformAdmin() && (role == Role.SEGRETARIO || role == Role.NDV) || account.has(entityId, role);
  }

  /** Any role in the ente: enough to read its drafts. */
  public boolean isMember(long entityId) {
    return account.platformAdmin() || !account.roles().getOrDefault(entityId, java.util.Set.of()).isEmpty();
  }

  @Override
  public Collection<? extends GrantedAuthority> getAuthorities() {
    return account.platformAdmin() ? List.of(new SimpleGrantedAuthority("ROLE_ADMIN")) : List.of(new SimpleGrantedAuthority("ROLE_USER"));
  }

  @Override
  public String getPassword() {
    return account.passwordHash();
  }

  @Override
  public String getUsername() {
    return account.username();
  }

  /** False while the login is throttled after too many wrong passwords. */
  @Override
  public boolean isAccountNonLocked() {
    return !locked;
  }

  @Override
  public boolean isEnabled() {
    return account.enabled();
  }
}
