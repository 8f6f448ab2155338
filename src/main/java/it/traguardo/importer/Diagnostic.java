package it.traguardo.importer;

/**
 * Something the importer noticed, located at a line of the source (1-based; null when it concerns the whole file).
 *
 * @param message Italian, for the person who wrote the plan
 */
public record Diagnostic(Severity severity, Integer line, String message) {

  public enum Severity {
    ERROR,
    WARNING,
    INFO
  }

  public static Diagnostic error(Integer line, String message) {
    return new Diagnostic(Severity.ERROR, line, message);
  }

  public static Diagnostic warning(Integer line, String message) {
    return new Diagnostic(Severity.WARNING, line, message);
  }

  public static Diagnostic info(Integer line, String message) {
    return new Diagnostic(Severity.INFO, line, message);
  }

  /** "riga 12: message", or the message alone when it has no line. */
  public String located() {
    return line == null ? message : "riga " + line + ": " + message;
  }
}
