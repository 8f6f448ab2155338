package it.traguardo.nextyear;

import it.traguardo.measure.DeadlineRule;
import it.traguardo.measure.Target;
import it.traguardo.plan.BudgetLink;
import it.traguardo.plan.Indicator;
import it.traguardo.plan.Objective;
import it.traguardo.plan.Phase;
import it.traguardo.plan.Plan;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Rolls a plan forward one year: from the plan 2024–2026 the draft 2025–2027, with what must be reviewed.
 *
 * <p>The rules, in order:
 *
 * <ul>
 *   <li>Objectives, phases, budget links, indicators, characteristics, weights, PIAO dimensions and named managers
 *       are carried; what belongs to the old plan's
 *       life is not: the "Raggiunto" cells, the "Stato di attuazione", the document's table of contents, source lines.
 *   <li>A phase keeps the years of its horizon still ahead; one that ran to the old last year runs to the new last
 *       year ("2024-2026" becomes "2025-2027", "2024-2025" becomes "2025"). A phase whose horizon ended before the new
 *       first year is carried as written and marked {@link ReviewReason#FASE_CONCLUSA}; when every phase of an
 *       objective ended, the objective is marked {@link ReviewReason#OBIETTIVO_CONCLUSO} instead, once.
 *   <li>A target written once for every year ("Almeno 80%", "Entro 31.10") holds in the new last year too: it is
 *       carried from the old last year and marked {@link ReviewReason#VALORE_ATTESO_NUOVO_ANNO}, to be confirmed.
 *   <li>A target with one deadline per listed year ("Realizzazione entro 31.12.2024-2025-2026") keeps the years
 *       still ahead and, when it listed the old last year, gets the new last year as the same day; the text is
 *       rewritten ("… 31.12.2025-2026-2027") and marked as carried. The same rewriting applies to the extra columns
 *       of the indicator ("Azione").
 *   <li>A target with one date before the new first year ("Entro 31.12.2024") is kept and marked
 *       {@link ReviewReason#SCADENZA_PASSATA}.
 *   <li>An indicator whose name cites a year before the new first year ("… previste 2024") is marked
 *       {@link ReviewReason#ANNO_PASSATO}; a number after a slash is a citation ("d.lgs. 36/2024"), not a year.
 *   <li>The title's period is replaced ("… 2024-2026" becomes "… 2025-2027"); a premise is carried and marked.
 * </ul>
 *
 * Plain Java: no storage, no framework.
 */
public final class NextYearPlan {

  /** A year written alone: not part of a longer number, of a date or of a citation such as "36/2024". */
  private static final Pattern LONE_YEAR = Pattern.compile("(?<![\\d/.])((?:19|20)\\d\\d)(?![\\d/])");

  /** The day, month and trailing year list of a deadline: "31.12.2024-2025-2026", "31/12/2024, 2025 e 2026". */
  private static final Pattern YEAR_LIST =
      Pattern.compile(
          "(?<!\\d)(\\d{1,2}[./-]\\d{1,2}[./-])((?:19|20)?\\d\\d)((?:\\s*(?:[-/,]|e(?=\\s))\\s*(?:19|20)\\d\\d)*)(\\.?\\s*)$");

  private NextYearPlan() {}

  /** The draft and its review list, in the draft's order. */
  public record Draft(Plan plan, List<ReviewItem> review) {
    public Draft {
      review = List.copyOf(review);
    }
  }

  public static Draft of(Plan source) {
    Rolling rolling = new Rolling(source.firstYear(), source.lastYear());
    List<ReviewItem> review = new ArrayList<>();
    if (source.premise() != null && !source.premise().isBlank()) {
      review.add(
          new ReviewItem(
              null, null, ReviewReason.PREMESSA, "Premessa",
              "La premessa è ripresa dal piano " + rolling.oldPeriod() + ": aggiornarla per il " + rolling.newPeriod() + "."));
    }
    List<Objective> objectives = new ArrayList<>();
    for (int i = 0; i < source.objectives().size(); i++) {
      objectives.add(rolling.objective(source.objectives().get(i), i, review));
    }
    Plan draft =
        new Plan(
            null, source.entityName(), source.province(), rolling.title(source.title()), rolling.first, rolling.last,
            source.premise(), List.of(), objectives);
    return new Draft(draft, review);
  }

  /** The horizon text of a list of years: "2025", "2025-2027" when consecutive, "2025, 2027" otherwise. */
  static String horizon(List<Integer> years) {
    if (years.size() == 1) {
      return String.valueOf(years.get(0));
    }
    boolean consecutive = true;
    for (int i = 1; i < years.size(); i++) {
      consecutive &= years.get(i) == years.get(i - 1) + 1;
    }
    return consecutive
        ? years.get(0) + "-" + years.get(years.size() - 1)
        : years.stream().map(String::valueOf).collect(Collectors.joining(", "));
  }

  /**
   * The text of a deadline with one date per listed year, with its year list replaced by {@code years}; empty when
   * the list cannot be found or the rewritten text would not read as those deadlines.
   */
  static Optional<String> withYears(String text, DeadlineRule.EachListedYear rule, List<Integer> years) {
    Matcher list = YEAR_LIST.matcher(text);
    if (!list.find()) {
      return Optional.empty();
    }
    String joined = years.stream().map(String::valueOf).collect(Collectors.joining("-"));
    String rewritten = text.substring(0, list.start()) + list.group(1) + joined + list.group(4);
    DeadlineRule expected =
        years.size() == 1
            ? new DeadlineRule.OnDate(rule.day().atYear(years.get(0)))
            : new DeadlineRule.EachListedYear(rule.day(), years);
    return expected.equals(Target.parse(rewritten).deadline()) ? Optional.of(rewritten) : Optional.empty();
  }

  /** The years a lone year cites before {@code first}, in order. */
  static List<Integer> pastYearsCited(String text, int first) {
    TreeSet<Integer> years = new TreeSet<>();
    Matcher year = LONE_YEAR.matcher(text == null ? "" : text);
    while (year.find()) {
      int value = Integer.parseInt(year.group(1));
      if (value < first) {
        years.add(value);
      }
    }
    return List.copyOf(years);
  }

  /** The rolling of one plan: the old and the new period. */
  private static final class Rolling {
    private final int oldFirst;
    private final int oldLast;
    private final int first;
    private final int last;

    Rolling(int oldFirst, int oldLast) {
      this.oldFirst = oldFirst;
      this.oldLast = oldLast;
      this.first = oldFirst + 1;
      this.last = oldLast + 1;
    }

    String oldPeriod() {
      return oldFirst + "–" + oldLast;
    }

    String newPeriod() {
      return first + "–" + last;
    }

    String title(String title) {
      if (title == null) {
        return null;
      }
      Pattern period = Pattern.compile(oldFirst + "(\\s*[-–/]\\s*)(?:" + oldLast + "|" + oldLast % 100 + ")(?!\\d)");
      return period.matcher(title).replaceAll(first + "$1" + last);
    }

    Objective objective(Objective objective, int index, List<ReviewItem> review) {
      List<ReviewItem> items = new ArrayList<>();
      boolean concluded = !objective.phases().isEmpty() && objective.phases().stream().allMatch(this::ended);
      List<Phase> phases = new ArrayList<>();
      for (Phase phase : objective.phases()) {
        phases.add(phase(objective, index, phase, items));
      }
      List<Indicator> indicators = new ArrayList<>();
      for (Indicator indicator : objective.indicators()) {
        indicators.add(indicator(objective, index, indicator, items));
      }
      if (concluded) {
        int lastYear = objective.phases().stream().flatMap(p -> p.years().stream()).max(Integer::compare).orElseThrow();
        review.add(
            new ReviewItem(
                index, objective.number(), ReviewReason.OBIETTIVO_CONCLUSO, "Obiettivo " + objective.number(),
                "Tutte le fasi si sono concluse entro il " + lastYear
                    + ": eliminare l'obiettivo o ripianificarne fasi, indicatori e valori attesi per il " + newPeriod() + "."));
      } else {
        review.addAll(items);
      }
      List<BudgetLink> links =
          objective.budgetLinks().stream()
              .map(b -> new BudgetLink(b.mission(), b.programme(), b.missionText(), b.programmeText(), null))
              .toList();
      return new Objective(
          null, objective.number(), objective.kind(), objective.title(), objective.unit(), objective.description(),
          objective.assignment(), phases, links, indicators, objective.characteristics(), null, null, objective.weight(),
          objective.dimensions(), objective.managerIds());
    }

    private boolean ended(Phase phase) {
      return !phase.years().isEmpty() && phase.years().stream().allMatch(year -> year < first);
    }

    private Phase phase(Objective objective, int index, Phase phase, List<ReviewItem> items) {
      if (phase.years().isEmpty()) {
        return new Phase(null, phase.number(), phase.description(), phase.horizon(), phase.years(), phase.assignee(), null);
      }
      if (ended(phase)) {
        items.add(
            new ReviewItem(
                index, objective.number(), ReviewReason.FASE_CONCLUSA, "Fase " + phase.number() + " «" + phase.description() + "»",
                "L'orizzonte temporale «" + phase.horizon() + "» si è concluso prima del " + first
                    + ": eliminare la fase o indicarne il nuovo orizzonte."));
        return new Phase(null, phase.number(), phase.description(), phase.horizon(), phase.years(), phase.assignee(), null);
      }
      List<Integer> years = ahead(phase.years());
      return new Phase(null, phase.number(), phase.description(), horizon(years), years, phase.assignee(), null);
    }

    /** The years still ahead, and the new last year when the old last year was among them. */
    private List<Integer> ahead(List<Integer> years) {
      List<Integer> ahead = new ArrayList<>(years.stream().filter(year -> year >= first).toList());
      if (years.contains(oldLast)) {
        for (int year = oldLast + 1; year <= last; year++) {
          ahead.add(year);
        }
      }
      return List.copyOf(new TreeSet<>(ahead));
    }

    private Indicator indicator(Objective objective, int index, Indicator indicator, List<ReviewItem> items) {
      String subject = "Indicatore «" + indicator.name() + "»";
      List<Integer> cited = pastYearsCited(indicator.name(), first);
      if (!cited.isEmpty()) {
        items.add(
            new ReviewItem(
                index, objective.number(), ReviewReason.ANNO_PASSATO, subject,
                "Il nome cita " + cited.stream().map(String::valueOf).collect(Collectors.joining(" e il ", "il ", ""))
                    + ", prima del nuovo piano: aggiornarlo se l'indicatore vale per il " + newPeriod() + "."));
      }
      String target = indicator.target();
      if (target != null && !target.isBlank()) {
        target = target(objective, index, subject, target, items);
      }
      Map<String, List<String>> extra = new LinkedHashMap<>();
      indicator.extra().forEach((column, lines) -> extra.put(column, lines.stream().map(this::line).toList()));
      return new Indicator(null, indicator.phase(), indicator.name(), extra, target, null, null, indicator.weight());
    }

    /** An extra line with a deadline per listed year, rewritten for the new period; any other line as written. */
    private String line(String line) {
      if (Target.parse(line).deadline() instanceof DeadlineRule.EachListedYear rule) {
        List<Integer> years = ahead(rule.years());
        if (!years.isEmpty()) {
          return withYears(line, rule, years).orElse(line);
        }
      }
      return line;
    }

    private String target(Objective objective, int index, String subject, String text, List<ReviewItem> items) {
      DeadlineRule deadline = Target.parse(text).deadline();
      if (deadline instanceof DeadlineRule.OnDate onDate && onDate.date().getYear() < first) {
        items.add(
            new ReviewItem(
                index, objective.number(), ReviewReason.SCADENZA_PASSATA, subject,
                "Il valore atteso «" + text + "» scade nel " + onDate.date().getYear()
                    + ", prima del nuovo piano: indicare la scadenza per il " + newPeriod() + "."));
        return text;
      }
      if (deadline instanceof DeadlineRule.EachListedYear rule) {
        List<Integer> years = ahead(rule.years());
        Optional<String> rewritten = years.isEmpty() ? Optional.empty() : withYears(text, rule, years);
        if (rewritten.isEmpty()) {
          items.add(
              new ReviewItem(
                  index, objective.number(), ReviewReason.SCADENZA_PASSATA, subject,
                  "Il valore atteso «" + text + "» elenca anni che non sono del nuovo piano: indicare le scadenze per il "
                      + newPeriod() + "."));
          return text;
        }
        items.add(
            new ReviewItem(
                index, objective.number(), ReviewReason.VALORE_ATTESO_NUOVO_ANNO, subject,
                years.contains(last)
                    ? "Il valore atteso «" + text + "» è diventato «" + rewritten.get() + "»: la scadenza del " + last
                        + " è ripresa da quella del " + oldLast + ", da confermare."
                    : "Il valore atteso «" + text + "» è diventato «" + rewritten.get() + "»: nel " + last
                        + " non ha scadenza e l'indicatore non è valutabile, da completare."));
        return rewritten.get();
      }
      items.add(
          new ReviewItem(
              index, objective.number(), ReviewReason.VALORE_ATTESO_NUOVO_ANNO, subject,
              "Il valore atteso «" + text + "» vale per ogni anno: per il " + last + " è ripreso dal " + oldLast
                  + ", da confermare o modificare."));
      return text;
    }
  }
}
