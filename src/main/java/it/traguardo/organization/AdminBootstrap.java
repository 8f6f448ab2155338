package it.traguardo.organization;

import java.security.SecureRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates the platform administrator {@code admin} on the first start. Its password comes from
 * TRAGUARDO_ADMIN_PASSWORD; without it one is generated and written to the log once, never stored in clear.
 */
@Component
@Order(0)
class AdminBootstrap implements ApplicationRunner {

  static final String ADMIN = "admin";
  private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);
  private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";

  private final Users users;
  private final String configuredPassword;

  AdminBootstrap(Users users, @Value("${traguardo.admin-password:}") String configuredPassword) {
    this.users = users;
    this.configuredPassword = configuredPassword;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (users.exists(ADMIN)) {
      return;
    }
    if (!configuredPassword.isBlank()) {
      users.create(ADMIN, configuredPassword, true);
      log.info("Creato l'amministratore «{}» con la password di TRAGUARDO_ADMIN_PASSWORD.", ADMIN);
      return;
    }
    String generated = generate();
    users.create(ADMIN, generated, true);
    log.warn(
        "Creato l'amministratore «{}». Password generata (mostrata solo ora, cambiarla al primo accesso): {}",
        ADMIN,
        generated);
  }

  private static String generate() {
    SecureRandom random = new SecureRandom();
    StringBuilder password = new StringBuilder();
    for (int i = 0; i < 20; i++) {
      password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return password.toString();
  }
}
