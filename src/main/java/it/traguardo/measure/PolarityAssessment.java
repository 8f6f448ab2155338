package it.traguardo.measure;

import java.util.List;

/**
 * The polarity of an indicator, whether it deserves a second look, and why, in Italian.
 *
 * @param polarity the polarity to score with
 * @param uncertain true when the plan probably needs checking (a bare 0 target under a name that reads
 *     higher-is-better, or an explicit polarity against the target's comparator)
 * @param reason why this polarity, in Italian
 */
public record PolarityAssessment(Polarity polarity, boolean uncertain, String reason) {

  /**
   * Word stems that make an indicator lower-is-better: fewer problems is better. Matched at the start of a
   * word, without accents or case.
   */
  private static final List<String> LOWER_IS_BETTER_STEMS = List.of(
      "criticit", "ritard", "mancat", "error", "reclam", "contenzios", "segnalazion", "riliev",
      "scostament", "ricors", "doglianz", "sanzion", "infortun", "sinistr", "insolut", "annullament",
      "disservizi", "lamentel", "giacenz", "arretrat", "tempi di attesa", "tempo di attesa",
      "tempi medi", "tempo medio", "debito commerciale");

  /**
   * Decides the polarity: a comparator in the target decides; otherwise an explicit polarity wins; otherwise
   * the indicator's name; otherwise higher is better.
   *
   * @param indicatorName the indicator's name as written, may be null
   * @param target the parsed target
   * @param explicit the polarity set by hand on the indicator, or null
   */
  public static PolarityAssessment assess(String indicatorName, Target target, Polarity explicit) {
    TargetComparator comparator = target.comparator();
    if (comparator != null) {
      Polarity fromComparator = comparator.polarity();
      String reason = "Il valore atteso «" + target.text().strip() + "» indica: " + fromComparator.label();
      if (explicit != null && explicit != fromComparator) {
        return new PolarityAssessment(fromComparator, true, reason
            + "; la polarità impostata (" + explicit.label() + ") non è coerente: verificarla");
      }
      return new PolarityAssessment(fromComparator, false, reason);
    }
    if (explicit != null) {
      return new PolarityAssessment(explicit, false, "Polarità impostata sull'indicatore");
    }
    String stem = lowerIsBetterStem(indicatorName);
    if (stem != null) {
      return new PolarityAssessment(Polarity.LOWER_IS_BETTER, false,
          "Il nome dell'indicatore parla di «" + stem + "…»: più basso è meglio");
    }
    boolean bareZero = target.isNumeric() && target.value() != null && target.value().signum() == 0;
    if (bareZero) {
      return new PolarityAssessment(Polarity.HIGHER_IS_BETTER, true,
          "Valore atteso 0 per un indicatore che sembra «più alto è meglio»: verificare la polarità");
    }
    return new PolarityAssessment(Polarity.HIGHER_IS_BETTER, false,
        "Nessun comparatore né indicazione nel nome: più alto è meglio");
  }

  private static String lowerIsBetterStem(String indicatorName) {
    if (indicatorName == null || indicatorName.isBlank()) {
      return null;
    }
    String name = " " + ItalianText.fold(indicatorName);
    for (String stem : LOWER_IS_BETTER_STEMS) {
      int at = name.indexOf(stem);
      while (at > 0) {
        if (!ItalianText.isLetter(name.charAt(at - 1))) {
          return stem;
        }
        at = name.indexOf(stem, at + 1);
      }
    }
    return null;
  }
}
