package it.traguardo.quality;

import it.traguardo.plan.Characteristics;
import it.traguardo.plan.Indicator;
import it.traguardo.plan.Objective;
import it.traguardo.plan.ObjectiveKind;
import it.traguardo.plan.Phase;
import it.traguardo.plan.Plan;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The shape of the sheets: every objective measurable through indicators with a target, assigned to someone, with
 * consistent numbering (d.lgs. 150/2009 art. 5 c. 2: objectives specific, measurable and assigned).
 */
final class StructureChecks {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private StructureChecks() {}

  static List<Check> all() {
    return List.of(
        new Rule("STRUTTURA_OBIETTIVO_SENZA_INDICATORI", StructureChecks::objectiveWithoutIndicators),
        new Rule("STRUTTURA_INDICATORE_SENZA_VALORE_ATTESO", StructureChecks::indicatorWithoutTarget),
        new Rule("STRUTTURA_INDICATORE_FASE_INESISTENTE", StructureChecks::indicatorOfMissingPhase),
        new Rule("STRUTTURA_FASE_SENZA_INDICATORE", StructureChecks::phaseWithoutIndicator),
        new Rule("STRUTTURA_NUMERO_OBIETTIVO_DUPLICATO", StructureChecks::duplicateObjectiveNumber),
        new Rule("STRUTTURA_NUMERAZIONE_OBIETTIVI", StructureChecks::objectiveNumbering),
        new Rule("STRUTTURA_NUMERO_FASE_DUPLICATO", StructureChecks::duplicatePhaseNumber),
        new Rule("STRUTTURA_NUMERAZIONE_FASI", StructureChecks::phaseNumbering),
        new Rule("STRUTTURA_INDICATORE_DUPLICATO", StructureChecks::duplicateIndicator),
        new Rule("STRUTTURA_ORIZZONTE_FUORI_PERIODO", StructureChecks::horizonOutsidePeriod),
        new Rule("STRUTTURA_ORIZZONTE_ILLEGGIBILE", StructureChecks::unreadableHorizon),
        new Rule("STRUTTURA_SERVIZIO_MANCANTE", StructureChecks::sectoralWithoutUnit),
        new Rule("STRUTTURA_ASSEGNAZIONE_MANCANTE", StructureChecks::withoutAssignment),
        new Rule("STRUTTURA_CARATTERISTICHE_MANCANTI", StructureChecks::missingCharacteristics),
        new Rule("STRUTTURA_PESI_INDICATORI", StructureChecks::indicatorWeights),
        new Rule("STRUTTURA_PESI_OBIETTIVI", StructureChecks::objectiveWeights));
  }

  private static void objectiveWithoutIndicators(PlanUnderCheck under, Findings out) {
    for (Objective o : under.plan().objectives()) {
      if (o.indicators().isEmpty()) {
        out.inObjective(
            Severity.ERRORE, o, "L'obiettivo «" + o.heading() + "» non ha indicatori: non potrà essere misurato.",
            "Aggiungere almeno un indicatore con il suo valore atteso.");
      }
    }
  }

  private static void indicatorWithoutTarget(PlanUnderCheck under, Findings out) {
    for (Objective o : under.plan().objectives()) {
      for (Indicator i : o.indicators()) {
        if (Text.isBlank(i.target())) {
          out.inIndicator(
              Severity.ERRORE, o, i, "L'indicatore non ha un valore atteso: il raggiungimento non potrà essere calcolato.",
              "Indicare il valore atteso (es. «100%», «Entro 31.10», «< 5»).");
        }
      }
    }
  }

  private static void indicatorOfMissingPhase(PlanUnderCheck under, Findings out) {
    for (Objective o : under.plan().objectives()) {
      Set<Integer> phases = phaseNumbers(o);
      for (Indicator i : o.indicators()) {
        if (i.phase() != null && !phases.contains(i.phase())) {
          out.inIndicator(
              Severity.AVVISO, o, i,
              "L'indicatore si riferisce alla fase " + i.phase() + ", che l'obiettivo non ha (fasi: " + joined(phases) + ").",
              "Correggere il numero di fase davanti al nome dell'indicatore, o aggiungere la fase mancante.");
        }
      }
    }
  }

  /**
   * Only for objectives whose indicators name their phase: a sheet that links none leaves nothing to compare. An
   * indicator about "le fasi" ("Rispetto delle fasi temporali") measures them all.
   */
  private static void phaseWithoutIndicator(PlanUnderCheck under, Findings out) {
    for (Objective o : under.plan().objectives()) {
      boolean linked = o.indicators().stream().anyMatch(i -> i.phase() != null);
      boolean coversAllPhases = o.indicators().stream().anyMatch(i -> Text.mentions(i.name(), List.of("fasi ")));
      if (!linked || coversAllPhases) {
        continue;
      }
      Set<Integer> measured = o.indicators().stream().map(Indicator::phase).collect(Collectors.toSet());
      for (Phase p : o.phases()) {
        if (!measured.contains(p.number())) {
          out.inPhase(
              Severity.INFO, o, p, "La fase " + p.number() + " «" + p.description() + "» non ha un indicatore collegato.",
              "Collegare un indicatore alla fase, oppure verificare la numerazione degli indicatori.");
        }
      }
    }
  }

