package it.traguardo.plan;

import java.util.List;

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
    Integer line) {

  public Objective {
    phases = List.copyOf(phases);
    budgetLinks = List.copyOf(budgetLinks);
    indicators = List.copyOf(indicators);
    characteristics = characteristics == null ? Characteristics.NONE : characteristics;
  }

  public String heading() {
    return number + ". " + title;
  }
}
