package it.traguardo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import it.traguardo.support.Seed;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class CheckCommandTest {

  @TempDir Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine command = new CommandLine(new CheckCommand());
    command.setOut(new PrintWriter(out, true));
    command.setErr(new PrintWriter(err, true));
    return command.execute(args);
  }

  private Path seed() throws IOException {
    return Files.write(dir.resolve("piao.txt"), Seed.bytes());
  }

  @Test
  void printsTheSeedsFindingsAsJsonAndExitsZeroWithoutErrors() throws IOException {
    assertThat(run("--json", seed().toString())).isZero();

    JsonNode findings = JsonMapper.builder().build().readTree(out.toString()).get("findings");
    assertThat(findings.size()).isEqualTo(64);
    JsonNode citation = null;
    for (JsonNode f : findings) {
      if (f.get("rule").asString().equals("NORME_CITAZIONE_ERRATA") && f.get("objective").asString().equals("7")) {
        citation = f;
      }
    }
    assertThat(citation).isNotNull();
    assertThat(citation.get("severity").asString()).isEqualTo("AVVISO");
    assertThat(citation.get("line").asInt()).isEqualTo(312);
    assertThat(citation.get("phase").isNull()).isTrue();
    assertThat(citation.get("fix").asString()).contains("DL 24 febbraio 2023 n. 13");
    assertThat(findings.get(0).get("objective").isNull()).isTrue();
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void exitsOneWhenAFindingBlocksAdoption() throws IOException {
    Path file = dir.resolve("piano.txt");
    try (InputStream in = CheckCommandTest.class.getResourceAsStream("/it/traguardo/quality/indicator-without-target.txt")) {
      Files.write(file, in.readAllBytes());
    }
    assertThat(run(file.toString())).isEqualTo(1);
    assertThat(out.toString())
        .contains("1 errori, 4 avvisi, 1 note.")
        .contains("Errore [STRUTTURA_INDICATORE_SENZA_VALORE_ATTESO] obiettivo 1, fase 1, indicatore «Procedimenti mappati», riga 16")
        .contains("Come correggere:")
        .contains("Gli errori bloccano l'adozione");
  }

  @Test
  void aFileThatIsNotAPlanPrintsTheImportersDiagnostics() throws IOException {
    Path file = Files.writeString(dir.resolve("vuoto.txt"), "\n\n");
    assertThat(run("--json", file.toString())).isEqualTo(1);
    assertThat(err.toString()).startsWith(file + ":1: Il file è vuoto");
    assertThat(out.toString()).isEmpty();
    assertThat(run(dir.resolve("manca.txt").toString())).isEqualTo(1);
  }

  @Test
  void usageErrorsExitTwo() {
    assertThat(run()).isEqualTo(2);
    assertThat(run("--nonesiste", "x")).isEqualTo(2);
  }
}
