package it.traguardo.dashboard;

import it.traguardo.deadlines.Deadline;

/**
 * What the person viewing a dashboard still owes for the ente's current checkpoint: the box "Le mie scadenze". Plain
 * Java.
 *
 * @param planned whether an adopted plan covers the checkpoint's year (else nothing can be due)
 * @param items how many of their items are still missing
 * @param overdue how many of those are overdue
 */
public record Owed(Deadline deadline, boolean planned, int items, long overdue) {

  /** In Italian: "68 voci da compilare per la rilevazione intermedia 2024 (scadenza 30/06/2024), di cui 68 in ritardo." */
  public String summary() {
    String of = deadline.label() + " (scadenza " + deadline.italianDate() + ")";
    if (!planned) {
      return "Nessun piano adottato copre la " + of + ".";
    }
    if (items == 0) {
      return "Nessuna voce da compilare per la " + of + ".";
    }
    return (items == 1 ? "1 voce" : items + " voci") + " da compilare per la " + of + ", "
        + (overdue == 0 ? (items == 1 ? "non in ritardo." : "nessuna in ritardo.") : "di cui " + overdue + " in ritardo.");
  }
}
