package it.traguardo.plan;

import java.util.List;

/**
 * A phase ("Descrizione/Fasi") of an objective.
 *
 * @param id database id, or null
 * @param number the phase number as written
 * @param description the phase text
 * @param horizon the "Orizzonte temporale" as written ("2024/25/26")
 * @param years the years the horizon covers
 * @param assignee who the phase is assigned to, as written, or null
 * @param line the source line, or null
 */
public record Phase(
    Long id, int number, String description, String horizon, List<Integer> years, String assignee, Integer line) {

  public Phase {
    years = List.copyOf(years);
  }
}
