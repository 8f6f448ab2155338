package it.traguardo.quality;

import it.traguardo.catalog.BudgetCatalog;
import it.traguardo.plan.BudgetLink;
import it.traguardo.plan.Objective;
import java.util.List;
import java.util.Optional;

/** The "Collegamento con il bilancio" against the missioni and programmi of D.Lgs. 118/2011 (allegato 14). */
final class BudgetChecks {

  private BudgetChecks() {}

  static List<Check> all(BudgetCatalog catalog) {
    return List.of(
        new Rule("BILANCIO_MISSIONE_INESISTENTE", (under, out) -> unknownMission(catalog, under, out)),
        new Rule("BILANCIO_PROGRAMMA_INESISTENTE", (under, out) -> unknownProgramme(catalog, under, out)),
        new Rule("BILANCIO_NOME_DIVERSO", (under, out) -> differentName(catalog, under, out)));
  }

  private static void unknownMission(BudgetCatalog catalog, PlanUnderCheck under, Findings out) {
    for (Objective o : under.plan().objectives()) {
      for (BudgetLink link : o.budgetLinks()) {
        if (catalog.mission(link.mission()).isEmpty()) {
          at(out, o, link, Severity.AVVISO,
              "La missione «" + link.mission() + "» non esiste nella classificazione del D.Lgs. 118/2011.",
              "Indicare il codice di una missione del bilancio (01-20, 50, 60, 99).");
        }
      }
    }
  }

  private static void unknownProgramme(BudgetCatalog catalog, PlanUnderCheck under, Findings out) {
    for (Objective o : under.plan().objectives()) {
      for (BudgetLink link : o.budgetLinks()) {
        Optional<BudgetCatalog.Mission> mission = catalog.mission(link.mission());
        if (mission.isPresent() && catalog.programme(link.mission(), link.programme()).isEmpty()) {
          at(out, o, link, Severity.AVVISO,
              "Il programma «" + link.programme() + "» non appartiene alla missione " + mission.get().code() + " «"
                  + mission.get().name() + "» (D.Lgs. 118/2011).",
              "Indicare un programma della missione " + mission.get().code() + ", o la missione a cui il programma appartiene.");
        }
      }
    }
  }

  /** Names are for people: only a real difference counts, not case or punctuation ({@link BudgetCatalog#sameName}). */
  private static void differentName(BudgetCatalog catalog, PlanUnderCheck under, Findings out) {
    for (Objective o : under.plan().objectives()) {
      for (BudgetLink link : o.budgetLinks()) {
        catalog.mission(link.mission())
            .filter(m -> !Text.isBlank(link.missionText()) && !BudgetCatalog.sameName(link.missionText(), m.name()))
            .ifPresent(m -> at(out, o, link, Severity.INFO,
                "La missione " + m.code() + " è scritta «" + link.missionText() + "»; nel catalogo è «" + m.name() + "».",
                "Usare il nome del catalogo: vale il codice, ma il nome diverso può far pensare a un'altra missione."));
        catalog.programme(link.mission(), link.programme())
            .filter(p -> !Text.isBlank(link.programmeText()) && !BudgetCatalog.sameName(link.programmeText(), p.name()))
            .ifPresent(p -> at(out, o, link, Severity.INFO,
                "Il programma " + p.mission() + "." + p.code() + " è scritto «" + link.programmeText() + "»; nel catalogo è «"
                    + p.name() + "».",
                "Usare il nome del catalogo: vale il codice, ma il nome diverso può far pensare a un altro programma."));
      }
    }
  }

  private static void at(Findings out, Objective o, BudgetLink link, Severity severity, String message, String fix) {
    out.at(severity, o.number(), null, null, link.line() != null ? link.line() : o.line(), message, fix);
  }
}
