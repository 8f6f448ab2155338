package it.traguardo.quality;

import it.traguardo.measure.Polarity;
import it.traguardo.measure.PolarityAssessment;
import it.traguardo.measure.Target;
import it.traguardo.measure.TargetComparator;
import it.traguardo.measure.TargetKind;
import it.traguardo.plan.Indicator;
import it.traguardo.plan.Objective;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;

/**
 * Whether each target can be measured, read through the measuring engine: what it cannot parse is judged by the
 * NdV, and a polarity it doubts is worth a look before the year starts rather than at scoring time.
 */
final class MeasurabilityChecks {

  /** Words that make a target a judgement on purpose ("giudizio del NdV", "valutazione qualitativa"). */
  private static final List<String> JUDGEMENT =
      List.of("giudizi", "valutazion", "qualitativ", "ndv ", "oiv ", "nucleo di valutazione");

  /** "N. mandati", "Numero transazioni", "n. DAT": a count of things done. */
  private static final Pattern COUNT_NAME = Pattern.compile("^(?:n\\.|n\\s|numero\\b)", Pattern.CASE_INSENSITIVE);

  /** "N. pratiche istruite/n. pratiche pervenute", "N. posizioni bonificate rispetto a posizioni totali": a ratio. */
  private static final Pattern RATIO_NAME =
      Pattern.compile("/\\s*n\\b|\\brispetto a\\b|\\bsu n\\.", Pattern.CASE_INSENSITIVE);

  private MeasurabilityChecks() {}

  static List<Check> all() {
    return List.of(
        new Rule("MISURABILITA_VALORE_ATTESO_QUALITATIVO", eachTarget(MeasurabilityChecks::qualitative)),
        new Rule("MISURABILITA_VALORE_ATTESO_ZERO", eachTarget(MeasurabilityChecks::zeroOnHigherIsBetter)),
        new Rule("MISURABILITA_POLARITA_INCERTA", eachTarget(MeasurabilityChecks::polarityAgainstName)),
        new Rule("MISURABILITA_VOLUME_SENZA_RIFERIMENTO", eachTarget(MeasurabilityChecks::volumeWithoutReference)),
        new Rule("MISURABILITA_SCHEDA_INDICATORE_INCOMPLETA", MeasurabilityChecks::indicatorSheet));
  }

  /** The indicator, its objective and its parsed target, for every indicator that has one. */
  private record Measured(Objective objective, Indicator indicator, Target target) {}

  private static BiConsumer<PlanUnderCheck, Findings> eachTarget(BiConsumer<Measured, Findings> rule) {
    return (under, out) -> {
      for (Objective o : under.plan().objectives()) {
        for (Indicator i : o.indicators()) {
          if (!Text.isBlank(i.target())) {
            rule.accept(new Measured(o, i, Target.parse(i.target())), out);
          }
        }
      }
    };
  }

  private static void qualitative(Measured m, Findings out) {
    if (m.target().kind() != TargetKind.QUALITATIVE) {
      return;
    }
    boolean judgement = Text.mentions(m.target().text(), JUDGEMENT);
    out.inIndicator(
        judgement ? Severity.INFO : Severity.AVVISO, m.objective(), m.indicator(),
        "Valore atteso qualitativo («" + m.target().text().strip() + "»): non si misura, lo giudicherà il NdV.",
        judgement
            ? "Nessuna correzione necessaria se il giudizio del NdV è voluto."
            : "Se possibile, esprimerlo come numero, percentuale, scadenza o «SI» (es. «100% delle pratiche con documentazione completa»).");
  }

  private static void zeroOnHigherIsBetter(Measured m, Findings out) {
    if (PolarityAssessment.assess(m.indicator().name(), m.target(), null).uncertain()) {
      out.inIndicator(
          Severity.AVVISO, m.objective(), m.indicator(),
          "Valore atteso 0 per un indicatore che sembra «più alto è meglio»: raggiungerlo non richiede nulla.",
          "Se si vuole che non accada, dirlo nel nome (es. «Criticità segnalate») o scrivere «Max 0»; altrimenti indicare il valore atteso vero.");
    }
  }

  /** "Rilievi … > 95%": the name reads lower-is-better, the comparator higher-is-better. */
  private static void polarityAgainstName(Measured m, Findings out) {
    TargetComparator comparator = m.target().comparator();
    if (comparator == null || comparator.polarity() != Polarity.HIGHER_IS_BETTER) {
      return;
    }
    Target withoutComparator =
        new Target(m.target().text(), m.target().kind(), null, m.target().value(), m.target().unit(), m.target().deadline());
    PolarityAssessment byName = PolarityAssessment.assess(m.indicator().name(), withoutComparator, null);
    if (byName.polarity() == Polarity.LOWER_IS_BETTER) {
      out.inIndicator(
          Severity.AVVISO, m.objective(), m.indicator(),
          "Polarità incerta: il valore atteso «" + m.target().text().strip() + "» chiede di superare la soglia, ma il nome"
              + " dell'indicatore parla di qualcosa da ridurre (" + byName.reason().toLowerCase() + ").",
          "Riscrivere il nome o il valore atteso in modo che dicano la stessa cosa (es. «Completezza delle pubblicazioni > 95%»).");
    }
  }

  /** A bare count ("N. mandati 1000") measures activity volume, not an improvement: say against what. */
  private static void volumeWithoutReference(Measured m, Findings out) {
    Target t = m.target();
    String name = m.indicator().name() == null ? "" : m.indicator().name().strip();
    boolean bareCount = t.kind() == TargetKind.QUANTITY && t.comparator() == null && t.value() != null && t.value().signum() != 0;
    if (bareCount && COUNT_NAME.matcher(name).find() && !RATIO_NAME.matcher(name).find()) {
      out.inIndicator(
          Severity.INFO, m.objective(), m.indicator(),
          "Volume di attività: manca un valore di riferimento (il valore atteso " + t.text().strip()
              + " non dice se è un miglioramento).",
          "Indicare il valore dell'anno precedente, oppure esprimere l'indicatore come rapporto o con un comparatore (es. «Almeno 1000»).");
    }
  }

  /**
   * The Linee guida per il Piano della performance n. 1/2017 del Dipartimento della Funzione Pubblica ask each
   * indicator for a baseline, a formula and a data source. The plan model has none of these fields yet, so every
   * indicator lacks them: one note for the plan rather than one per indicator.
   */
  private static void indicatorSheet(PlanUnderCheck under, Findings out) {
    if (under.plan().objectives().stream().anyMatch(o -> !o.indicators().isEmpty())) {
      out.inPlan(
          Severity.INFO,
          "Gli indicatori non riportano valore di partenza (baseline), formula di calcolo e fonte dei dati, che le Linee"
              + " guida n. 1/2017 del Dipartimento della Funzione Pubblica chiedono per ogni indicatore.",
          "Completare la scheda di ciascun indicatore con baseline, formula e fonte dei dati.");
    }
  }
}
