package it.traguardo.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ObjectiveWeightsTest {

  private static final BigDecimal SEVENTY = new BigDecimal("70");
  /** The EQ of Servizio 1 in Cedrasco: transversal 1–5, the service's 6–14, among them 7 on payment times. */
  private static final List<String> SERVIZIO_1 = List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14");
  /** The EQ of Servizio 2: transversal 1–5, the service's 15–17, and 7 because they pay invoices. */
  private static final List<String> SERVIZIO_2 = List.of("1", "2", "3", "4", "5", "7", "15", "16", "17");

  private static Map<String, BigDecimal> weights(String... pairs) {
    Map<String, BigDecimal> weights = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      weights.put(pairs[i], new BigDecimal(pairs[i + 1]));
    }
    return weights;
  }

  @Test
  void defaultsGiveThePaymentObjectiveTheLeastWeightTheRuleAllowsAndShareTheRestToTheCent() {
    // 7 takes max(100/14 = 7,14; 42,86) = 42,86; the other 13 share 57,14 = 5714 cents: 439 each, 7 cents left over
    // go to the first seven → 4,40 × 7 + 4,39 × 6 + 42,86 = 30,80 + 26,34 + 42,86 = 100,00
    Map<String, BigDecimal> defaults = ObjectiveWeights.defaults(SERVIZIO_1, Map.of(), Set.of("7"), SEVENTY);
    assertThat(defaults.keySet()).containsExactlyElementsOf(SERVIZIO_1);
    assertThat(defaults.values()).extracting(BigDecimal::toPlainString)
        .containsExactly("4.40", "4.40", "4.40", "4.40", "4.40", "4.40", "42.86", "4.40", "4.39", "4.39", "4.39", "4.39", "4.39", "4.39");
    assertThat(sum(defaults)).isEqualByComparingTo("100");

    // Servizio 2: 8 others share 5714 cents: 714 each, 2 left → 7,15 × 2 + 7,14 × 6 + 42,86 = 100,00
    assertThat(ObjectiveWeights.defaults(SERVIZIO_2, Map.of(), Set.of("7"), SEVENTY).values()).extracting(BigDecimal::toPlainString)
        .containsExactly("7.15", "7.15", "7.14", "7.14", "7.14", "42.86", "7.14", "7.14", "7.14");
  }

  @Test
  void withoutPaymentResponsibilityEveryObjectiveWeighsTheSame() {
    // 10000 cents / 14 = 714, 4 left → four at 7,15 and ten at 7,14
    Map<String, BigDecimal> defaults = ObjectiveWeights.defaults(SERVIZIO_1, Map.of(), Set.of(), SEVENTY);
    assertThat(defaults.values().stream().filter(w -> w.compareTo(new BigDecimal("7.15")) == 0)).hasSize(4);
    assertThat(defaults.values().stream().filter(w -> w.compareTo(new BigDecimal("7.14")) == 0)).hasSize(10);
    assertThat(sum(defaults)).isEqualByComparingTo("100");
  }

  @Test
  void aPaymentObjectiveAloneTakesEverythingAndOneWithAFewOthersKeepsItsLargerEqualShare() {
    assertThat(ObjectiveWeights.defaults(List.of("7"), Map.of(), Set.of("7"), SEVENTY)).containsEntry("7", new BigDecimal("100.00"));
    // two objectives: the equal share 50 is above 42,86
    assertThat(ObjectiveWeights.defaults(List.of("6", "7"), Map.of(), Set.of("7"), SEVENTY))
        .containsEntry("6", new BigDecimal("50.00")).containsEntry("7", new BigDecimal("50.00"));
  }

  @Test
  void thePlansWeightsAreFollowedInProportionWhenItWeighsEveryObjective() {
    // plan weights 10, 20, 30, 40 (sum 100): without payment duty they are the weights themselves
    Map<String, BigDecimal> plan = weights("1", "10", "6", "20", "9", "30", "7", "40");
    assertThat(ObjectiveWeights.defaults(List.of("1", "6", "9", "7"), plan, Set.of(), SEVENTY).values())
        .extracting(BigDecimal::toPlainString).containsExactly("10.00", "20.00", "30.00", "40.00");
    // paying invoices: 7 rises from 40 to 42,86; the other 57,14 follow 10 : 20 : 30
    //   5714 × 10/60 = 952,33 → 952; × 20/60 = 1904,67 → 1904; × 30/60 = 2857 → 2857; 5713 assigned, the cent left goes
    //   to the largest remainder (0,67, objective 6) → 9,52 · 19,05 · 28,57 · 42,86
    assertThat(ObjectiveWeights.defaults(List.of("1", "6", "9", "7"), plan, Set.of("7"), SEVENTY).values())
        .extracting(BigDecimal::toPlainString).containsExactly("9.52", "19.05", "28.57", "42.86");
    // one objective the plan does not weigh: equal weights for all
    assertThat(ObjectiveWeights.defaults(List.of("1", "6", "12"), plan, Set.of(), SEVENTY).values())
        .extracting(BigDecimal::toPlainString).containsExactly("33.34", "33.33", "33.33");
  }

  @Test
  void weightsMustCoverTheObjectivesWithTwoDecimalsAndSumToOneHundredWithinACent() {
    List<String> objectives = List.of("1", "6", "7");
    assertThat(ObjectiveWeights.problems(weights("1", "28.57", "6", "28.57", "7", "42.86"), objectives, Set.of("7"), SEVENTY)).isEmpty();
    // 99,99 is within 0,01 of 100
    assertThat(ObjectiveWeights.problems(weights("1", "28.57", "6", "28.56", "7", "42.86"), objectives, Set.of("7"), SEVENTY)).isEmpty();
    assertThat(ObjectiveWeights.problems(weights("1", "28.57", "6", "28.55", "7", "42.86"), objectives, Set.of("7"), SEVENTY))
        .containsExactly("I pesi degli obiettivi sommano a 99,98: devono sommare a 100 (tolleranza 0,01)");
    assertThat(ObjectiveWeights.problems(weights("1", "28.575", "6", "28.565", "9", "10"), objectives, Set.of(), SEVENTY))
        .containsExactly(
            "L'obiettivo «9» non è tra quelli assegnati al responsabile",
            "Peso dell'obiettivo 1: atteso un numero da 0 a 100 con al più due decimali, trovato 28,575",
            "Peso dell'obiettivo 6: atteso un numero da 0 a 100 con al più due decimali, trovato 28,565",
            "Manca il peso dell'obiettivo 7");
  }

  @Test
  void thePaymentObjectiveUnderThirtyPercentOfResultPayIsRefused() {
    List<String> problems =
        ObjectiveWeights.problems(weights("1", "28.58", "6", "28.57", "7", "42.85"), List.of("1", "6", "7"), Set.of("7"), SEVENTY);
    assertThat(problems).singleElement().asString()
        .startsWith("L'obiettivo sulla tempestività dei pagamenti vale il 29,995% della retribuzione di risultato")
        .contains("art. 4-bis c. 2 DL 24 febbraio 2023 n. 13");
    // the same weights are fine for a manager who does not pay invoices
    assertThat(ObjectiveWeights.problems(weights("1", "28.58", "6", "28.57", "7", "42.85"), List.of("1", "6", "7"), Set.of(), SEVENTY)).isEmpty();
  }

  private static BigDecimal sum(Map<String, BigDecimal> weights) {
    return new ArrayList<>(weights.values()).stream().reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}
