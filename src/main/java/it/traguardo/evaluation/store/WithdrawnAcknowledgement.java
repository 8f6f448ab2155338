package it.traguardo.evaluation.store;

import it.traguardo.evaluation.EvaluationRecorded;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** The audit record of an EQ's acknowledgement withdrawn because the figures of their sheet changed. */
final class WithdrawnAcknowledgement {

  private static final DateTimeFormatter ITALIAN_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private WithdrawnAcknowledgement() {}

  static EvaluationRecorded event(
      long entityId, long planId, int year, String name, LocalDate acknowledgedOn, String acknowledgedBy, String by) {
    return new EvaluationRecorded(
        entityId, planId, null, year, "PRESA_VISIONE_ANNULLATA",
        "Presa visione della scheda di valutazione " + year + " di " + name + " annullata: la scheda è cambiata",
        "presa visione del " + ITALIAN_DATE.format(acknowledgedOn) + " (" + acknowledgedBy + ")", "da ripetere sulla scheda aggiornata",
        by);
  }
}
