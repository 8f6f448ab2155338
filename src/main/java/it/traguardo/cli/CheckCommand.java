package it.traguardo.cli;

import it.traguardo.catalog.BudgetCatalog;
import it.traguardo.importer.ImportResult;
import it.traguardo.importer.PlanTextImporter;
import it.traguardo.quality.Finding;
import it.traguardo.quality.PlanChecker;
import it.traguardo.quality.PlanUnderCheck;
import it.traguardo.quality.Severity;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code check}: reads a plan file and prints what is wrong with it, without opening the database. Exits 1 when a
 * finding blocks adoption (an ERRORE) or the file is not a plan, so scripts can gate on it.
 */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = "Verifica un piano della performance (testo esportato da Word) prima dell'adozione.")
public final class CheckCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "Il file del piano.")
  Path file;

  @Option(names = "--json", description = "Stampa le segnalazioni in JSON.")
  boolean json;

  public CheckCommand() {}

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!Files.isRegularFile(file)) {
      err.println(file + ": file non trovato.");
      return 1;
    }
    BudgetCatalog catalog = BudgetCatalog.standard();
    ImportResult result = new PlanTextImporter(catalog).read(Files.readAllBytes(file));
    if (result.plan().isEmpty()) {
      result.diagnostics().forEach(d -> err.println(file + ":" + (d.line() == null ? "" : d.line() + ":") + " " + d.message()));
      return 1;
    }
    List<Finding> findings = new PlanChecker(catalog).check(PlanUnderCheck.of(result.planOrNull()));
    if (json) {
      out.println(toJson(findings));
    } else {
      printReadable(out, findings);
    }
    return PlanChecker.blocksAdoption(findings) ? 1 : 0;
  }

  private static String toJson(List<Finding> findings) {
    JsonMapper mapper = JsonMapper.builder().build();
    ObjectNode root = mapper.createObjectNode();
    ArrayNode list = root.putArray("findings");
    for (Finding f : findings) {
      ObjectNode node = list.addObject();
      node.put("rule", f.rule());
      node.put("severity", f.severity().name());
      node.put("objective", f.objective());
      node.put("phase", f.phase());
      node.put("indicator", f.indicator());
      node.put("line", f.line());
      node.put("message", f.message());
      node.put("fix", f.fix());
    }
    return mapper.writeValueAsString(root);
  }

  private void printReadable(PrintWriter out, List<Finding> findings) {
    out.printf(
        "%s: %d errori, %d avvisi, %d note.%n", file, count(findings, Severity.ERRORE), count(findings, Severity.AVVISO),
        count(findings, Severity.INFO));
    for (Finding f : findings) {
      out.printf("%n%s [%s] %s%n  %s%n  Come correggere: %s%n", f.severity().label(), f.rule(), f.where(), f.message(), f.fix());
    }
    out.println();
    out.println(
        PlanChecker.blocksAdoption(findings)
            ? "Gli errori bloccano l'adozione del piano finché non sono corretti."
            : "Nessun errore blocca l'adozione del piano.");
  }

  private static long count(List<Finding> findings, Severity severity) {
    return findings.stream().filter(f -> f.severity() == severity).count();
  }
}
