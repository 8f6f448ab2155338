package it.traguardo.documents;

import static org.assertj.core.api.Assertions.assertThat;

import it.traguardo.measure.EvaluatorOverride;
import it.traguardo.measure.NamedDates;
import it.traguardo.measure.ScoringPolicy;
import it.traguardo.plan.Indicator;
import it.traguardo.plan.Objective;
import it.traguardo.plan.Plan;
import it.traguardo.plan.PlanScoring;
import it.traguardo.support.MeasuredSeed;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/** The Relazione of the measured seed read back with PDFBox, veraPDF and POI, independently of how it was made. */
class RelazioneDocumentsTest {

  private static final Plan PLAN = MeasuredSeed.plan();
  private static RelazioneData data;
  private static byte[] pdf;

  @BeforeAll
  static void render() {
    data = data(List.of(), Optional.empty());
    pdf = new RelazioneDocuments().pdf(data);
  }

  private static RelazioneData data(List<RelazioneData.PaymentFigure> payments, Optional<RelazioneData.Validation> validation) {
    PlanScoring scoring = new PlanScoring(ScoringPolicy.standard(), NamedDates.empty());
    List<PlanScoring.ObjectiveScore> scores = scoring.score(PLAN, 2024, PlanScoring.ActualValues.fromDocument(PLAN));
    String unit = PLAN.objectives().get(5).unit();
    PlanScoring.Overview overview = scoring.overview(scores, List.of(new PlanScoring.Manager("Maria Bianchi", List.of(unit))));
    return new RelazioneData(PLAN, 2024, scores, overview, payments, validation);
  }

