package it.traguardo.deadlines;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ReminderSettingsTest {

  private static ReminderSettings with(int due, int remind, int every, String subjectDue, String bodyDue) {
    ReminderSettings d = ReminderSettings.defaults();
    return new ReminderSettings(true, due, remind, every, subjectDue, bodyDue, d.subjectOverdue(), d.bodyOverdue(), 0);
  }

  @Test
  void theItalianDefaultsAreValid() {
    ReminderSettings defaults = ReminderSettings.defaults();
    assertThat(defaults.problems()).isEmpty();
    assertThat(defaults.enabled()).isTrue();
    assertThat(defaults.version()).isZero();
    assertThat(defaults.subjectDue()).isEqualTo("Traguardo: {voci} da compilare entro il {scadenza}");
  }

  @Test
  void eachProblemNamesItsFieldAndWhatWasExpected() {
    ReminderSettings d = ReminderSettings.defaults();
    assertThat(with(120, 10, -1, d.subjectDue(), d.bodyDue()).problems())
        .extracting(ReminderSettings.Problem::field, ReminderSettings.Problem::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "dueDaysBefore", "«Voci dovute da quanti giorni prima della scadenza»: indicare un numero di giorni tra 0 e 90 (indicato: 120)."),
            org.assertj.core.groups.Tuple.tuple(
                "overdueEveryDays", "«Promemoria di ritardo ogni quanti giorni»: indicare un numero di giorni tra 0 e 90 (indicato: -1)."));
    assertThat(with(5, 10, 7, d.subjectDue(), d.bodyDue()).problems())
        .extracting(ReminderSettings.Problem::message)
        .containsExactly(
            "Il promemoria parte 10 giorni prima della scadenza, ma le voci diventano dovute solo 5 giorni prima: indicare al massimo 5.");
    assertThat(with(30, 10, 7, "Scadenza {data}\nseconda riga", " ").problems())
        .extracting(ReminderSettings.Problem::field, ReminderSettings.Problem::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("subjectDue", "L'oggetto del promemoria di scadenza deve stare su una riga."),
            org.assertj.core.groups.Tuple.tuple(
                "subjectDue",
                "L'oggetto del promemoria di scadenza usa il segnaposto «{data}», che non esiste: si possono usare {ente}, {nome}, {rilevazione}, {scadenza}, {voci}."),
            org.assertj.core.groups.Tuple.tuple("bodyDue", "Il testo del promemoria di scadenza è vuoto."));
  }

  @Test
  void placeholdersAreFilledAndUnknownOnesLeftAsWritten() {
    assertThat(ReminderSettings.fill("{nome}, {voci} voci {entro} $1", Map.of("nome", "Anna", "voci", "3")))
        .isEqualTo("Anna, 3 voci {entro} $1");
  }
}
