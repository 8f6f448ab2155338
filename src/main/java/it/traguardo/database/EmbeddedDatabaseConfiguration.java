package it.traguardo.database;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/** Starts the embedded PostgreSQL 17 and points the application's DataSource at it. */
@Configuration(proxyBeanMethods = false)
@Conditional(NoDatasourceUrlCondition.class)
@EnableConfigurationProperties(EmbeddedDatabaseProperties.class)
class EmbeddedDatabaseConfiguration {

  private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

  @Bean(destroyMethod = "close")
  EmbeddedPostgres embeddedPostgres(EmbeddedDatabaseProperties properties) {
    try {
      Files.createDirectories(properties.dataDir());
      StaleServer.stopIfOrphaned(properties.dataDir());
      EmbeddedPostgres postgres =
          EmbeddedPostgres.builder()
              .setDataDirectory(properties.dataDir())
              .setCleanDataDirectory(false)
              .setPort(properties.port())
              .setPGStartupWait(Duration.ofSeconds(60))
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

  @Bean
  DataSource dataSource(EmbeddedPostgres postgres) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
    config.setUsername("postgres");
    config.setPoolName("traguardo-embedded");
    config.setMaximumPoolSize(10);
    return new HikariDataSource(config);
  }
}
