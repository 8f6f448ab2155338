package it.traguardo.security;

import it.traguardo.organization.AccessTokens;
import it.traguardo.organization.Users;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/** Web security only: the command line starts the application without a web server, and without these chains. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class SecurityConfiguration {

  /** No inline script anywhere: pages load their behaviour from same-origin files. */
  static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self';"
          + " connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

  /**
   * The API is stateless: every call brings its credentials (HTTP Basic, or a personal access token as a bearer
   * token), so there is no session to ride and no CSRF token to ask for; without credentials the answer is 401 with
   * a Basic challenge.
   */
  @Bean
  @Order(1)
  SecurityFilterChain api(HttpSecurity http, AccessTokens tokens) throws Exception {
    http.securityMatcher("/api/**")
        .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
        .httpBasic(basic -> basic.realmName("Traguardo"))
        .addFilterBefore(new AccessTokenFilter(tokens), BasicAuthenticationFilter.class)
        .csrf(csrf -> csrf.disable())
        .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY)));
    return http.build();
  }

  /** Pages: form login, a session, CSRF tokens on every form. */
  @Bean
  @Order(2)
  SecurityFilterChain web(HttpSecurity http, Users users) throws Exception {
    http.authorizeHttpRequests(
            requests ->
                requests
                    .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                    .requestMatchers("/webjars/**", "/css/**", "/js/**", "/img/**", "/favicon.ico").permitAll()
                    .requestMatchers("/login", "/error").permitAll()
                    // the API's description and its reader: the API itself asks for credentials
                    .requestMatchers(HttpMethod.GET, "/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml", "/swagger-ui.html", "/swagger-ui/**").permitAll()
                    .requestMatchers("/admin/**").hasRole("ADMIN")
                    // an objective's values form, its evidence files and its audit trail: the ente's users only
                    .requestMatchers(
                        "/enti/*/piani/*/obiettivi/*/valori/**", "/enti/*/piani/*/obiettivi/*/registro",
                        "/enti/*/piani/*/obiettivi/*/registro.csv")
                    .authenticated()
                    .requestMatchers("/enti/*/piani/*/modifica", "/enti/*/piani/*/modifica/**").authenticated()
                    // the NdV's workspace and the individual evaluations are the ente's, never public
                    .requestMatchers(
                        "/enti/*/piani/*/nucleo", "/enti/*/piani/*/nucleo/**", "/enti/*/piani/*/valutazioni",
                        "/enti/*/piani/*/valutazioni/**").authenticated()
                    .requestMatchers("/enti/*/piani/*/valori/**", "/enti/*/piani/*/da-rivedere").authenticated()
                    // the index and plan pages are public; drafts are refused by the pages themselves
                    .requestMatchers(HttpMethod.GET, "/", "/enti/*/piani/**").permitAll()
                    .requestMatchers(HttpMethod.GET, "/trasparenza/**").permitAll()
                    .anyRequest().authenticated())
        .addFilterBefore(new FreshAccountFilter(users), AuthorizationFilter.class)
        // after login, the page asked for; without one, the first screen of the user's role
        .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/cruscotto").permitAll())
        .logout(logout -> logout.logoutSuccessUrl("/"))
        .exceptionHandling(errors -> errors.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/login")))
        .headers(
            headers ->
                headers
                    .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                    .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
    return http.build();
  }

  /**
   * Logins by username. An unknown username is throttled like a known one, so that the lockout message does not tell
   * which usernames exist.
   */
  @Bean
  UserDetailsService userDetailsService(Users users, LoginThrottle throttle) {
    return username ->
        users
            .byUsername(username)
            .map(account -> new TraguardoPrincipal(account, throttle.isLocked(username)))
            .orElseThrow(
                () ->
                    throttle.isLocked(username)
                        ? new LockedException("Troppi tentativi non riusciti")
                        : new UsernameNotFoundException("Utente sconosciuto"));
  }
}
