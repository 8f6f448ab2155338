package it.traguardo.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * Starts the embedded PostgreSQL on a thread of its own as soon as the configuration is known, so that the
 * database boots while Spring builds the rest of the application; the DataSource waits for it. Registered in
 * {@code META-INF/spring.factories}; does nothing when an external database is configured.
 */
public final class EmbeddedPostgresStartup implements ApplicationContextInitializer<ConfigurableApplicationContext> {

  static final String BEAN_NAME = "embeddedPostgresStartup";
  private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresStartup.class);

  private CompletableFuture<EmbeddedPostgres> server;

  @Override
  public void initialize(ConfigurableApplicationContext context) {
    ConfigurableEnvironment environment = context.getEnvironment();
    if (!wanted(environment) || context.getBeanFactory().containsSingleton(BEAN_NAME)) {
      return;
    }
    EmbeddedDatabaseProperties properties =
        Binder.get(environment)
            .bind("traguardo.database.embedded", EmbeddedDatabaseProperties.class)
            .orElseGet(() -> new EmbeddedDatabaseProperties(null, 0));
    server = CompletableFuture.supplyAsync(() -> start(properties));
    context.getBeanFactory().registerSingleton(BEAN_NAME, this);
  }

  /** The embedded server is used when no external database is configured (spring.datasource.url, SPRING_DATASOURCE_URL). */
  static boolean wanted(Environment environment) {
    return !StringUtils.hasText(environment.getProperty("spring.datasource.url"));
  }

  /** The running server; waits for the start to finish, and rethrows its failure. */
  EmbeddedPostgres await() {
    try {
      return server.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
    }
  }

  private static EmbeddedPostgres start(EmbeddedDatabaseProperties properties) {
    try {
      Files.createDirectories(properties.dataDir());
      StaleServer.stopIfOrphaned(properties.dataDir());
      EmbeddedPostgres postgres =
          EmbeddedPostgres.builder()
              .setDataDirectory(properties.dataDir())
              .setCleanDataDirectory(false)
              .setPort(properties.port())
              .setPGStartupWait(java.time.Duration.ofSeconds(60))
              // zonky turns durability off for throwaway test databases; this one keeps an ente's records
              .setServerConfig("synchronous_commit", "on")
              .setServerConfig("fsync", "on")
              .setServerConfig("full_page_writes", "on")
              .start();
      log.info("PostgreSQL integrato avviato, dati in {}", properties.dataDir().toAbsolutePath());
      return postgres;
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Impossibile avviare il PostgreSQL integrato nella cartella " + properties.dataDir().toAbsolutePath(), e);
    }
  }
}
