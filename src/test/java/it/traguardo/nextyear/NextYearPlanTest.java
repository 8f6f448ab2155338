package it.traguardo.nextyear;

import static org.assertj.core.api.Assertions.assertThat;

import it.traguardo.catalog.BudgetCatalog;
import it.traguardo.importer.PlanTextImporter;
import it.traguardo.measure.DeadlineRule;
import it.traguardo.measure.Target;
import it.traguardo.plan.Characteristics;
import it.traguardo.plan.Indicator;
import it.traguardo.plan.Objective;
import it.traguardo.plan.ObjectiveKind;
import it.traguardo.plan.Phase;
import it.traguardo.plan.Plan;
import it.traguardo.support.MeasuredSeed;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The roll-forward of the Cedrasco plan 2024–2026 into the draft 2025–2027, by value, and of the forms the seed lacks. */
class NextYearPlanTest {

  private static final Plan SEED = MeasuredSeed.plan();
  private static final NextYearPlan.Draft DRAFT = NextYearPlan.of(SEED);

  @Test
  void theDraftCoversTheNextThreeYearsAndCarriesEverySheetWithoutTheOldPlansLife() {
    Plan plan = DRAFT.plan();
    assertThat(plan.id()).isNull();
    assertThat(plan.firstYear()).isEqualTo(2025);
    assertThat(plan.lastYear()).isEqualTo(2027);
    assertThat(plan.title()).isEqualTo("Piano Integrato di Attività ed Organizzazione 2025-2027");
    assertThat(plan.entityName()).isEqualTo("Comune di Cedrasco");
    assertThat(plan.premise()).isEqualTo(SEED.premise());
    assertThat(plan.contents()).isEmpty();
    assertThat(plan.objectives()).extracting(Objective::number).containsExactlyElementsOf(SEED.objectives().stream().map(Objective::number).toList());
    assertThat(plan.objectives()).extracting(Objective::title).containsExactlyElementsOf(SEED.objectives().stream().map(Objective::title).toList());
    assertThat(plan.objectives().stream().mapToInt(o -> o.indicators().size()).sum()).isEqualTo(80);
    assertThat(plan.objectives()).allSatisfy(o -> {
      assertThat(o.id()).isNull();
      assertThat(o.narrative()).isNull();
      assertThat(o.line()).isNull();
      assertThat(o.indicators()).allSatisfy(i -> assertThat(i.achieved()).isNull());
    });
    // objective 6 had three "Raggiunto" cells in the measured seed: they belong to 2024, not to the draft
    assertThat(SEED.objectives().get(5).indicators().get(1).achieved()).isEqualTo("2");
    Objective six = plan.objectives().get(5);
    assertThat(six.characteristics()).isEqualTo(SEED.objectives().get(5).characteristics());
    assertThat(six.budgetLinks()).extracting(b -> b.mission() + "." + b.programme()).containsExactly("01.03");
    assertThat(six.indicators()).extracting(Indicator::target)
        .containsExactly("Entro il 31.12 anno precedente", "3", "1000", "900", "300", "100", "Entro la scadenza fiscale", "SI", "80%", "Entro 30.4");
  }

  @Test
  void phasesKeepTheYearsAheadAndThoseThatRanToTheEndRunToTheNewEnd() {
    Plan plan = DRAFT.plan();
    Phase budget = plan.objectives().get(5).phases().get(0);
    assertThat(budget.horizon()).isEqualTo("2025-2027");
    assertThat(budget.years()).containsExactly(2025, 2026, 2027);
    assertThat(plan.objectives().get(0).phases().get(0).horizon()).isEqualTo("2025-2027"); // was "2024/25/26"
    Phase manual = plan.objectives().get(9).phases().get(0); // "2024-2025"
    assertThat(manual.horizon()).isEqualTo("2025");
    assertThat(manual.years()).containsExactly(2025);
    Phase pnrr = plan.objectives().get(1).phases().get(0); // "2024": ended, carried as written
    assertThat(pnrr.horizon()).isEqualTo("2024");
    assertThat(pnrr.years()).containsExactly(2024);
    assertThat(pnrr.description()).isEqualTo(SEED.objectives().get(1).phases().get(0).description());
  }

