package it.traguardo.security;

import it.traguardo.organization.AccessTokens;
import it.traguardo.organization.UserAccount;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code Authorization: Bearer trg_…} on the API: a personal access token stands for its owner, like Basic
 * credentials do. A token that is unknown, revoked or expired, or whose owner is disabled, is refused with 401 and
 * the request goes no further; without a bearer header the next authentication (Basic) has its turn.
 */
final class AccessTokenFilter extends OncePerRequestFilter {

  private static final String BEARER = "bearer ";

  private final AccessTokens tokens;
  private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

  AccessTokenFilter(AccessTokens tokens) {
    this.tokens = tokens;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String header = request.getHeader(HttpHeaders.AUTHORIZATION);
    if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
      chain.doFilter(request, response);
      return;
    }
    Optional<UserAccount> account = tokens.authenticate(header.substring(BEARER.length()).strip()).filter(UserAccount::enabled);
    if (account.isEmpty()) {
      contexts.clearContext();
      response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"Traguardo\", error=\"invalid_token\"");
      response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
      return;
    }
    TraguardoPrincipal principal = new TraguardoPrincipal(account.get(), false);
    SecurityContext context = contexts.createEmptyContext();
    context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
    contexts.setContext(context);
    chain.doFilter(request, response);
  }
}