  private static void duplicateObjectiveNumber(PlanUnderCheck under, Findings out) {
    Set<String> seen = new HashSet<>();
    for (Objective o : under.plan().objectives()) {
      if (!Text.isBlank(o.number()) && !seen.add(o.number().strip())) {
        out.inObjective(
            Severity.ERRORE, o, "Il numero " + o.number() + " è già usato da un altro obiettivo del piano.",
            "Dare a ogni obiettivo un numero diverso: il numero identifica l'obiettivo nei monitoraggi e nella relazione.");
      }
    }
  }

  /** Objectives numbered 1..n in document order; duplicates are reported by their own rule. */
  private static void objectiveNumbering(PlanUnderCheck under, Findings out) {
    Set<Integer> numbers = new TreeSet<>();
    Integer previous = null;
    for (Objective o : under.plan().objectives()) {
      Integer number = integer(o.number());
      if (number == null) {
        out.inObjective(
            Severity.AVVISO, o, "L'obiettivo «" + o.title() + "» non ha un numero leggibile («" + o.number() + "»).",
            "Numerare gli obiettivi 1, 2, 3… nell'ordine del documento.");
        continue;
      }
      if (previous != null && number < previous) {
        out.inObjective(
            Severity.AVVISO, o, "L'obiettivo " + number + " segue l'obiettivo " + previous + ": la numerazione non è in ordine.",
            "Numerare gli obiettivi 1, 2, 3… nell'ordine del documento.");
      }
      previous = number;
      numbers.add(number);
    }
    List<Integer> missing = missing(numbers);
    if (!missing.isEmpty()) {
      out.inPlan(
          Severity.AVVISO, "Nella numerazione degli obiettivi mancano i numeri " + joined(missing) + ".",
          "Numerare gli obiettivi 1, 2, 3… senza salti, o aggiungere le schede mancanti.");
    }
  }

  private static void duplicatePhaseNumber(PlanUnderCheck under, Findings out) {
    for (Objective o : under.plan().objectives()) {
      Set<Integer> seen = new HashSet<>();
      for (Phase p : o.phases()) {
        if (!seen.add(p.number())) {
          out.inPhase(
              Severity.AVVISO, o, p, "La fase " + p.number() + " compare più volte nell'obiettivo.",
              "Dare a ogni fase un numero diverso, così che gli indicatori vi si possano riferire senza ambiguità.");
        }
      }
    }
  }

  private static void phaseNumbering(PlanUnderCheck under, Findings out) {
    for (Objective o : under.plan().objectives()) {
      List<Integer> missing = missing(phaseNumbers(o));
      if (!missing.isEmpty()) {
        out.inObjective(
            Severity.AVVISO, o,
            "Le fasi dell'obiettivo " + o.number() + " non sono numerate di seguito da 1: mancano " + joined(missing) + ".",
            "Numerare le fasi 1, 2, 3…; se la scheda è la continuazione di un'altra, riunirle.");
      }
    }
  }

  /** The same name twice in one objective, whatever the targets: two indicators cannot be told apart. */
  private static void duplicateIndicator(PlanUnderCheck under, Findings out) {
    for (Objective o : under.plan().objectives()) {
      Set<String> seen = new HashSet<>();
      for (Indicator i : o.indicators()) {
        if (!Text.isBlank(i.name()) && !seen.add(Text.fold(i.name()))) {
          out.inIndicator(
              Severity.AVVISO, o, i, "L'indicatore «" + i.name() + "» compare due volte nello stesso obiettivo.",
              "Unire i due indicatori o distinguerne il nome (es. uno come numero, l'altro come percentuale).");
        }
      }
    }
  }

  private static void horizonOutsidePeriod(PlanUnderCheck under, Findings out) {
    Plan plan = under.plan();
    for (Objective o : plan.objectives()) {
      for (Phase p : o.phases()) {
        List<Integer> outside = p.years().stream().filter(y -> !plan.covers(y)).toList();
        if (!outside.isEmpty()) {
          out.inPhase(
              Severity.AVVISO, o, p,
              "L'orizzonte temporale «" + p.horizon() + "» comprende anni fuori dal periodo del piano ("
                  + plan.firstYear() + "-" + plan.lastYear() + "): " + joined(outside) + ".",
              "Limitare l'orizzonte agli anni del piano.");
        }
      }
    }
  }