  private static String text(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return Normalizer.normalize(new PDFTextStripper().getText(document), Normalizer.Form.NFKC);
    }
  }

  private static String comparable(String text) {
    return text.replaceAll("\\s+", "");
  }

  @Test
  void pdfHasTheCoverEveryObjectiveAndItalianPercentages() throws IOException {
    String text = text(pdf);
    String all = comparable(text);
    assertThat(all).contains(comparable("Comune di Cedrasco"), "Relazionesullaperformance", "Anno2024", "2024-2026");
    for (Objective objective : PLAN.objectives()) {
      assertThat(all).as(objective.heading()).contains(comparable(objective.heading()));
    }
    // objective 6: (66,67 + 100 + 0) / 3; the ente and the service have only that objective evaluable
    assertThat(text).contains("66,67 %", "100,00 %", "0,00 %", "55,56 %");
    assertThat(all).contains("entroil30/04/2024");
    assertThat(all).contains(comparable("Maria Bianchi (responsabile)"), comparable("parzialmente raggiunto"));
    assertThat(all).doesNotContain(comparable(RelazioneLayout.PAYMENTS_HEADING), comparable(RelazioneLayout.VALIDATION_HEADING));
  }

  @Test
  void pdfIsTaggedItalian() throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("it");
      assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Relazione sulla performance 2024 – Comune di Cedrasco");
    }
  }

  @Test
  void pdfPassesVeraPdfForPdfA3aAndPdfUa1() throws Exception {
    assertThat(PiaoPdfTest.failedRules(pdf, PDFAFlavour.PDFA_3_A)).isEmpty();
    assertThat(PiaoPdfTest.failedRules(pdf, PDFAFlavour.PDFUA_1)).isEmpty();
  }

  @Test
  void paymentsAndValidationAppearOnlyWhenGiven() throws IOException {
    RelazioneData complete =
        data(
            List.of(new RelazioneData.PaymentFigure("Indicatore annuale di tempestività dei pagamenti", "-3,21 giorni")),
            Optional.of(new RelazioneData.Validation("Il Nucleo di Valutazione valida la Relazione.", LocalDate.of(2025, 6, 30))));
    String html = new RelazioneDocuments().html(complete);
    assertThat(html)
        .contains(RelazioneLayout.PAYMENTS_HEADING, "-3,21 giorni", RelazioneLayout.VALIDATION_HEADING, "30/06/2025");
    assertThat(new RelazioneDocuments().html(data)).doesNotContain("-3,21 giorni", "30/06/2025");
  }

  @Test
  void docxHasRealHeadingsAndTables() throws IOException {
    try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(new RelazioneDocuments().docx(data)))) {
      List<String> headings2 =
          docx.getParagraphs().stream().filter(p -> "Heading2".equals(p.getStyle())).map(XWPFParagraph::getText).toList();
      assertThat(headings2).containsExactlyElementsOf(PLAN.objectives().stream().map(Objective::heading).toList());
      List<String> headings1 =
          docx.getParagraphs().stream().filter(p -> "Heading1".equals(p.getStyle())).map(XWPFParagraph::getText).toList();
      assertThat(headings1).containsExactly(RelazioneLayout.SUMMARY_HEADING, RelazioneLayout.OBJECTIVES_HEADING);
      List<XWPFTable> tables = docx.getTables();
      // the chart's data, the summary, one table per objective
      assertThat(tables).hasSize(2 + PLAN.objectives().size());
      XWPFTable summary = tables.get(1);
      assertThat(summary.getRow(0).getCell(0).getText()).isEqualTo("Ambito");
      assertThat(summary.getRow(1).getCell(0).getText()).isEqualTo("Ente");
      assertThat(summary.getRow(1).getCell(1).getText()).isEqualTo("55,56 %");
      assertThat(tables.get(2 + 5).getText()).contains("66,67 %", "15/05/2024");
    }
  }

  /** The NdV's achievements show beside the computed ones, with their reasons, and its notes and act are printed. */
  @Test
  void theNdvsAchievementsNotesAndActArePrinted() throws Exception {
    Plan plan = PLAN.withId(1L);
    List<Objective> objectives = new ArrayList<>();
    long id = 100;
    for (Objective o : plan.objectives()) {
      List<Indicator> indicators = new ArrayList<>();
      for (Indicator i : o.indicators()) {
        indicators.add(new Indicator(id++, i.phase(), i.name(), i.extra(), i.target(), i.achieved(), i.line()));
      }
      objectives.add(
          new Objective(
              id++, o.number(), o.kind(), o.title(), o.unit(), o.description(), o.assignment(), o.phases(), o.budgetLinks(),
              indicators, o.characteristics(), o.narrative(), o.line()));
    }
    Plan withIds = new Plan(1L, plan.entityName(), plan.province(), plan.title(), plan.firstYear(), plan.lastYear(), plan.premise(), plan.contents(), objectives);
    Objective six = withIds.objectives().get(5);
    Objective nineteen = withIds.objectives().get(18);
    PlanScoring.Reviews reviews =
        new PlanScoring.Reviews() {
          @Override
          public Optional<EvaluatorOverride> of(Objective objective) {
            return objective.id().equals(six.id())
                ? Optional.of(new EvaluatorOverride(new BigDecimal("80"), "Rendiconto approvato con un ritardo giustificato"))
                : Optional.empty();
          }

          @Override
          public Optional<EvaluatorOverride> of(Indicator indicator) {
            return indicator.id().equals(nineteen.indicators().get(1).id())
                ? Optional.of(new EvaluatorOverride(new BigDecimal("100"), "Tutti gli immobili con documentazione"))
                : Optional.empty();
          }
        };
    PlanScoring scoring = new PlanScoring(ScoringPolicy.standard(), NamedDates.empty());
    List<PlanScoring.ObjectiveScore> scores = scoring.score(withIds, 2024, PlanScoring.ActualValues.fromDocument(withIds), reviews);
    RelazioneData reviewed =
        new RelazioneData(
            withIds, 2024, scores, scoring.overview(scores, List.of()), List.of(),
            Optional.of(new RelazioneData.Validation("Il Nucleo valida i risultati.", LocalDate.of(2025, 5, 20), "Verbale n. 3")),
            Map.of(six.id(), "Chiedere il calendario delle variazioni."));
    byte[] document = new RelazioneDocuments().pdf(reviewed);
    String all = comparable(text(document));
    // objective 6: computed (66,67 + 100 + 0) / 3 = 55,56, the NdV's 80 counts
    assertThat(all)
        .contains(comparable("Grado di raggiungimento: 80,00 % – parzialmente raggiunto"))
        .contains(comparable("Grado stabilito dal Nucleo di Valutazione (grado calcolato: 55,56 %). Motivazione: Rendiconto approvato con un ritardo giustificato"))
        .contains(comparable("Note del Nucleo di Valutazione"), comparable("Chiedere il calendario delle variazioni."))
        .contains(comparable("100,00 % (Nucleo; calcolato —)"), comparable("«n. immobili/edifici affrancati»: Tutti gli immobili con documentazione"))
        .contains(comparable("Verbale n. 3 – Data di validazione: 20/05/2025"));
    assertThat(PiaoPdfTest.failedRules(document, PDFAFlavour.PDFA_3_A)).isEmpty();
    assertThat(PiaoPdfTest.failedRules(document, PDFAFlavour.PDFUA_1)).isEmpty();
  }
}
