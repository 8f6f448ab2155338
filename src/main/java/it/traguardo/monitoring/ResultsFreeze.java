package it.traguardo.monitoring;

import java.util.Map;
import java.util.Optional;

/**
 * Which years of a plan the Nucleo di Valutazione has validated: their results no longer change, so no value is
 * recorded for them and the values they were validated with stay the ones that count. The evaluation module answers
 * (monitoring does not depend on it); without an implementation no year is frozen.
 */
public interface ResultsFreeze {

  /**
   * The achieved values of a validated year as they stood at validation, by indicator id (indicators without a
   * value are absent); empty while the year is open.
   */
  Optional<Map<Long, String>> frozenValues(long entityId, long planId, int year);
}
