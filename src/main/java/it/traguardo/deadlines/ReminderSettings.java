package it.traguardo.deadlines;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An ente's reminder schedule and texts. The texts may use the placeholders of {@link #PLACEHOLDERS}; the list of
 * items with their links and a closing line are added after the body.
 *
 * @param enabled whether the daily job sends this ente's automatic reminders (the segretario's can always be sent)
 * @param dueDaysBefore how many days before a checkpoint's date its items become due (0-90)
 * @param remindDaysBefore how many days before the date the "in scadenza" reminder goes (0 to {@code dueDaysBefore})
 * @param overdueEveryDays after the date, a reminder of what is missing every so many days; 0 for none (0-90)
 * @param version 0 while the ente keeps the defaults, then the stored row's version
 */
public record ReminderSettings(
    boolean enabled, int dueDaysBefore, int remindDaysBefore, int overdueEveryDays, String subjectDue, String bodyDue,
    String subjectOverdue, String bodyOverdue, int version) {

  /** The placeholders the texts may use, with what they become. */
  public static final Map<String, String> PLACEHOLDERS =
      Map.of(
          "nome", "il nome della persona",
          "ente", "il nome dell'ente",
          "rilevazione", "la rilevazione, per esempio «rilevazione intermedia 2024»",
          "scadenza", "la data della rilevazione, per esempio «30/06/2024»",
          "voci", "quante voci restano da compilare, per esempio «1 voce» o «3 voci»");

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)}");
  private static final int MAX_SUBJECT = 200;
  private static final int MAX_BODY = 4000;

  public static ReminderSettings defaults() {
    return new ReminderSettings(
        true, 30, 10, 7,
        "Traguardo: {voci} da compilare entro il {scadenza}",
        """
        Gentile {nome},

        entro il {scadenza} vanno inseriti in Traguardo i dati della {rilevazione} del piano della performance \
        ({ente}). Risultano ancora da compilare a suo nome le voci elencate qui sotto ({voci}), ciascuna con il \
        collegamento alla pagina in cui si compila.""",
        "Traguardo: {voci} in ritardo (scadenza {scadenza})",
        """
        Gentile {nome},

        la scadenza del {scadenza} per la {rilevazione} del piano della performance ({ente}) è passata e risultano \
        ancora da compilare a suo nome le voci elencate qui sotto ({voci}), ciascuna con il collegamento alla pagina \
        in cui si compila. La preghiamo di provvedere al più presto.""",
        0);
  }

  /** The settings in words, for the audit trail. */
  public String describe() {
    return (enabled ? "promemoria automatici attivi" : "promemoria automatici sospesi")
        + "; voci dovute " + dueDaysBefore + " giorni prima della scadenza"
        + "; promemoria " + remindDaysBefore + " giorni prima"
        + (overdueEveryDays == 0 ? "; nessun promemoria di ritardo" : "; in ritardo ogni " + overdueEveryDays + " giorni")
        + "; oggetto di scadenza «" + subjectDue + "»; testo di scadenza «" + bodyDue + "»"
        + "; oggetto di ritardo «" + subjectOverdue + "»; testo di ritardo «" + bodyOverdue + "»";
  }

  public ReminderSettings withVersion(int newVersion) {
    return new ReminderSettings(
        enabled, dueDaysBefore, remindDaysBefore, overdueEveryDays, subjectDue, bodyDue, subjectOverdue, bodyOverdue,
        newVersion);
  }

  /** A problem of one field of the settings form. */
  public record Problem(String field, String message) {}

  /** What is wrong with these settings, field by field; empty when they can be saved. */
  public List<Problem> problems() {
    List<Problem> problems = new ArrayList<>();
    range(problems, "dueDaysBefore", "Voci dovute da quanti giorni prima della scadenza", dueDaysBefore);
    range(problems, "remindDaysBefore", "Promemoria quanti giorni prima della scadenza", remindDaysBefore);
    range(problems, "overdueEveryDays", "Promemoria di ritardo ogni quanti giorni", overdueEveryDays);
    if (remindDaysBefore > dueDaysBefore && dueDaysBefore >= 0) {
      problems.add(
          new Problem(
              "remindDaysBefore",
              "Il promemoria parte " + remindDaysBefore + " giorni prima della scadenza, ma le voci diventano dovute solo "
                  + dueDaysBefore + " giorni prima: indicare al massimo " + dueDaysBefore + "."));
    }
    text(problems, "subjectDue", "L'oggetto del promemoria di scadenza", subjectDue, MAX_SUBJECT, true);
    text(problems, "bodyDue", "Il testo del promemoria di scadenza", bodyDue, MAX_BODY, false);
    text(problems, "subjectOverdue", "L'oggetto del promemoria di ritardo", subjectOverdue, MAX_SUBJECT, true);
    text(problems, "bodyOverdue", "Il testo del promemoria di ritardo", bodyOverdue, MAX_BODY, false);
    return problems;
  }

  private static void range(List<Problem> problems, String field, String what, int value) {
    if (value < 0 || value > 90) {
      problems.add(new Problem(field, "«" + what + "»: indicare un numero di giorni tra 0 e 90 (indicato: " + value + ")."));
    }
  }

  private static void text(List<Problem> problems, String field, String what, String text, int max, boolean oneLine) {
    if (text == null || text.isBlank()) {
      problems.add(new Problem(field, what + " è vuoto."));
      return;
    }
    if (text.length() > max) {
      problems.add(new Problem(field, what + " supera " + max + " caratteri (" + text.length() + ")."));
    }
    if (oneLine && (text.contains("\n") || text.contains("\r"))) {
      problems.add(new Problem(field, what + " deve stare su una riga."));
    }
    Matcher matcher = PLACEHOLDER.matcher(text);
    while (matcher.find()) {
      if (!PLACEHOLDERS.containsKey(matcher.group(1))) {
        problems.add(
            new Problem(
                field,
                what + " usa il segnaposto «" + matcher.group() + "», che non esiste: si possono usare "
                    + String.join(", ", PLACEHOLDERS.keySet().stream().sorted().map(p -> "{" + p + "}").toList()) + "."));
      }
    }
  }

  /** The text with each placeholder replaced by its value; unknown placeholders stay as written. */
  static String fill(String text, Map<String, String> values) {
    Matcher matcher = PLACEHOLDER.matcher(text);
    StringBuilder out = new StringBuilder();
    while (matcher.find()) {
      String value = values.get(matcher.group(1));
      matcher.appendReplacement(out, Matcher.quoteReplacement(value == null ? matcher.group() : value));
    }
    matcher.appendTail(out);
    return out.toString();
  }
}
