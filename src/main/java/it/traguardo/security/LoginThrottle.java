package it.traguardo.security;

import java.time.Duration;
import java.util.Locale;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Login throttling: after {@value #MAX_FAILURES} wrong passwords for a username within {@link #WINDOW}, that
 * username is locked until the window has passed. Kept in PostgreSQL so that every node of an installation counts
 * the same failures; a successful login clears them.
 */
@Component
class LoginThrottle {

  static final int MAX_FAILURES = 5;
  static final Duration WINDOW = Duration.ofMinutes(15);

  private final JdbcClient jdbc;

  LoginThrottle(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  boolean isLocked(String username) {
    return jdbc.sql("select count(*) from login_failure where username = ? and failed_at > now() - make_interval(secs => ?)")
            .params(key(username), WINDOW.toSeconds())
            .query(Long.class)
            .single()
        >= MAX_FAILURES;
  }

  @EventListener
  @Transactional
  void on(AuthenticationFailureBadCredentialsEvent event) {
    jdbc.sql("insert into login_failure (username) values (?)").param(key(event.getAuthentication().getName())).update();
    jdbc.sql("delete from login_failure where failed_at < now() - make_interval(secs => ?)").param(WINDOW.toSeconds()).update();
  }

  @EventListener
  @Transactional
  void on(AuthenticationSuccessEvent event) {
    jdbc.sql("delete from login_failure where username = ?").param(key(event.getAuthentication().getName())).update();
  }

  private static String key(String username) {
    return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
  }
}
