package it.traguardo.documents;

import static org.assertj.core.api.Assertions.assertThat;

import it.traguardo.catalog.BudgetCatalog;
import it.traguardo.importer.ImportResult;
import it.traguardo.plan.BudgetLink;
import it.traguardo.plan.Characteristics;
import it.traguardo.plan.Indicator;
import it.traguardo.plan.Level;
import it.traguardo.plan.Objective;
import it.traguardo.plan.ObjectiveKind;
import it.traguardo.plan.Phase;
import it.traguardo.plan.Plan;
import it.traguardo.support.PlanListing;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Plans made up from seeded random choices — any number of objectives, phases, extra columns, budget links, missing
 * characteristics, descriptions with lists and emphasis — written as DOCX and read back: the same plan every time.
 */
class RandomPlansRoundTripTest {

  private static final String[] WORDS = {
    "gestione", "servizi", "digitali", "bilancio", "trasparenza", "è", "più", "città", "protocollo", "PNRR", "%",
    "(C.I.E.)", "–", "\"valore pubblico\"", "<tag>", "&", "l'ente", "n.", "2024", "100.000", "euro"
  };
  private static final String[] HORIZONS = {"2024", "2024-2026", "2024/25", "2024/25/26", "2025"};
  private static final String[] TARGETS = {"SI", "100%", "< 5", "Entro 31.12", "1.000", "0", "Almeno 80%", "> 95%"};

  static Stream<Long> seeds() {
    return IntStream.range(0, 24).mapToObj(i -> 1_000L + i);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void docxReadsBackIntoTheSamePlan(long seed) {
    Plan plan = randomPlan(new Random(seed));
    PiaoDocuments documents = new PiaoDocuments(SeedPlan.CATALOG);
    ImportResult read = new DocxPlanReader(SeedPlan.CATALOG).read(documents.docx(plan));
    assertThat(read.hasErrors()).as(read.diagnostics().toString()).isFalse();
    assertThat(PlanListing.of(read.planOrNull())).containsExactlyElementsOf(PlanListing.of(plan));
    assertThat(read.planOrNull().premise()).isEqualTo(plan.premise());
    assertThat(documents.html(plan)).doesNotContain("<tag>").contains("&lt;tag&gt;");
  }

  static Plan randomPlan(Random random) {
    List<Objective> objectives = new ArrayList<>();
    int transversal = random.nextInt(3);
    int units = 1 + random.nextInt(3);
    int number = 0;
    for (int i = 0; i < transversal; i++) {
      objectives.add(objective(random, ++number, ObjectiveKind.TRANSVERSAL, null));
    }
    for (int u = 1; u <= units; u++) {
      // the text rules take a line ending with a full stop for a sentence, never for a service's heading
      String unit = "Servizio " + u + " – " + capitalised(words(random, 2)).replaceAll("\\.+$", "");
      for (int i = 0, n = 1 + random.nextInt(3); i < n; i++) {
        objectives.add(objective(random, ++number, ObjectiveKind.SECTORAL, unit));
      }
    }
    String premise =
        "Premessa metodologica\n\n" + sentence(random) + " **" + words(random, 2) + "** " + sentence(random)
            + "\n\nObiettivi di semplificazione\n\n" + sentence(random) + "\n\n- " + words(random, 3) + "\n- "
            + words(random, 4) + " *" + words(random, 1) + "*";
    return new Plan(
        null, "Comune di Prova", random.nextBoolean() ? "Provincia di Sondrio" : null,
        "Piano Integrato di Attività e Organizzazione 2024-2026", 2024, 2026, premise, List.of(), objectives);
  }

  private static Objective objective(Random random, int number, ObjectiveKind kind, String unit) {
    List<Phase> phases = new ArrayList<>();
    String assignee = capitalised(words(random, 2));
    for (int p = 1, n = 1 + random.nextInt(4); p <= n; p++) {
      if (random.nextInt(3) == 0) {
        assignee = capitalised(words(random, 3));
      }
      String horizon = HORIZONS[random.nextInt(HORIZONS.length)];
      phases.add(new Phase(null, p, sentence(random), horizon, years(horizon), assignee, null));
    }
    List<String> extraColumns = random.nextInt(3) == 0 ? List.of("Azione") : List.of();
    List<Indicator> indicators = new ArrayList<>();
    for (int i = 0, n = random.nextInt(4); i < n; i++) {
      Map<String, List<String>> extra = new LinkedHashMap<>();
      for (String column : extraColumns) {
        List<String> lines = new ArrayList<>();
        for (int l = 0, k = random.nextInt(3); l < k; l++) {
          lines.add(capitalised(words(random, 3)));
        }
        if (!lines.isEmpty()) {
          extra.put(column, lines);
        }
      }
      Integer phase = random.nextBoolean() ? 1 + random.nextInt(phases.size()) : null;
      indicators.add(
          new Indicator(
              null, phase, capitalised(words(random, 4)), extra, TARGETS[random.nextInt(TARGETS.length)],
              random.nextInt(4) == 0 ? "Raggiunto " + random.nextInt(100) : null, null));
    }
    List<BudgetLink> links = new ArrayList<>();
    List<BudgetCatalog.Mission> missions = new ArrayList<>(SeedPlan.CATALOG.missions());
    for (int l = 0, n = random.nextInt(3); l < n; l++) {
      BudgetCatalog.Mission mission = missions.get(random.nextInt(missions.size()));
      BudgetCatalog.Programme programme = mission.programmes().get(random.nextInt(mission.programmes().size()));
      links.add(new BudgetLink(mission.code(), programme.code(), mission.name().toUpperCase(), programme.name(), null));
    }
    String description =
        random.nextBoolean() ? null : sentence(random) + (random.nextBoolean() ? "\n\n" + sentence(random) + "\n- " + words(random, 3) : "");
    return new Objective(
        null, String.valueOf(number), kind, capitalised(words(random, 5)), unit, description,
        String.join("; ", phases.stream().map(Phase::assignee).distinct().toList()), phases, links, indicators,
        new Characteristics(level(random), level(random), level(random)),
        random.nextInt(4) == 0 ? sentence(random) : null, null);
  }

  private static List<Integer> years(String horizon) {
    return switch (horizon) {
      case "2024" -> List.of(2024);
      case "2025" -> List.of(2025);
      case "2024/25" -> List.of(2024, 2025);
      default -> List.of(2024, 2025, 2026);
    };
  }

  private static Level level(Random random) {
    int pick = random.nextInt(4);
    return pick == 3 ? null : Level.values()[pick];
  }

  private static String sentence(Random random) {
    return capitalised(words(random, 6 + random.nextInt(10))) + ".";
  }

  private static String words(Random random, int count) {
    List<String> words = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      words.add(WORDS[random.nextInt(WORDS.length)]);
    }
    return String.join(" ", words);
  }

  private static String capitalised(String text) {
    String letters = text.replaceFirst("^[^\\p{L}]+", "");
    String base = letters.isEmpty() ? "Voce " + text : letters;
    return Character.toUpperCase(base.charAt(0)) + base.substring(1);
  }
}
