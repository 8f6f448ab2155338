package it.traguardo.security;

import it.traguardo.organization.UserAccount;
import it.traguardo.organization.Users;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A logged-in session sees its login as it is now, not as it was at login: roles granted or revoked count from
 * the next request, and a login disabled meanwhile loses its session at once.
 */
final class FreshAccountFilter extends OncePerRequestFilter {

  private final Users users;
  private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

  FreshAccountFilter(Users users) {
    this.users = users;
  }

  /** Static files need no user. */
  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return path.startsWith("/webjars/") || path.startsWith("/css/") || path.startsWith("/js/") || path.startsWith("/img/");
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Authentication authentication = contexts.getContext().getAuthentication();
    if (authentication != null && authentication.getPrincipal() instanceof TraguardoPrincipal principal) {
      Optional<UserAccount> now = users.byId(principal.account().id()).filter(UserAccount::enabled);
      if (now.isEmpty()) {
        contexts.clearContext();
        HttpSession session = request.getSession(false);
        if (session != null) {
          session.invalidate();
        }
      } else if (!now.get().equals(principal.account())) {
        TraguardoPrincipal fresh = new TraguardoPrincipal(now.get(), false);
        SecurityContext context = contexts.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(fresh, null, fresh.getAuthorities()));
        contexts.setContext(context);
      }
    }
    chain.doFilter(request, response);
  }
}
