package it.traguardo.payments;

import java.util.List;

/**
 * An invoice register import was stored: the values of the plan indicators bound to a payment metric now come
 * from it.
 *
 * @param boundIndicators the names of the indicators whose computed value this import feeds
 */
public record PaymentsImported(
    long entityId, long importId, List<String> fileNames, List<Integer> years, List<String> boundIndicators, String by) {}
