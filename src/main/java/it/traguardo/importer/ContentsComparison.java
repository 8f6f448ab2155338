package it.traguardo.importer;

import it.traguardo.plan.ContentsEntry;
import it.traguardo.plan.Objective;
import java.text.Normalizer;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Compares the document's own table of contents with the sheets it read. The sheets are what the plan says; the
 * contents are only checked, and every entry that does not match is reported.
 */
public final class ContentsComparison {

  private final List<ContentsEntry> contents;
  private final List<Objective> objectives;
  private final List<Diagnostic> diagnostics;

  ContentsComparison(List<ContentsEntry> contents, List<Objective> objectives, List<Diagnostic> diagnostics) {
    this.contents = contents;
    this.objectives = objectives;
    this.diagnostics = diagnostics;
  }

  void compare() {
    if (contents.isEmpty()) {
      return;
    }
    Set<Objective> listed = Collections.newSetFromMap(new IdentityHashMap<>());
    Map<Objective, String> sheetTitles = new IdentityHashMap<>();
    objectives.forEach(o -> sheetTitles.put(o, comparable(o.title())));
    for (ContentsEntry entry : contents) {
      if (entry.brokenBookmark()) {
        diagnostics.add(
            Diagnostic.warning(
                entry.line(), "Sommario: la voce «" + shown(entry) + "» ha un riferimento di pagina rotto («" + entry.page() + "»)."));
      }
      if (entry.number() == null) {
        continue;
      }
      String entryTitle = comparable(entry.title());
      Optional<Objective> byTitle = objectives.stream().filter(o -> sameComparableTitle(entryTitle, sheetTitles.get(o))).findFirst();
      if (byTitle.isPresent()) {
        Objective sheet = byTitle.get();
        listed.add(sheet);
        if (!sheet.number().equals(entry.number())) {
          diagnostics.add(
              Diagnostic.warning(
                  entry.line(),
                  "Sommario: la voce «" + shown(entry) + "» corrisponde alla scheda numero " + sheet.number() + " (riga " + sheet.line() + "); vale la scheda."));
        }
        continue;
      }
      Optional<Objective> byNumber = objectives.stream().filter(o -> o.number().equals(entry.number())).findFirst();
      diagnostics.add(
          Diagnostic.warning(
              entry.line(),
              byNumber
                  .map(o -> "Sommario: la voce «" + shown(entry) + "» non corrisponde a nessuna scheda; la scheda " + o.number() + " è «" + o.title() + "».")
                  .orElse("Sommario: la voce «" + shown(entry) + "» non corrisponde a nessuna scheda.")));
    }
    for (Objective objective : objectives) {
      if (!listed.contains(objective)) {
        diagnostics.add(
            Diagnostic.warning(
                objective.line(), "L'obiettivo «" + objective.heading() + "» non compare nel sommario con il suo titolo."));
      }
    }
  }

  private static String shown(ContentsEntry entry) {
    return entry.number() == null ? entry.title() : entry.number() + ". " + entry.title();
  }

  /**
   * Whether a contents entry designates a sheet by title: entries may be cut short; case, accents and punctuation do
   * not count. Public for the plan checks, which report the same mismatches as findings.
   */
  public static boolean sameTitle(String entry, String sheet) {
    return sameComparableTitle(comparable(entry), comparable(sheet));
  }

  /** {@link #sameTitle} on titles already made comparable, for the loop over every entry and sheet. */
  private static boolean sameComparableTitle(String entry, String sheet) {
    return !entry.isEmpty() && (entry.equals(sheet) || sheet.startsWith(entry) || entry.startsWith(sheet));
  }

  private static String comparable(String title) {
    String plain = Normalizer.normalize(title, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip();
  }
}
