package it.traguardo.cli;

import it.traguardo.measure.Achievement;
import it.traguardo.measure.Actual;
import it.traguardo.measure.InvalidActualException;
import it.traguardo.measure.NamedDates;
import it.traguardo.measure.Polarity;
import it.traguardo.measure.PolarityAssessment;
import it.traguardo.measure.ScoringPolicy;
import it.traguardo.measure.Target;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code evaluate}: reads a target, optionally scores an achieved value against it with the default SMVP, and
 * prints the result, so targets can be checked from scripts without starting the application.
 */
@Command(
    name = "evaluate",
    mixinStandardHelpOptions = true,
    description = "Legge un valore atteso e, se indicato, calcola il grado di raggiungimento (SMVP predefinito).")
public final class EvaluateCommand implements Callable<Integer> {

  private static final JsonMapper JSON =
      JsonMapper.builder().enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).build();

  @Spec
  private CommandSpec spec;

  @Option(names = "--target", required = true, description = "Valore atteso, come scritto nel piano")
  private String targetText;

  @Option(names = "--year", required = true, description = "Anno misurato (AAAA)")
  private int year;

  @Option(names = "--actual", description = "Valore raggiunto, come scritto dal responsabile")
  private String actualText;

  @Option(names = "--polarity", description = "Polarità: ${COMPLETION-CANDIDATES}")
  private Polarity polarity;

  @Option(names = "--indicator", description = "Nome dell'indicatore, per dedurre la polarità")
  private String indicatorName;

  @Option(
      names = "--named-date",
      paramLabel = "NOME=AAAA-MM-GG",
      description = "Data di una scadenza con nome per l'anno misurato, es. \"scadenza fiscale=2025-04-30\"")
  private Map<String, LocalDate> namedDates = Map.of();

  @Option(names = "--json", description = "Stampa il risultato come oggetto JSON")
  private boolean json;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    NamedDates calendar = calendar();
    Target target = Target.parse(targetText);
    PolarityAssessment assessment = PolarityAssessment.assess(indicatorName, target, polarity);
    Actual actual;
    try {
      actual = Actual.parse(actualText, target);
    } catch (InvalidActualException unreadable) {
      err.println(unreadable.getMessage());
      err.flush();
      return 1;
    }
    Achievement achievement =
        ScoringPolicy.standard().score(target, assessment.polarity(), actual, year, calendar);
    out.println(json
        ? json(target, calendar, assessment, achievement)
        : line(target, assessment, achievement));
    out.flush();
    return 0;
  }

  private NamedDates calendar() {
    NamedDates calendar = NamedDates.empty();
    for (Map.Entry<String, LocalDate> entry : namedDates.entrySet()) {
      if (entry.getKey().isBlank()) {
        throw new CommandLine.ParameterException(spec.commandLine(),
            "--named-date: indicare il nome della scadenza prima di '='");
      }
      calendar = calendar.with(year, entry.getKey(), entry.getValue());
    }
    return calendar;
  }

  private String json(
      Target target, NamedDates calendar, PolarityAssessment assessment, Achievement achievement) {
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("kind", target.kind().name());
    result.put("comparator", target.comparator() == null ? null : target.comparator().name());
    result.put("value", target.value());
    result.put("unit", target.unit());
    result.put("deadline", target.deadlineFor(year, calendar).map(LocalDate::toString).orElse(null));
    result.put("sentence", target.sentence(year));
    result.put("polarity", assessment.polarity().name());
    result.put("achievement", achievement.percentage().orElse(null));
    result.put("status", achievement.status().name());
    return JSON.writeValueAsString(result);
  }

  private String line(Target target, PolarityAssessment assessment, Achievement achievement) {
    String percentage = achievement.percentage().map(EvaluateCommand::italian).orElse("—");
    return "Valore atteso: " + target.sentence(year)
        + " · polarità: " + assessment.polarity().label()
        + " · raggiungimento: " + percentage
        + " (" + achievement.status().label() + ": " + achievement.explanation() + ")";
  }

  private static String italian(BigDecimal percentage) {
    return percentage.toPlainString().replace('.', ',') + "%";
  }
}
