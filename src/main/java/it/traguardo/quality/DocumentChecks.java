package it.traguardo.quality;

import it.traguardo.importer.ContentsComparison;
import it.traguardo.plan.ContentsEntry;
import it.traguardo.plan.Objective;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The document's own table of contents against its sheets. The sheets are what the plan says; the contents are
 * matched to them by title as the importer does ({@link ContentsComparison#sameTitle}). A plan without a table of
 * contents has nothing to compare.
 */
final class DocumentChecks {

  private DocumentChecks() {}

  static List<Check> all() {
    return List.of(
        new Rule("DOCUMENTO_VOCE_SENZA_SCHEDA", DocumentChecks::entryWithoutSheet),
        new Rule("DOCUMENTO_VOCE_NUMERO_DIVERSO", DocumentChecks::entryWithOtherNumber),
        new Rule("DOCUMENTO_SCHEDA_FUORI_SOMMARIO", DocumentChecks::sheetNotListed),
        new Rule("DOCUMENTO_SEGNALIBRO_ROTTO", DocumentChecks::brokenBookmark));
  }

  private static Optional<Objective> sheetOf(ContentsEntry entry, List<Objective> objectives) {
    return objectives.stream().filter(o -> ContentsComparison.sameTitle(entry.title(), o.title())).findFirst();
  }

  private static List<ContentsEntry> objectiveEntries(PlanUnderCheck under) {
    return under.plan().contents().stream().filter(e -> e.number() != null).toList();
  }

  private static void entryWithoutSheet(PlanUnderCheck under, Findings out) {
    List<Objective> objectives = under.plan().objectives();
    for (ContentsEntry entry : objectiveEntries(under)) {
      if (sheetOf(entry, objectives).isEmpty()) {
        out.at(
            Severity.AVVISO, null, null, null, entry.line(),
            "Il sommario elenca «" + shown(entry) + "», ma nessuna scheda ha questo titolo.",
            "Togliere la voce dal sommario o aggiungere la scheda dell'obiettivo, poi aggiornare il sommario.");
      }
    }
  }

  private static void entryWithOtherNumber(PlanUnderCheck under, Findings out) {
    List<Objective> objectives = under.plan().objectives();
    for (ContentsEntry entry : objectiveEntries(under)) {
      sheetOf(entry, objectives)
          .filter(sheet -> !sheet.number().strip().equals(entry.number().strip()))
          .ifPresent(sheet -> out.at(
              Severity.AVVISO, sheet.number(), null, null, entry.line(),
              "Il sommario numera «" + shown(entry) + "», ma la scheda con questo titolo è l'obiettivo " + sheet.number() + ".",
              "Aggiornare il sommario (in Word: «Aggiorna tabella», intera tabella)."));
    }
  }

  private static void sheetNotListed(PlanUnderCheck under, Findings out) {
    List<ContentsEntry> entries = objectiveEntries(under);
    if (entries.isEmpty()) {
      return;
    }
    Set<Objective> listed = new HashSet<>();
    entries.forEach(e -> sheetOf(e, under.plan().objectives()).ifPresent(listed::add));
    for (Objective o : under.plan().objectives()) {
      if (!listed.contains(o)) {
        out.inObjective(
            Severity.AVVISO, o, "L'obiettivo «" + o.heading() + "» non compare nel sommario con il suo titolo.",
            "Aggiornare il sommario (in Word: «Aggiorna tabella», intera tabella).");
      }
    }
  }

  private static void brokenBookmark(PlanUnderCheck under, Findings out) {
    for (ContentsEntry entry : under.plan().contents()) {
      if (entry.brokenBookmark()) {
        out.at(
            Severity.INFO, null, null, null, entry.line(),
            "La voce del sommario «" + shown(entry) + "» ha un riferimento di pagina rotto («" + entry.page() + "»).",
            "Aggiornare il sommario in Word, oppure togliere la voce se la scheda non esiste più.");
      }
    }
  }

  private static String shown(ContentsEntry entry) {
    return entry.number() == null ? entry.title() : entry.number() + ". " + entry.title();
  }
}
