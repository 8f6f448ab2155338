package it.traguardo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class EvaluateCommandTest {

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine command = new CommandLine(new EvaluateCommand());
    command.setOut(new PrintWriter(out, true));
    command.setErr(new PrintWriter(err, true));
    return command.execute(args);
  }

  @Test
  void printsTheParsedTargetAndItsAchievementAsJson() {
    int exit = run("--target", "Almeno 80%", "--year", "2024", "--actual", "60%", "--json");

    assertThat(exit).isZero();
    assertThat(out.toString().strip()).isEqualTo(
        "{\"kind\":\"PERCENT\",\"comparator\":\"GE\",\"value\":80,\"unit\":\"%\",\"deadline\":null,"
            + "\"sentence\":\"almeno l'80%\",\"polarity\":\"HIGHER_IS_BETTER\",\"achievement\":0.00,"
            + "\"status\":\"NON_RAGGIUNTO\"}");
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void usesTheIndicatorNameForPolarityAndPrintsDeadlines() {
    assertThat(run("--target", "10", "--year", "2024", "--actual", "12",
        "--indicator", "Criticità segnalate", "--json")).isZero();
    assertThat(out.toString()).contains("\"polarity\":\"LOWER_IS_BETTER\"", "\"achievement\":80.00",
        "\"status\":\"PARZIALMENTE_RAGGIUNTO\"", "\"value\":10");

    out.getBuffer().setLength(0);
    assertThat(run("--target", "Entro il 31.12 anno precedente", "--year", "2025", "--json")).isZero();
    assertThat(out.toString()).contains("\"kind\":\"DEADLINE\"", "\"deadline\":\"2024-12-31\"",
        "\"sentence\":\"entro il 31/12/2024\"", "\"achievement\":null", "\"status\":\"NON_VALUTABILE\"");
  }

  @Test
  void namedDatesComeFromTheCommandLine() {
    assertThat(run("--target", "Entro la scadenza fiscale", "--year", "2024", "--actual", "20/04/2025",
        "--named-date", "scadenza fiscale=2025-04-30", "--json")).isZero();
    assertThat(out.toString()).contains("\"deadline\":\"2025-04-30\"", "\"status\":\"RAGGIUNTO\"");
  }

  @Test
  void writesLargeValuesWithoutExponent() {
    assertThat(run("--target", "1.000", "--year", "2024", "--polarity", "EXACT", "--json")).isZero();
    assertThat(out.toString()).contains("\"value\":1000,", "\"polarity\":\"EXACT\"");
  }

  @Test
  void printsAnItalianLineWithoutJson() {
    assertThat(run("--target", "< 5", "--year", "2024", "--actual", "3")).isZero();
    assertThat(out.toString()).contains("meno di 5", "100,00%", "raggiunto");
  }

  @Test
  void unreadableActualExitsWithOneAndAnItalianMessage() {
    int exit = run("--target", "SI", "--year", "2024", "--actual", "forse", "--json");

    assertThat(exit).isEqualTo(1);
    assertThat(out.toString()).isEmpty();
    assertThat(err.toString())
        .contains("Valore raggiunto «forse» non valido")
        .doesNotContain("Exception", "\tat ");
  }

  @Test
  void usageErrorsExitWithTwo() {
    assertThat(run("--year", "2024")).isEqualTo(2);
    assertThat(run("--target", "SI", "--year", "duemila")).isEqualTo(2);
    assertThat(run("--target", "SI", "--year", "2024", "--polarity", "UP")).isEqualTo(2);
    assertThat(run("--target", "SI", "--year", "2024", "--unknown")).isEqualTo(2);
    assertThat(run("--target", "Entro la scadenza", "--year", "2024", "--named-date", " =2025-01-31"))
        .isEqualTo(2);
    assertThat(run("--target", "Entro la scadenza", "--year", "2024", "--named-date", "scadenza=31/01/2025"))
        .isEqualTo(2);
    assertThat(out.toString()).isEmpty();
  }
}
