package it.traguardo.database;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the embedded PostgreSQL.
 *
 * @param dataDir where the database files live; a restart finds them there
 * @param port the TCP port on the loopback interface, 0 for any free one
 */
@ConfigurationProperties("traguardo.database.embedded")
public record EmbeddedDatabaseProperties(Path dataDir, int port) {

  public EmbeddedDatabaseProperties {
    dataDir = dataDir == null ? Path.of("data") : dataDir;
  }
}
