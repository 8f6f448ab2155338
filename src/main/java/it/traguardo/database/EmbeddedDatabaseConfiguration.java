package it.traguardo.database;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/** Points the application's DataSource at the embedded PostgreSQL 17 that {@link EmbeddedPostgresStartup} starts. */
@Configuration(proxyBeanMethods = false)
@Conditional(NoDatasourceUrlCondition.class)
class EmbeddedDatabaseConfiguration {

  @Bean(destroyMethod = "close")
  EmbeddedPostgres embeddedPostgres(EmbeddedPostgresStartup startup) {
    return startup.await();
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
