package it.traguardo.evaluation;

import it.traguardo.measure.BandTable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The part of an ente's Sistema di Misurazione e Valutazione della Performance (SMVP) that evaluates its EQs in one
 * year: the weights of the two components, the behaviour criteria and their scale, the bands from total score to the
 * percentage of the result allowance paid, and the ente's result-pay budget. {@link #standard()} is the default
 * documented in docs/valutazione.md.
 *
 * @param resultsWeight weight of the results component in the total, in percent
 * @param behaviourWeight weight of the behaviour component in the total, in percent
 * @param criteria the behaviour criteria, weights summing to 100
 * @param scale the levels a criterion is scored with, lowest first
 * @param bands from a total score on, the percentage of the allowance paid; the first starts at 0
 * @param budget the ente's result-pay budget for its EQs in euro, or null while not set
 */
public record Smvp(
    BigDecimal resultsWeight,
    BigDecimal behaviourWeight,
    List<Criterion> criteria,
    List<Level> scale,
    List<PayBand> bands,
    BigDecimal budget) {

  static final BigDecimal HUNDRED = new BigDecimal("100");

  /** A behaviour criterion ("Capacità di valutare i collaboratori"), with its weight among the criteria. */
  public record Criterion(String name, String description, BigDecimal weight) {}

  /** A level of the behaviour scale: 4 = "buono". */
  public record Level(int value, String label) {}

  /** From total score {@code from} on (up to the next band), {@code payPercent} of the allowance is paid. */
  public record PayBand(BigDecimal from, BigDecimal payPercent) {}

  private static final Smvp STANDARD =
      new Smvp(
          new BigDecimal("70"),
          new BigDecimal("30"),
          List.of(
              new Criterion(
                  "Competenze professionali e manageriali",
                  "Conoscenze tecniche e capacità di organizzare il servizio e le sue risorse (d.lgs. 150/2009, art. 9"
                      + " c. 1 lett. c).",
                  new BigDecimal("25")),
              new Criterion(
                  "Comportamenti organizzativi e collaborazione",
                  "Contributo alla performance generale dell'ente, collaborazione con gli altri servizi, con il segretario"
                      + " e con gli organi (d.lgs. 150/2009, art. 9 c. 1 lett. c).",
                  new BigDecimal("25")),
              new Criterion(
                  "Orientamento all'utenza e qualità del servizio",
                  "Attenzione ai cittadini e alle imprese, tempi e qualità delle risposte.",
                  new BigDecimal("20")),
              new Criterion(
                  "Innovazione e soluzione dei problemi",
                  "Capacità di proporre e attuare soluzioni nuove, anche digitali, e di affrontare gli imprevisti.",
                  new BigDecimal("15")),
              new Criterion(
                  "Valutazione dei collaboratori",
                  "Capacità di valutare i propri collaboratori, dimostrata da una significativa differenziazione dei"
                      + " giudizi (d.lgs. 150/2009, art. 9 c. 1 lett. d).",
                  new BigDecimal("15"))),
          List.of(
              new Level(1, "inadeguato"),
              new Level(2, "migliorabile"),
              new Level(3, "adeguato"),
              new Level(4, "buono"),
              new Level(5, "eccellente")),
          List.of(
              new PayBand(BigDecimal.ZERO, BigDecimal.ZERO),
              new PayBand(new BigDecimal("60"), new BigDecimal("60")),
              new PayBand(new BigDecimal("70"), new BigDecimal("70")),
              new PayBand(new BigDecimal("80"), new BigDecimal("80")),
              new PayBand(new BigDecimal("90"), new BigDecimal("100"))),
          null);

  public Smvp {
    criteria = List.copyOf(criteria);
    scale = List.copyOf(scale);
    bands = List.copyOf(bands);
    List<String> problems = problems(resultsWeight, behaviourWeight, criteria, scale, bands, budget);
    if (!problems.isEmpty()) {
      throw new InvalidEvaluationException(problems);
    }
  }

  /** The default: results 70, behaviour 30, five criteria on a scale of 1 to 5, five bands; no budget. */
  public static Smvp standard() {
    return STANDARD;
  }

  public Smvp withBudget(BigDecimal newBudget) {
    return new Smvp(resultsWeight, behaviourWeight, criteria, scale, bands, newBudget);
  }

  /** The highest level of the scale: a criterion scored at it counts 100. */
  public int topLevel() {
    return scale.get(scale.size() - 1).value();
  }

  public Optional<Level> level(int value) {
    return scale.stream().filter(l -> l.value() == value).findFirst();
  }

  /** The band of a total score. */
  public PayBand bandOf(BigDecimal totalScore) {
    BandTable.Band band = bandTable().bandOf(totalScore).orElseThrow();
    return bands.stream().filter(b -> b.from().compareTo(band.from()) == 0).findFirst().orElseThrow();
  }

  /** "da 60 a meno di 70", "da 90 a 100": the range of total scores of a band, in Italian. */
  public String label(PayBand band) {
    int index = bands.indexOf(band);
    String from = Numbers.italian(band.from());
    return index + 1 < bands.size()
        ? "da " + from + " a meno di " + Numbers.italian(bands.get(index + 1).from())
        : "da " + from + " a 100";
  }

  private BandTable bandTable() {
    return new BandTable(bands.stream().map(b -> new BandTable.Band(b.from(), b.payPercent())).toList());
  }

  /** Everything wrong with a configuration, in Italian; empty when it can be saved. */
  public static List<String> problems(
      BigDecimal resultsWeight,
      BigDecimal behaviourWeight,
      List<Criterion> criteria,
      List<Level> scale,
      List<PayBand> bands,
      BigDecimal budget) {
    List<String> problems = new ArrayList<>();
    boolean weightsRead =
        percent(resultsWeight, "Peso dei risultati", problems) & percent(behaviourWeight, "Peso dei comportamenti", problems);
    if (weightsRead) {
      if (resultsWeight.add(behaviourWeight).compareTo(HUNDRED) != 0) {
        problems.add(
            "I pesi dei risultati (" + Numbers.italian(resultsWeight) + ") e dei comportamenti ("
                + Numbers.italian(behaviourWeight) + ") devono sommare a 100");
      } else if (resultsWeight.compareTo(PaymentTimelinessRule.MINIMUM_SHARE) < 0) {
        problems.add(
            "Con un peso dei risultati del " + Numbers.italian(resultsWeight) + "% l'obiettivo sulla tempestività dei"
                + " pagamenti non può valere il 30% della retribuzione di risultato, come chiede l'"
                + PaymentTimelinessRule.NORM + ": il peso dei risultati deve essere almeno 30");
      }
    }
    criteriaProblems(criteria, behaviourWeight, problems);
    scaleProblems(scale, problems);
    bandProblems(bands, problems);
    if (budget != null && (budget.signum() < 0 || budget.stripTrailingZeros().scale() > 2)) {
      problems.add("Budget della retribuzione di risultato non valido: atteso un importo in euro di 0 o più, al centesimo");
    }
    return problems;
  }

  private static void criteriaProblems(List<Criterion> criteria, BigDecimal behaviourWeight, List<String> problems) {
    if (criteria.isEmpty()) {
      if (behaviourWeight != null && behaviourWeight.signum() > 0) {
        problems.add("Indicare almeno un criterio di valutazione dei comportamenti");
      }
      return;
    }
    Set<String> names = new HashSet<>();
    BigDecimal sum = BigDecimal.ZERO;
    boolean summable = true;
    for (int i = 0; i < criteria.size(); i++) {
      Criterion criterion = criteria.get(i);
      String where = "Criterio " + (i + 1);
      if (criterion.name() == null || criterion.name().isBlank()) {
        problems.add(where + ": indicare il nome");
      } else if (!names.add(criterion.name().strip().toLowerCase(Locale.ITALIAN))) {
        problems.add(where + ": il nome «" + criterion.name().strip() + "» è già usato da un altro criterio");
      }
      if (percent(criterion.weight(), where + ", peso", problems) && criterion.weight().signum() > 0) {
        sum = sum.add(criterion.weight());
      } else {
        if (criterion.weight() != null && criterion.weight().signum() == 0) {
          problems.add(where + ": il peso deve essere maggiore di 0");
        }
        summable = false;
      }
    }
    if (summable && sum.compareTo(HUNDRED) != 0) {
      problems.add("I pesi dei criteri dei comportamenti sommano a " + Numbers.italian(sum) + ": devono sommare a 100");
    }
  }

  private static void scaleProblems(List<Level> scale, List<String> problems) {
    if (scale.size() < 2) {
      problems.add("La scala dei comportamenti deve avere almeno due livelli");
      return;
    }
    for (int i = 0; i < scale.size(); i++) {
      Level level = scale.get(i);
      if (level.label() == null || level.label().isBlank()) {
        problems.add("Livello " + level.value() + " della scala: indicare la descrizione");
      }
      if (level.value() < 0) {
        problems.add("Livello " + level.value() + " della scala: i livelli devono essere 0 o più");
      }
      if (i > 0 && level.value() <= scale.get(i - 1).value()) {
        problems.add("I livelli della scala devono essere crescenti: " + level.value() + " segue " + scale.get(i - 1).value());
      }
    }
  }

  private static void bandProblems(List<PayBand> bands, List<String> problems) {
    if (bands.isEmpty()) {
      problems.add("Indicare almeno una fascia di punteggio");
      return;
    }
    for (int i = 0; i < bands.size(); i++) {
      PayBand band = bands.get(i);
      String where = "Fascia " + (i + 1);
      boolean read = percent(band.from(), where + ", punteggio iniziale", problems)
          & percent(band.payPercent(), where + ", percentuale della retribuzione", problems);
      if (!read) {
        continue;
      }
      if (i == 0 && band.from().signum() != 0) {
        problems.add("La prima fascia deve iniziare da 0, perché ogni punteggio abbia la sua fascia");
      }
      if (i > 0 && bands.get(i - 1).from() != null && bands.get(i - 1).payPercent() != null) {
        if (band.from().compareTo(bands.get(i - 1).from()) <= 0) {
          problems.add(where + ": il punteggio iniziale deve essere maggiore di quello della fascia precedente");
        }
        if (band.payPercent().compareTo(bands.get(i - 1).payPercent()) < 0) {
          problems.add(where + ": la percentuale non può essere minore di quella della fascia precedente");
        }
      }
    }
  }

  /** Whether {@code value} is a percentage between 0 and 100 with at most two decimals; says why not. */
  private static boolean percent(BigDecimal value, String what, List<String> problems) {
    if (value == null) {
      problems.add(what + ": valore mancante");
      return false;
    }
    if (value.signum() < 0 || value.compareTo(HUNDRED) > 0 || value.stripTrailingZeros().scale() > 2) {
      problems.add(what + ": atteso un numero da 0 a 100 con al più due decimali, trovato " + Numbers.italian(value));
      return false;
    }
    return true;
  }
}
