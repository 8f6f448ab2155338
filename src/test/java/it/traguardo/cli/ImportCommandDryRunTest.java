package it.traguardo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import it.traguardo.support.Seed;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code import --dry-run}: the plan on stdout, diagnostics on stderr, exit codes, and no database at all. */
class ImportCommandDryRunTest {

  @TempDir Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cli = new CommandLine(new ImportCommand(properties -> {
      throw new AssertionError("a dry run must not start the application");
    }));
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }

  @Test
  void printsThePlanAsJsonThatMatchesTheDocumentedSchema() throws Exception {
    Path file = Files.write(dir.resolve("piano.txt"), Seed.bytes());
    assertThat(run("--dry-run", "--json", file.toString())).isZero();
    JsonNode plan = new ObjectMapper().readTree(out.toString());
    JsonSchema schema =
        JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
            .getSchema(Files.newInputStream(Path.of("docs/formats/plan.schema.json")));
    assertThat(schema.validate(plan)).isEmpty();
    assertThat(plan.at("/entity/name").asText()).isEqualTo("Comune di Cedrasco");
    assertThat(plan.at("/objectives/6/number").asText()).isEqualTo("7");
    assertThat(plan.at("/objectives/6/kind").asText()).isEqualTo("SECTORAL");
    assertThat(plan.at("/objectives/6/unit").asText()).isEqualTo("Servizio 1 – Finanziario - Amministrativo");
    assertThat(plan.at("/objectives/6/budgetLinks/0/mission").asText()).isEqualTo("01");
    assertThat(plan.at("/objectives/6/budgetLinks/0/programme").asText()).isEqualTo("08");
    assertThat(plan.at("/objectives/6/indicators/0/target/text").asText()).isEqualTo("< 0");
    assertThat(plan.at("/objectives/6/indicators/0/target/comparator").asText()).isEqualTo("LT");
    assertThat(plan.at("/objectives/6/indicators/0/target/sentence").asText()).isEqualTo("meno di 0");
    assertThat(plan.at("/objectives/6/indicators/0/polarity").asText()).isEqualTo("LOWER_IS_BETTER");
    assertThat(plan.at("/objectives/7/indicators/0/target/deadline").asText()).isEqualTo("2024-10-31");
    assertThat(plan.at("/objectives/6/characteristics/publicValueImpact").isNull()).isTrue();
    assertThat(plan.at("/objectives/0/unit").isNull()).isTrue();
    assertThat(plan.at("/objectives/0/phases/0/years").toString()).isEqualTo("[2024,2025,2026]");
    assertThat(plan.at("/diagnostics/0/severity").asText()).isEqualTo("WARNING");
    assertThat(err.toString()).contains("piano.txt:240: avviso: L'indicatore «Livello di adeguamento al CAD");
  }

  @Test
  void aBadFileExitsWithOneAndTheLineWithoutStackTrace() throws Exception {
    Path file = Files.write(dir.resolve("rotto.txt"), "COMUNE DI PROVA\nPiano 2024-2026\n\u0000\u0001".getBytes(StandardCharsets.UTF_8));
    assertThat(run("--dry-run", "--json", file.toString())).isEqualTo(1);
    assertThat(out.toString()).isEmpty();
    assertThat(err.toString()).contains("rotto.txt:3: errore: Il file non è un testo").doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void wrongUsageExitsWithTwo() {
    assertThat(run("--dry-run")).isEqualTo(2);
    assertThat(run("--dry-run", "--no-such-option", "x.txt")).isEqualTo(2);
    assertThat(run("piano.txt")).isEqualTo(2);
  }

  @Test
  void aMissingFileExitsWithOne() {
    assertThat(run("--dry-run", dir.resolve("manca.txt").toString())).isEqualTo(1);
    assertThat(err.toString()).contains("manca.txt: file non trovato.");
  }
}