  private static void unreadableHorizon(PlanUnderCheck under, Findings out) {
    for (Objective o : under.plan().objectives()) {
      for (Phase p : o.phases()) {
        if (!Text.isBlank(p.horizon()) && p.years().isEmpty()) {
          out.inPhase(
              Severity.AVVISO, o, p, "L'orizzonte temporale «" + p.horizon() + "» non indica anni leggibili.",
              "Scrivere gli anni della fase, es. «2024», «2024-2026» o «2024/25/26».");
        }
      }
    }
  }

  private static void sectoralWithoutUnit(PlanUnderCheck under, Findings out) {
    for (Objective o : under.plan().objectives()) {
      if (o.kind() == ObjectiveKind.SECTORAL && Text.isBlank(o.unit())) {
        out.inObjective(
            Severity.AVVISO, o, "L'obiettivo settoriale non indica il servizio a cui appartiene.",
            "Indicare il servizio (es. «Servizio 1 – Finanziario - Amministrativo»).");
      }
    }
  }

  private static void withoutAssignment(PlanUnderCheck under, Findings out) {
    for (Objective o : under.plan().objectives()) {
      if (Text.isBlank(o.assignment())) {
        out.inObjective(
            Severity.AVVISO, o, "L'obiettivo non è assegnato: non si sa chi ne risponde.",
            "Compilare «Assegnazione obiettivo» con il servizio o il responsabile.");
      }
    }
  }

  private static void missingCharacteristics(PlanUnderCheck under, Findings out) {
    for (Objective o : under.plan().objectives()) {
      Characteristics c = o.characteristics();
      if (c.isEmpty()) {
        out.inObjective(
            Severity.AVVISO, o, "L'obiettivo non indica le sue caratteristiche (rischio, strategicità, impatto sul valore pubblico).",
            "Valutare ciascuna caratteristica come Basso, Medio o Alto.");
        continue;
      }
      List<String> missing = new ArrayList<>();
      if (c.risk() == null) {
        missing.add("rischio di non raggiungimento");
      }
      if (c.strategicDegree() == null) {
        missing.add("grado di strategicità");
      }
      if (c.publicValueImpact() == null) {
        missing.add("impatto sul valore pubblico");
      }
      if (!missing.isEmpty()) {
        out.inObjective(
            Severity.INFO, o, "Tra le caratteristiche dell'obiettivo manca: " + String.join(", ", missing) + ".",
            "Valutare anche " + String.join(", ", missing) + " (Basso, Medio o Alto).");
      }
    }
  }

  private static void indicatorWeights(PlanUnderCheck under, Findings out) {
    for (Objective o : under.plan().objectives()) {
      List<BigDecimal> weights = under.weights().ofIndicators(o);
      if (weights.isEmpty()) {
        continue;
      }
      BigDecimal sum = weights.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
      if (weights.size() != o.indicators().size()) {
        out.inObjective(
            Severity.ERRORE, o,
            "L'obiettivo ha " + o.indicators().size() + " indicatori ma " + weights.size() + (weights.size() == 1 ? " peso." : " pesi."),
            "Dare un peso a ciascun indicatore dell'obiettivo.");
      } else if (sum.compareTo(HUNDRED) != 0) {
        out.inObjective(
            Severity.ERRORE, o, "I pesi degli indicatori sommano a " + sum.stripTrailingZeros().toPlainString() + " invece di 100.",
            "Correggere i pesi in modo che sommino a 100.");
      }
    }
  }

  private static void objectiveWeights(PlanUnderCheck under, Findings out) {
    for (Weights.ManagerWeights manager : under.weights().ofManagers()) {
      BigDecimal sum = manager.objectives().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
      if (sum.compareTo(HUNDRED) != 0) {
        out.inPlan(
            Severity.ERRORE,
            "I pesi degli obiettivi del responsabile di «" + manager.unit() + "» sommano a "
                + sum.stripTrailingZeros().toPlainString() + " invece di 100.",
            "Correggere i pesi degli obiettivi assegnati al servizio in modo che sommino a 100.");
      }
    }
  }

  private static Set<Integer> phaseNumbers(Objective o) {
    return o.phases().stream().map(Phase::number).collect(Collectors.toCollection(LinkedHashSet::new));
  }

  /** The numbers from 1 to the largest that are not there. */
  private static List<Integer> missing(Set<Integer> numbers) {
    int max = numbers.stream().mapToInt(Integer::intValue).max().orElse(0);
    List<Integer> missing = new ArrayList<>();
    for (int n = 1; n <= max; n++) {
      if (!numbers.contains(n)) {
        missing.add(n);
      }
    }
    return missing;
  }

  private static Integer integer(String number) {
    if (Text.isBlank(number) || !number.strip().matches("\\d{1,4}")) {
      return null;
    }
    return Integer.valueOf(number.strip());
  }

  static String joined(Iterable<Integer> numbers) {
    List<String> parts = new ArrayList<>();
    numbers.forEach(n -> parts.add(String.valueOf(n)));
    return String.join(", ", parts);
  }
}
