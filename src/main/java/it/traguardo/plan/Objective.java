package it.traguardo.plan;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * An objective sheet ("scheda obiettivo").
 *
 * @param id database id, or null
 * @param number the objective number as written ("7")
 * @param kind transversal or sectoral
 * @param title the objective title ("Definizione obiettivo")
 * @param unit the owner unit of a sectoral objective ("Servizio 1 – Finanziario - Amministrativo"), or null
 * @param description the "Descrizione" paragraphs, or null
 * @param assignment the "Assegnazione obiettivo" text as written, or null
 * @param phases the phases in document order
 * @param budgetLinks the budget links in document order
 * @param indicators the indicators in document order
 * @param characteristics risk, strategic degree and public-value impact
 * @param narrative the "Stato di attuazione" text, or null while not written
 * @param line the source line of the objective's title, or null
 * @param weight the objective's weight in percent among the manager's objectives, or null when not weighted
 * @param dimensions the PIAO dimensions the objective serves
 * @param managerIds the persons named as its managers; empty when the managers of its unit answer for it
 */
public record Objective(
    Long id,
    String number,
    ObjectiveKind kind,
    String title,
    String unit,
    String description,
    String assignment,
    List<Phase> phases,
    List<BudgetLink> budgetLinks,
    List<Indicator> indicators,
    Characteristics characteristics,
    String narrative,
    Integer line,
    BigDecimal weight,
    Set<Dimension> dimensions,
    List<Long> managerIds) {

  public Objective {
    phases = List.copyOf(phases);
    budgetLinks = List.copyOf(budgetLinks);
    indicators = List.copyOf(indicators);
    characteristics = characteristics == null ? Characteristics.NONE : characteristics;
    dimensions = dimensions.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(dimensions));
    managerIds = List.copyOf(managerIds);
  }

  /** An objective as a document states it: no weight, dimensions or named managers. */
  public Objective(
      Long id,
      String number,
      ObjectiveKind kind,
      String title,
      String unit,
      String description,
      String assignment,
      List<Phase> phases,
      List<BudgetLink> budgetLinks,
      List<Indicator> indicators,
      Characteristics characteristics,
      String narrative,
      Integer line) {
    this(
        id, number, kind, title, unit, description, assignment, phases, budgetLinks, indicators, characteristics,
        narrative, line, null, Set.of(), List.of());
  }

  public String heading() {
    return number + ". " + title;
  }
}
