package it.traguardo.quality;

import it.traguardo.measure.Target;
import it.traguardo.measure.TargetComparator;
import it.traguardo.measure.TargetKind;
import it.traguardo.plan.Indicator;
import it.traguardo.plan.Objective;
import it.traguardo.plan.Phase;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Norms cited with the wrong number or year (see {@link KnownNorm#TABLE}), looked for in the premise, titles,
 * descriptions, phases and indicator names; and targets that ask more or less than the norm they implement.
 */
final class LegalReferenceChecks {

  private static final List<String> MONTHS =
      List.of("gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre",
          "novembre", "dicembre");

  /** The kind of act; the look-behinds keep "D.L." from also reading as "L." and "D.P.C.M." as "D.M.". */
  private static final Map<KnownNorm.Kind, String> KIND =
      Map.of(
          KnownNorm.Kind.DL, "(?<![\\w.])(?:d\\.\\s?l\\.(?!\\s?gs)|dl\\b|decreto[\\s-]+legge\\b)",
          KnownNorm.Kind.DLGS, "(?<![\\w.])(?:d\\.?\\s?lgs\\b\\.?|decreto\\s+legislativo\\b)",
          KnownNorm.Kind.LEGGE, "(?<![\\w.])(?:legge\\b|l\\.)",
          KnownNorm.Kind.DM, "(?<![\\w.])(?:d\\.\\s?m\\.|dm\\b|decreto\\s+ministeriale\\b)",
          KnownNorm.Kind.REG_UE, "(?<![\\w.])(?:regolamento|reg\\.?)\\s*\\(?\\s*ue\\s*\\)?");

  /** "n. 13/2024", "13/2024", "41/23", "24 febbraio 2023, n. 13", "n. 13 del 24 febbraio 2023". */
  private static final String NUMBER_AND_DATE =
      "\\s*,?\\s*(?:"
          + "(?:n\\.?\\s*)?(?<num>\\d{1,4})\\s*/\\s*(?<year>\\d{2,4})\\b"
          + "|(?<day>\\d{1,2})\\s+(?<month>" + String.join("|", MONTHS) + ")\\s+(?<dyear>\\d{4})\\s*,?\\s*n\\.?\\s*(?<dnum>\\d{1,4})"
          + "|n\\.?\\s*(?<nnum>\\d{1,4})\\s+del\\s+(?:(?<nday>\\d{1,2})\\s+(?<nmonth>" + String.join("|", MONTHS) + ")\\s+)?(?<nyear>\\d{4})"
          + ")";

  private static final Map<KnownNorm.Kind, Pattern> CITATION = new LinkedHashMap<>();

  static {
    KIND.forEach(
        (kind, regex) ->
            CITATION.put(kind, Pattern.compile(regex + NUMBER_AND_DATE, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)));
  }

  private static final Pattern ANNUAL_DELAY = Pattern.compile("indicatore (?:annuale )?di ritardo|ritardo annuale");

  private LegalReferenceChecks() {}

  static List<Check> all() {
    return List.of(
        new Rule("NORME_CITAZIONE_ERRATA", (under, out) -> eachText(under, out, false)),
        new Rule("NORME_CITAZIONE_FORMA", (under, out) -> eachText(under, out, true)),
        new Rule("NORME_VALORE_ATTESO_DIVERSO_DALLA_NORMA", LegalReferenceChecks::delayTargetAgainstLaw));
  }

  /** A citation as written, at {@code start} in its paragraph. {@code date} is null when only the year is written. */
  record Citation(KnownNorm.Kind kind, String text, int start, int number, int year, LocalDate date) {}

  /** Where a text sits in the plan, so that its findings carry the objective, phase or indicator. */
  private record Place(Objective objective, Phase phase, Indicator indicator, String text) {}

  private static void eachText(PlanUnderCheck under, Findings out, boolean formOnly) {
    List<Place> places = new ArrayList<>();
    places.add(new Place(null, null, null, under.plan().premise()));
    for (Objective o : under.plan().objectives()) {
      places.add(new Place(o, null, null, o.title()));
      places.add(new Place(o, null, null, o.description()));
      o.phases().forEach(p -> places.add(new Place(o, p, null, p.description())));
      o.indicators().forEach(i -> places.add(new Place(o, null, i, i.name())));
    }
    for (Place place : places) {
      if (Text.isBlank(place.text())) {
        continue;
      }
      for (String paragraph : place.text().split("\n")) {
        if (formOnly) {
          swappedRegulations(paragraph).forEach(c -> report(out, place, Severity.INFO,
              "«" + c.text().strip() + "»: i regolamenti UE dal 2015 si citano con l'anno prima del numero.",
              "Scrivere «Reg. (UE) 2016/679»."));
        } else {
          wrongCitations(paragraph).forEach((norm, wrong) -> report(out, place, Severity.AVVISO,
              "Citazione errata: " + String.join(", ", wrong.stream().map(c -> "«" + c.text().strip() + "»").toList())
                  + ". Per " + norm.subject() + " la citazione corretta è " + norm.citation() + ".",
              "Correggere in «" + norm.citation() + "»."));
        }
      }
    }
  }

  private static void report(Findings out, Place place, Severity severity, String message, String fix) {
    if (place.objective() == null) {
      out.inPlan(severity, message + " (premessa)", fix);
    } else if (place.phase() != null) {
      out.inPhase(severity, place.objective(), place.phase(), message, fix);
    } else if (place.indicator() != null) {
      out.inIndicator(severity, place.objective(), place.indicator(), message, fix);
    } else {
      out.inObjective(severity, place.objective(), message, fix);
    }
  }

  /** The wrong citations of each known norm in one paragraph: one finding per norm, naming them all. */
  static Map<KnownNorm, List<Citation>> wrongCitations(String paragraph) {
    Map<KnownNorm, List<Citation>> wrong = new LinkedHashMap<>();
    for (Citation c : citations(paragraph)) {
      for (KnownNorm norm : KnownNorm.TABLE) {
        if (norm.appliesIn(paragraph) && norm.acts().stream().anyMatch(act -> wrong(act, c))) {
          wrong.computeIfAbsent(norm, n -> new ArrayList<>()).add(c);
        }
      }
    }
    return wrong;
  }

  /**
   * The act's number with another year (unless the full date is right), or the act's full date with another number.
   * A year-first act written in that order is its own form, not a wrong year.
   */
  private static boolean wrong(KnownNorm.Act act, Citation c) {
    if (c.kind() != act.kind() || (act.yearFirst() && c.number() == act.year() && c.year() == act.number())) {
      return false;
    }
    boolean wrongYear = c.number() == act.number() && c.year() != act.year() && !act.date().equals(c.date());
    boolean wrongNumber = c.date() != null && c.date().equals(act.date()) && c.number() != act.number();
    return wrongYear || wrongNumber;
  }

  /** EU regulations cited number first ("Reg UE 679/2016"): right act, old form. */
  static List<Citation> swappedRegulations(String paragraph) {
    List<Citation> swapped = new ArrayList<>();
    for (Citation c : citations(paragraph)) {
      for (KnownNorm norm : KnownNorm.TABLE) {
        norm.acts().stream()
            .filter(act -> act.yearFirst() && act.kind() == c.kind() && c.number() == act.number() && c.year() == act.year())
            .findFirst()
            .ifPresent(act -> swapped.add(c));
      }
    }
    return swapped;
  }

  static List<Citation> citations(String text) {
    List<Citation> found = new ArrayList<>();
    CITATION.forEach(
        (kind, pattern) -> {
          Matcher m = pattern.matcher(text);
          while (m.find()) {
            found.add(citation(kind, m));
          }
        });
    found.sort(java.util.Comparator.comparingInt(Citation::start));
    return found;
  }

  private static Citation citation(KnownNorm.Kind kind, Matcher m) {
    if (m.group("num") != null) {
      return new Citation(kind, m.group(), m.start(), Integer.parseInt(m.group("num")), fullYear(m.group("year")), null);
    }
    if (m.group("dnum") != null) {
      LocalDate date = date(m.group("day"), m.group("month"), m.group("dyear"));
      return new Citation(kind, m.group(), m.start(), Integer.parseInt(m.group("dnum")), Integer.parseInt(m.group("dyear")), date);
    }
    LocalDate date = m.group("nday") == null ? null : date(m.group("nday"), m.group("nmonth"), m.group("nyear"));
    return new Citation(kind, m.group(), m.start(), Integer.parseInt(m.group("nnum")), Integer.parseInt(m.group("nyear")), date);
  }

  /** "09" is 2009 and "98" 1998; three digits stay as written (the number part of "Reg. UE 2016/679"). */
  private static int fullYear(String written) {
    int year = Integer.parseInt(written);
    if (written.length() == 2) {
      return year < 50 ? 2000 + year : 1900 + year;
    }
    return year;
  }

  private static LocalDate date(String day, String month, String year) {
    try {
      return LocalDate.of(Integer.parseInt(year), MONTHS.indexOf(month.toLowerCase(java.util.Locale.ROOT)) + 1, Integer.parseInt(day));
    } catch (java.time.DateTimeException e) {
      return null;
    }
  }

  /**
   * L. 145/2018 art. 1 c. 859 lett. b): the annual delay indicator complies at ≤ 0. A target "< 0" asks more than
   * the law (paying exactly on the due date would miss it); one above 0 asks less.
   */
  private static void delayTargetAgainstLaw(PlanUnderCheck under, Findings out) {
    for (Objective o : under.plan().objectives()) {
      for (Indicator i : o.indicators()) {
        if (Text.isBlank(i.target()) || !ANNUAL_DELAY.matcher(Text.fold(i.name())).find()) {
          continue;
        }
        Target t = Target.parse(i.target());
        if (t.kind() != TargetKind.QUANTITY || t.value() == null) {
          continue;
        }
        TargetComparator c = t.comparator();
        int sign = t.value().signum();
        boolean looser = sign > 0 || c == TargetComparator.GT || c == TargetComparator.GE;
        boolean stricter = !looser && (sign < 0 || c == TargetComparator.LT);
        if (stricter) {
          out.inIndicator(
              Severity.INFO, o, i,
              "Il valore atteso «" + t.text().strip() + "» è più severo della norma: la L. 145/2018 art. 1 c. 859 lett. b)"
                  + " considera rispettati i tempi con un indicatore di ritardo annuale ≤ 0 (pagamento entro la scadenza).",
              "Scrivere «≤ 0» per chiedere il rispetto della norma; lasciare «< 0» solo se si vuole di più.");
        } else if (looser) {
          out.inIndicator(
              Severity.AVVISO, o, i,
              "Il valore atteso «" + t.text().strip() + "» chiede meno della norma: la L. 145/2018 art. 1 c. 859 lett. b)"
                  + " chiede un indicatore di ritardo annuale ≤ 0.",
              "Scrivere «≤ 0».");
        }
      }
    }
  }
}