  @Test
  void aDeadlinePerListedYearMovesWithThePlanInTheExtraColumnsToo() {
    Indicator work = DRAFT.plan().objectives().get(17).indicators().get(0);
    assertThat(SEED.objectives().get(17).indicators().get(0).extra().get("Azione"))
        .containsExactly("Realizzazione entro 31.12.2024-2025-2026", "Costo");
    assertThat(work.extra().get("Azione")).containsExactly("Realizzazione entro 31.12.2025-2026-2027", "Costo");
    assertThat(work.target()).isEqualTo("100%");
  }

  @Test
  void theSeedsReviewListByReason() {
    Map<ReviewReason, Long> byReason =
        DRAFT.review().stream().collect(Collectors.groupingBy(ReviewItem::reason, Collectors.counting()));
    // 80 indicators, less the 17 of the four concluded objectives (6 + 3 + 6 + 2), each with a target for 2027
    assertThat(byReason).containsExactlyInAnyOrderEntriesOf(Map.of(
        ReviewReason.PREMESSA, 1L,
        ReviewReason.OBIETTIVO_CONCLUSO, 4L,
        ReviewReason.ANNO_PASSATO, 1L,
        ReviewReason.VALORE_ATTESO_NUOVO_ANNO, 63L));
    assertThat(DRAFT.review().stream().filter(r -> r.reason() == ReviewReason.OBIETTIVO_CONCLUSO))
        .extracting(ReviewItem::objectiveNumber, ReviewItem::objectiveIndex)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("2", 1), org.assertj.core.groups.Tuple.tuple("3", 2),
            org.assertj.core.groups.Tuple.tuple("4", 3), org.assertj.core.groups.Tuple.tuple("11", 10));
    assertThat(DRAFT.review().get(0))
        .isEqualTo(new ReviewItem(null, null, ReviewReason.PREMESSA, "Premessa",
            "La premessa è ripresa dal piano 2024–2026: aggiornarla per il 2025–2027."));
    assertThat(DRAFT.review()).contains(new ReviewItem(1, "2", ReviewReason.OBIETTIVO_CONCLUSO, "Obiettivo 2",
            "Tutte le fasi si sono concluse entro il 2024: eliminare l'obiettivo o ripianificarne fasi, indicatori e"
                + " valori attesi per il 2025–2027."));
    assertThat(DRAFT.review()).contains(
        new ReviewItem(7, "8", ReviewReason.ANNO_PASSATO, "Indicatore «Attuazione delle procedure concorsuali previste 2024»",
            "Il nome cita il 2024, prima del nuovo piano: aggiornarlo se l'indicatore vale per il 2025–2027."),
        new ReviewItem(5, "6", ReviewReason.VALORE_ATTESO_NUOVO_ANNO, "Indicatore «Allineamento inventario»",
            "Il valore atteso «80%» vale per ogni anno: per il 2027 è ripreso dal 2026, da confermare o modificare."));
    // "d.lgs. 36/2024" is a citation, not a year
    assertThat(DRAFT.review()).noneMatch(r -> r.subject().contains("36/2024") && r.reason() == ReviewReason.ANNO_PASSATO);
  }

  @Test
  void endedPhasesPastDeadlinesAndListedYearsOfAnObjectiveStillRunning() {
    Objective objective = new Objective(
        null, "5", ObjectiveKind.SECTORAL, "Opere", "Servizio tecnico", null, null,
        List.of(phase(1, "2024", 2024), phase(2, "2024/25/26", 2024, 2025, 2026)),
        List.of(),
        List.of(
            indicator("Collaudo", "Entro 31.12.2024"),
            indicator("Cantieri", "Realizzazione entro il 31/12/2024, 2025 e 2026"),
            indicator("Progetti", "Entro 31.12.2024-2025"),
            indicator("Perizie", "Entro 30.6.2023-2024"),
            indicator("Rapporti 2023 e 2024", "")),
        Characteristics.NONE, "Avviato", 12, new java.math.BigDecimal("40"), java.util.Set.of(it.traguardo.plan.Dimension.DIGITALIZZAZIONE),
        List.of(3L));
    Plan plan = new Plan(7L, "Comune", null, null, 2024, 2026, null, List.of(), List.of(objective));
    NextYearPlan.Draft draft = NextYearPlan.of(plan);

    assertThat(draft.plan().title()).isNull();
    assertThat(draft.plan().objectives().get(0).indicators()).extracting(Indicator::target)
        .containsExactly("Entro 31.12.2024", "Realizzazione entro il 31/12/2025-2026-2027", "Entro 31.12.2025",
            "Entro 30.6.2023-2024", "");
    assertThat(draft.review()).extracting(ReviewItem::reason, ReviewItem::message).containsExactly(
        org.assertj.core.groups.Tuple.tuple(ReviewReason.FASE_CONCLUSA,
            "L'orizzonte temporale «2024» si è concluso prima del 2025: eliminare la fase o indicarne il nuovo orizzonte."),
        org.assertj.core.groups.Tuple.tuple(ReviewReason.SCADENZA_PASSATA,
            "Il valore atteso «Entro 31.12.2024» scade nel 2024, prima del nuovo piano: indicare la scadenza per il 2025–2027."),
        org.assertj.core.groups.Tuple.tuple(ReviewReason.VALORE_ATTESO_NUOVO_ANNO,
            "Il valore atteso «Realizzazione entro il 31/12/2024, 2025 e 2026» è diventato «Realizzazione entro il"
                + " 31/12/2025-2026-2027»: la scadenza del 2027 è ripresa da quella del 2026, da confermare."),
        org.assertj.core.groups.Tuple.tuple(ReviewReason.VALORE_ATTESO_NUOVO_ANNO,
            "Il valore atteso «Entro 31.12.2024-2025» è diventato «Entro 31.12.2025»: nel 2027 non ha scadenza e"
                + " l'indicatore non è valutabile, da completare."),
        org.assertj.core.groups.Tuple.tuple(ReviewReason.SCADENZA_PASSATA,
            "Il valore atteso «Entro 30.6.2023-2024» elenca anni che non sono del nuovo piano: indicare le scadenze per il 2025–2027."),
        org.assertj.core.groups.Tuple.tuple(ReviewReason.ANNO_PASSATO,
            "Il nome cita il 2023 e il 2024, prima del nuovo piano: aggiornarlo se l'indicatore vale per il 2025–2027."));
    assertThat(draft.review()).allSatisfy(r -> {
      assertThat(r.objectiveIndex()).isZero();
      assertThat(r.objectiveNumber()).isEqualTo("5");
    });
    assertThat(draft.plan().objectives().get(0).phases()).extracting(Phase::horizon).containsExactly("2024", "2025-2027");
    Objective carried = draft.plan().objectives().get(0);
    assertThat(carried.weight()).isEqualByComparingTo("40");
    assertThat(carried.dimensions()).containsExactly(it.traguardo.plan.Dimension.DIGITALIZZAZIONE);
    assertThat(carried.managerIds()).containsExactly(3L);
    assertThat(carried.narrative()).isNull();
    assertThat(carried.indicators()).extracting(Indicator::weight).containsOnly(new java.math.BigDecimal("25"));
  }

  @Test
  void yearListsAreRewrittenOnlyWhenTheResultReadsAsTheSameDeadlines() {
    DeadlineRule.EachListedYear rule = (DeadlineRule.EachListedYear) Target.parse("Entro 31.12.2024-2025-2026").deadline();
    assertThat(NextYearPlan.withYears("Entro 31.12.2024-2025-2026", rule, List.of(2025, 2026, 2027)))
        .contains("Entro 31.12.2025-2026-2027");
    assertThat(NextYearPlan.withYears("Entro 31.12.2024-2025-2026.", rule, List.of(2026))).contains("Entro 31.12.2026.");
    assertThat(NextYearPlan.withYears("Entro dicembre", rule, List.of(2025, 2026))).isEmpty();
  }

  @Test
  void horizonsAndCitedYears() {
    assertThat(NextYearPlan.horizon(List.of(2025))).isEqualTo("2025");
    assertThat(NextYearPlan.horizon(List.of(2025, 2026, 2027))).isEqualTo("2025-2027");
    assertThat(NextYearPlan.horizon(List.of(2025, 2027))).isEqualTo("2025, 2027");
    Function<String, List<Integer>> cited = text -> NextYearPlan.pastYearsCited(text, 2025);
    assertThat(cited.apply("procedure previste 2024")).containsExactly(2024);
    assertThat(cited.apply("(annualità 2022 e 2023) e 2025")).containsExactly(2022, 2023);
    assertThat(cited.apply("d.lgs. 36/2024, Regolamento UE 2022/1369, entro 31.12.2024, n. 12024")).isEmpty();
    assertThat(cited.apply(null)).isEmpty();
  }

  private static Phase phase(int number, String horizon, Integer... years) {
    return new Phase(null, number, "Fase " + number, horizon, List.of(years), null, null);
  }

  private static Indicator indicator(String name, String target) {
    return new Indicator(null, 1, name, Map.of(), target, "fatto", null, new java.math.BigDecimal("25"));
  }
}
