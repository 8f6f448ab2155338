package it.traguardo.security;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The principal of the current request, when someone is logged in. */
public final class CurrentUser {

  private CurrentUser() {}

  public static Optional<TraguardoPrincipal> get() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    return authentication != null && authentication.getPrincipal() instanceof TraguardoPrincipal principal
        ? Optional.of(principal)
        : Optional.empty();
  }

  public static String name() {
    return get().map(TraguardoPrincipal::getUsername).orElse("anonimo");
  }
}
