package it.traguardo.quality;

import java.util.Objects;

/**
 * Something a check found, located in the plan.
 *
 * @param rule the stable id of the rule ("STRUTTURA_INDICATORE_FASE_INESISTENTE")
 * @param severity how much it matters
 * @param objective the number of the objective it concerns, or null when it concerns the whole plan
 * @param phase the phase number it concerns, or null
 * @param indicator the indicator's name (or "indicatore n. 3" when it has none), or null
 * @param line the source line when the plan was read from a file, or null
 * @param message what is wrong, in Italian
 * @param fix how to put it right, in Italian
 */
public record Finding(
    String rule,
    Severity severity,
    String objective,
    Integer phase,
    String indicator,
    Integer line,
    String message,
    String fix) {

  public Finding {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(fix, "fix");
  }

  /** "obiettivo 7, fase 2, indicatore «…», riga 240", or "piano" when it concerns the whole plan. */
  public String where() {
    StringBuilder out = new StringBuilder();
    if (objective != null) {
      out.append("obiettivo ").append(objective);
    }
    if (phase != null) {
      out.append(out.isEmpty() ? "" : ", ").append("fase ").append(phase);
    }
    if (indicator != null) {
      out.append(out.isEmpty() ? "" : ", ").append("indicatore «").append(indicator).append('»');
    }
    if (out.isEmpty()) {
      out.append("piano");
    }
    if (line != null) {
      out.append(", riga ").append(line);
    }
    return out.toString();
  }
}
