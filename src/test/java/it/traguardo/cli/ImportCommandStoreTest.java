package it.traguardo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import it.traguardo.Traguardo;
import it.traguardo.organization.Entities;
import it.traguardo.plan.PlanState;
import it.traguardo.plan.Plans;
import it.traguardo.support.Seed;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;

/** {@code import FILE --entity CODE}: stores the plan in the database, and refuses a second one of the same period. */
class ImportCommandStoreTest {

  @TempDir Path dir;

  private ConfigurableApplicationContext start(String... properties) {
    String[] arguments =
        Stream.concat(
                Stream.of("traguardo.database.embedded.data-dir=" + dir.resolve("data"), "logging.level.io.zonky=WARN"),
                Arrays.stream(properties))
            .map(property -> "--" + property)
            .toArray(String[]::new);
    return new SpringApplicationBuilder(Traguardo.class).web(WebApplicationType.NONE).run(arguments);
  }

  @Test
  void storesADraftAndRefusesToOverwriteItWithoutReplace() throws Exception {
    Path file = Files.write(dir.resolve("piano.txt"), Seed.bytes());
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = new CommandLine(new ImportCommand(this::start));
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));

    assertThat(cli.execute(file.toString(), "--entity", "prova", "--name", "Comune di Prova")).isZero();
    assertThat(out.toString()).contains("Piano 2024-2026 salvato per l'ente «prova»");
    assertThat(cli.execute(file.toString(), "--entity", "prova")).isEqualTo(1);
    assertThat(err.toString()).contains("ha già il piano 2024-2026").contains("--replace");

    try (ConfigurableApplicationContext context = start("traguardo.sample.load=false")) {
      long entityId = context.getBean(Entities.class).byCode("prova").orElseThrow().id();
      assertThat(context.getBean(Entities.class).byCode("prova").orElseThrow().name()).isEqualTo("Comune di Prova");
      assertThat(context.getBean(Plans.class).summaries(entityId))
          .singleElement()
          .satisfies(p -> assertThat(p.state()).isEqualTo(PlanState.BOZZA));
      assertThat(context.getBean(Entities.class).byCode("cedrasco")).isEmpty();
    }
  }

  @Test
  void aBadFileNeverOpensTheDatabase() throws Exception {
    Path file = Files.write(dir.resolve("vuoto.txt"), new byte[0]);
    StringWriter err = new StringWriter();
    CommandLine cli = new CommandLine(new ImportCommand(properties -> {
      throw new AssertionError("a file with errors must not start the application");
    }));
    cli.setErr(new PrintWriter(err, true));
    assertThat(cli.execute(file.toString(), "--entity", "prova")).isEqualTo(1);
    assertThat(err.toString()).contains("vuoto.txt:1: errore: Il file è vuoto");
  }
}
