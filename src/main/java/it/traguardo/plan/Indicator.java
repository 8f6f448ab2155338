package it.traguardo.plan;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An indicator of an objective, with its target ("Valore atteso") kept verbatim.
 *
 * @param id database id, or null
 * @param phase the phase number written before the name ("2- N. sedute" → 2), or null when none is written
 * @param name the indicator name without the phase number
 * @param extra extra columns of the indicator table by header ("Azione" → its lines), in document order
 * @param target the target text as written, or null when the cell is empty
 * @param achieved the "Raggiunto" cell as written, or null when empty
 * @param line the source line, or null
 * @param weight the indicator's weight in percent within its objective, or null when not weighted
 */
public record Indicator(
    Long id,
    Integer phase,
    String name,
    Map<String, List<String>> extra,
    String target,
    String achieved,
    Integer line,
    BigDecimal weight) {

  public Indicator {
    Map<String, List<String>> ordered = new LinkedHashMap<>();
    extra.forEach((column, lines) -> ordered.put(column, List.copyOf(lines)));
    extra = Collections.unmodifiableMap(ordered);
  }

  /** An indicator as a document states it, without a weight. */
  public Indicator(
      Long id, Integer phase, String name, Map<String, List<String>> extra, String target, String achieved, Integer line) {
    this(id, phase, name, extra, target, achieved, line, null);
  }
}
