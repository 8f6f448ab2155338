package it.traguardo.plan;

import java.util.List;
import java.util.Objects;

/**
 * The performance sub-section of a PIAO as the ente wrote it: the definition of objectives, phases and indicators,
 * apart from the values measured later. Imported plans carry no ids; stored plans carry the database ids.
 *
 * @param id database id, or null when the plan was only read from a file
 * @param entityName the ente as written on the cover ("Comune di Cedrasco")
 * @param province the province line of the cover, or null
 * @param title the document title ("Piano Integrato di Attività ed Organizzazione 2024-2026")
 * @param premise the methodological premise before the objective sheets, or null
 * @param contents the table of contents as written in the document (empty when it has none)
 */
public record Plan(
    Long id,
    String entityName,
    String province,
    String title,
    int firstYear,
    int lastYear,
    String premise,
    List<ContentsEntry> contents,
    List<Objective> objectives) {

  public Plan {
    Objects.requireNonNull(entityName, "entityName");
    contents = List.copyOf(contents);
    objectives = List.copyOf(objectives);
  }

  public boolean covers(int year) {
    return year >= firstYear && year <= lastYear;
  }

  /** The year a page measures: the one asked for when the plan covers it, else the current one brought inside the plan's period. */
  public int yearToMeasure(Integer asked, int currentYear) {
    if (asked != null && covers(asked)) {
      return asked;
    }
    return Math.max(firstYear, Math.min(lastYear, currentYear));
  }

  public Plan withId(Long newId) {
    return new Plan(newId, entityName, province, title, firstYear, lastYear, premise, contents, objectives);
  }
}
