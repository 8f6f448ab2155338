package it.traguardo.cli;

import it.traguardo.catalog.BudgetCatalog;
import it.traguardo.importer.Diagnostic;
import it.traguardo.importer.ImportResult;
import it.traguardo.importer.PlanImportService;
import it.traguardo.importer.PlanTextImporter;
import it.traguardo.plan.PlanJson;
import it.traguardo.plan.PlanState;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code import}: reads a plan file, and stores it in an ente unless {@code --dry-run}. */
@Command(
    name = "import",
    description = "Importa un piano della performance (testo esportato da Word, tabelle separate da tabulazioni).",
    mixinStandardHelpOptions = true)
final class ImportCommand implements Callable<Integer> {

  private final ApplicationStarter application;

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "Il file del piano.")
  Path file;

  @Option(names = "--dry-run", description = "Legge il file senza salvare nulla e senza aprire il database.")
  boolean dryRun;

  @Option(names = "--json", description = "Stampa il piano letto in JSON.")
  boolean json;

  @Option(names = "--entity", paramLabel = "CODE", description = "Codice dell'ente (es. cedrasco).")
  String entity;

  @Option(names = "--name", paramLabel = "NOME", description = "Nome dell'ente, se va creato (es. \"Comune di Cedrasco\").")
  String name;

  @Option(names = "--replace", description = "Sostituisce il piano dello stesso periodo già presente.")
  boolean replace;

  ImportCommand(ApplicationStarter application) {
    this.application = application;
  }

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!dryRun && entity == null) {
      err.println("Indicare l'ente con --entity CODE, oppure usare --dry-run.");
      return 2;
    }
    if (!Files.isRegularFile(file)) {
      err.println(file + ": file non trovato.");
      return 1;
    }
    BudgetCatalog catalog = BudgetCatalog.standard();
    ImportResult result = new PlanTextImporter(catalog).read(Files.readAllBytes(file));
    result.diagnostics().forEach(d -> err.println(file + ":" + (d.line() == null ? "" : d.line() + ":") + " " + label(d) + ": " + d.message()));
    if (result.hasErrors()) {
      return 1;
    }
    if (dryRun) {
      printDryRun(out, result, catalog);
      return 0;
    }
    return store(out, err, result);
  }

  private void printDryRun(PrintWriter out, ImportResult result, BudgetCatalog catalog) {
    var plan = result.planOrNull();
    if (!json) {
      out.printf(
          "%s, piano %d-%d: %d obiettivi, %d indicatori.%n",
          plan.entityName(),
          plan.firstYear(),
          plan.lastYear(),
          plan.objectives().size(),
          plan.objectives().stream().mapToInt(o -> o.indicators().size()).sum());
      return;
    }
    JsonMapper mapper = JsonMapper.builder().build();
    ObjectNode root = new PlanJson(mapper, catalog).write(plan);
    ArrayNode diagnostics = root.putArray("diagnostics");
    for (Diagnostic d : result.diagnostics()) {
      ObjectNode node = diagnostics.addObject();
      node.put("severity", d.severity().name());
      node.put("line", d.line());
      node.put("message", d.message());
    }
    out.println(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root));
  }

  private int store(PrintWriter out, PrintWriter err, ImportResult result) {
    try (ConfigurableApplicationContext context = application.start("traguardo.sample.load=false")) {
      PlanImportService.Outcome outcome =
          context
              .getBean(PlanImportService.class)
              .store(
                  result.planOrNull(), entity, name, replace, file.getFileName().toString(), "riga di comando",
                  result.diagnostics(), PlanState.BOZZA, null);
      if (outcome.refused()) {
        err.println(outcome.message());
        return 1;
      }
      out.println(outcome.message());
      return 0;
    }
  }

  private static String label(Diagnostic d) {
    return switch (d.severity()) {
      case ERROR -> "errore";
      case WARNING -> "avviso";
      case INFO -> "nota";
    };
  }
}
