package it.traguardo.monitoring.web;

import java.util.List;
import java.util.Map;

/**
 * What the conflict page shows when someone saved the same thing in between: the saved version and the caller's,
 * cell by cell, and a form that resubmits the caller's version against the saved one, so nothing is lost.
 *
 * @param heading the page's heading ("Il valore è stato modificato nel frattempo")
 * @param subject what was changed, after "un altro utente ha salvato" ("un valore per «Indicatore»")
 * @param columns the headings of the compared fields
 * @param theirs the saved version's fields, or empty when it has none
 * @param theirsBy who saved it and when, or null
 * @param yours the caller's fields, in the same order
 * @param action where the form resubmits
 * @param resubmit the form's fields, with the saved version's version number
 * @param back the page that keeps the saved version
 */
record ConflictView(
    String heading,
    String subject,
    List<String> columns,
    List<String> theirs,
    String theirsBy,
    List<String> yours,
    String action,
    Map<String, String> resubmit,
    String back) {}
