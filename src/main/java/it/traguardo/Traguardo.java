package it.traguardo;

import it.traguardo.cli.TraguardoCli;
import java.util.Arrays;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Traguardo: the performance cycle of Italian public bodies. {@code java -jar traguardo.jar} runs the server;
 * {@code java -jar traguardo.jar SUBCOMMAND …} runs one command-line task and exits.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class Traguardo {

  public static void main(String[] args) {
    if (TraguardoCli.handles(args)) {
      // a subcommand prints only its result on stdout: logs of any library it touches go to stderr
      System.setProperty("traguardo.log.target", "System.err");
      System.exit(TraguardoCli.run(args, Traguardo::startWithoutWeb));
    }
    SpringApplication.run(Traguardo.class, args);
  }

  /**
   * Starts without a web server and without scheduled jobs (a one-shot command sends no reminders); {@code
   * properties} ("name=value") win over every other source, as arguments.
   */
  static ConfigurableApplicationContext startWithoutWeb(String... properties) {
    return new SpringApplicationBuilder(Traguardo.class)
        .web(WebApplicationType.NONE)
        .properties("db-scheduler.enabled=false")
        .bannerMode(Banner.Mode.OFF)
        .logStartupInfo(false)
        .run(Arrays.stream(properties).map(property -> "--" + property).toArray(String[]::new));
  }
}
