package it.traguardo.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The subcommands of {@code java -jar traguardo.jar}. Without one the jar runs the server; with one, only the
 * subcommand runs, and only {@code import} without {@code --dry-run} opens the database.
 */
@Command(
    name = "traguardo",
    mixinStandardHelpOptions = true,
    description = "Traguardo: ciclo della performance degli enti pubblici.",
    subcommands = {CommandLine.HelpCommand.class})
public final class TraguardoCli {

  private static final Set<String> SUBCOMMANDS = Set.of("import", "evaluate", "payments", "check", "export", "help");

  private TraguardoCli() {}

  /** Whether the arguments ask for a subcommand rather than the server. */
  public static boolean handles(String[] args) {
    return args.length > 0 && (SUBCOMMANDS.contains(args[0]) || args[0].equals("--help") || args[0].equals("-h"));
  }

  public static int run(String[] args, ApplicationStarter application) {
    CommandLine commandLine = new CommandLine(new TraguardoCli());
    commandLine.addSubcommand(new ImportCommand(application));
    commandLine.addSubcommand(new ExportCommand());
    commandLine.addSubcommand(new PaymentsCommand());
    commandLine.addSubcommand(new EvaluateCommand());
    commandLine.addSubcommand(new CheckCommand());
    commandLine.setOut(new PrintWriter(System.out, true, StandardCharsets.UTF_8));
    commandLine.setErr(new PrintWriter(System.err, true, StandardCharsets.UTF_8));
    return commandLine.execute(args);
  }
}
