package it.traguardo.evaluation;

import java.util.Map;
import java.util.Optional;

/** What a year's evaluation publishes: the validation, the NdV's notes, the result-pay figures of art. 20. */
public interface EvaluationPublication {

  Optional<ValidatedYear> validation(long entityId, long planId, int year);

  /** The Nucleo di Valutazione's notes on the objectives, by objective id. */
  Map<Long, String> evaluatorNotes(long entityId, long planId, int year);

  /**
   * The figures of d.lgs. 33/2013 art. 20 for the year: present once the year is validated and every EQ has an
   * amount.
   */
  Optional<PayDistribution> resultPay(long entityId, long planId, int year);
}
