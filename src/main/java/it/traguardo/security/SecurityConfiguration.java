package it.traguardo.security;

import it.traguardo.organization.Users;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;

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
   * The API is stateless: every call brings its credentials (HTTP Basic), so there is no session to ride and no
   * CSRF token to ask for; without credentials the answer is 401 with a Basic challenge.
   */
  @Bean
  @Order(1)
  SecurityFilterChain api(HttpSecurity http) throws Exception {
    http.securityMatcher("/api/**")
        .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
        .httpBasic(basic -> basic.realmName("Traguardo"))
        .csrf(csrf -> csrf.disable())
        .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY)));
    return http.build();
  }

  /** Pages: form login, a session, CSRF tokens on every form. */
  @Bean
  @Order(2)
  SecurityFilterChain web(HttpSecurity http) throws Exception {
    http.authorizeHttpRequests(
            requests ->
                requests
                    .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                    .requestMatchers("/webjars/**", "/css/**", "/js/**", "/img/**", "/favicon.ico").permitAll()
                    .requestMatchers("/login", "/error").permitAll()
                    .requestMatchers("/enti/*/piani/*/obiettivi/*/valori").authenticated()
                    .requestMatchers("/enti/*/piani/*/modifica", "/enti/*/piani/*/modifica/**").authenticated()
                    .requestMatchers("/enti/*/piani/*/valori/**", "/enti/*/piani/*/da-rivedere").authenticated()
                    // the index and plan pages are public; drafts are refused by the pages themselves
                    .requestMatchers(HttpMethod.GET, "/", "/enti/*/piani/**").permitAll()
                    .requestMatchers(HttpMethod.GET, "/trasparenza/**").permitAll()
                    .anyRequest().authenticated())
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

  @Bean
  UserDetailsService userDetailsService(Users users, LoginThrottle throttle) {
    return username ->
        users
            .byUsername(username)
            .map(account -> new TraguardoPrincipal(account, throttle.isLocked(username)))
            .orElseThrow(() -> new UsernameNotFoundException("Utente sconosciuto"));
  }
}
