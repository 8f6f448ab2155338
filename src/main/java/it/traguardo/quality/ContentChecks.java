package it.traguardo.quality;

import it.traguardo.plan.Objective;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The content the PIAO rules ask the performance sub-section to carry, and what the plan's own premise promises.
 * An objective covers a theme through its title, description or tags: a phase alone does not make an objective of it.
 */
final class ContentChecks {

  private static final String EXEMPTION =
      " Gli enti con meno di 50 dipendenti sono esonerati dalla sottosezione Performance (DM 132/2022 art. 6).";

  /** A theme the norms ask for, with the word stems (folded) that reveal it. */
  record Theme(String name, String norm, List<String> stems) {}

  static final List<Theme> THEMES =
      List.of(
          new Theme("semplificazione", "DM 132/2022 art. 3 c. 1 lett. b)", List.of("semplific", "snellim", "reingegnerizz")),
          new Theme("digitalizzazione", "DM 132/2022 art. 3 c. 1 lett. b)",
              List.of("digital", "dematerializz", "informatizz", "transizione digitale")),
          new Theme("piena accessibilità", "DM 132/2022 art. 3 c. 1 lett. b)",
              List.of("accessibil", "barriere architettoniche", "disabil")),
          new Theme("pari opportunità ed equilibrio di genere", "DM 132/2022 art. 3 c. 1 lett. b)",
              List.of("pari opportunit", "equilibrio di genere", "parita di genere", "bilancio di genere", "cug ",
                  "comitato unico di garanzia", "conciliazione")),
          new Theme("efficientamento energetico", "circolare DFP n. 2/2022",
              List.of("energ", "fotovoltaic", "efficientamento energetico")));

  /** "un obiettivo specifico finalizzato al contenimento energetico": what the premise says an objective will do. */
  private static final Pattern ANNOUNCED =
      Pattern.compile(
          "obiettiv[oi]\\s+specific[oi]\\s+(?:finalizzat|dedicat|rivolt)[oi]\\s+(?:a|al|alla|allo|ai|agli|alle|all')\\s*([^.;:\\n]+)",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private static final List<String> STOP_WORDS =
      List.of("della", "delle", "degli", "dello", "nella", "nelle", "sulla", "sulle", "anche", "quale", "quali");

  private ContentChecks() {}

  static List<Check> all() {
    return List.of(
        new Rule("CONTENUTI_TEMA_MANCANTE", ContentChecks::missingTheme),
        new Rule("CONTENUTI_OBIETTIVO_ANNUNCIATO_MANCANTE", ContentChecks::announcedButMissing));
  }

  private static void missingTheme(PlanUnderCheck under, Findings out) {
    if (under.plan().objectives().isEmpty()) {
      return;
    }
    for (Theme theme : THEMES) {
      if (!covered(under, text -> Text.mentions(text, theme.stems()))) {
        out.inPlan(
            Severity.AVVISO,
            "Nessun obiettivo riguarda «" + theme.name() + "» (nel titolo, nella descrizione o nelle etichette), come"
                + " chiede " + theme.norm() + "." + EXEMPTION,
            "Aggiungere un obiettivo di " + theme.name() + ", o nominare il tema nel titolo o nella descrizione"
                + " dell'obiettivo che già lo persegue.");
      }
    }
  }

  private static void announcedButMissing(PlanUnderCheck under, Findings out) {
    if (Text.isBlank(under.plan().premise())) {
      return;
    }
    Matcher m = ANNOUNCED.matcher(under.plan().premise());
    while (m.find()) {
      String subject = m.group(1).strip();
      if (!covered(under, topic(subject))) {
        out.inPlan(
            Severity.AVVISO,
            "La premessa annuncia «" + m.group().strip() + "», ma nessuna scheda contiene un obiettivo su questo tema.",
            "Aggiungere la scheda dell'obiettivo annunciato, oppure togliere l'annuncio dalla premessa.");
      }
    }
  }

  /**
   * What an objective must mention to cover the announced subject: the stems of a known theme when the subject names
   * one, else every significant word of the subject (first six letters).
   */
  private static Predicate<String> topic(String subject) {
    Optional<Theme> theme = THEMES.stream().filter(t -> Text.mentions(subject, t.stems())).findFirst();
    if (theme.isPresent()) {
      return text -> Text.mentions(text, theme.get().stems());
    }
    List<String> stems = new ArrayList<>();
    for (String word : Text.fold(subject).split(" ")) {
      if (word.length() >= 5 && !STOP_WORDS.contains(word)) {
        stems.add(word.substring(0, Math.min(6, word.length())));
      }
    }
    return text -> stems.stream().allMatch(stem -> Text.mentions(text, List.of(stem)));
  }

  private static boolean covered(PlanUnderCheck under, Predicate<String> topic) {
    for (Objective o : under.plan().objectives()) {
      String text = o.title() + " " + (o.description() == null ? "" : o.description()) + " " + String.join(" ", under.tags().of(o));
      if (topic.test(text)) {
        return true;
      }
    }
    return false;
  }
}
