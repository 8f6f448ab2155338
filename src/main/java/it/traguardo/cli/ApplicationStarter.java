package it.traguardo.cli;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the application without its web server, for the few subcommands that need the database. Given by the
 * main class, so that commands do not depend on it.
 */
@FunctionalInterface
public interface ApplicationStarter {

  /** Starts the application; each property ("name=value") overrides configuration files and environment. */
  ConfigurableApplicationContext start(String... properties);
}
