package it.traguardo.transparency;

import it.traguardo.documents.RelazioneData;
import it.traguardo.documents.ResultPayData;
import it.traguardo.evaluation.EvaluationPublication;
import it.traguardo.evaluation.PayDistribution;
import it.traguardo.evaluation.ValidatedYear;
import it.traguardo.organization.Entities;
import it.traguardo.organization.Entity;
import it.traguardo.payments.PaymentMetrics;
import it.traguardo.plan.PlanMeasurement;
import it.traguardo.plan.PlanSummary;
import it.traguardo.plan.Plans;
import it.traguardo.plan.StoredPlan;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** The published plan of an ente covering a year, measured for that year: what the transparency page shows. */
@Service
public class PublishedPerformance {

  private final Entities entities;
  private final Plans plans;
  private final PlanMeasurement measurement;
  private final PaymentMetrics payments;
  private final EvaluationPublication evaluation;

  PublishedPerformance(
      Entities entities, Plans plans, PlanMeasurement measurement, PaymentMetrics payments,
      EvaluationPublication evaluation) {
    this.entities = entities;
    this.plans = plans;
    this.measurement = measurement;
    this.payments = payments;
    this.evaluation = evaluation;
  }

  /**
   * A published plan measured for one year.
   *
   * @param resultPay the result-pay figures of art. 20, once the year is validated and every EQ evaluated
   */
  public record Measured(
      Entity entity, StoredPlan stored, int year, RelazioneData relazione, Optional<ValidatedYear> validation,
      Optional<ResultPayData> resultPay) {

    public DocumentKey key(DocumentKind kind) {
      return new DocumentKey(stored.summary().id(), stored.summary().importedAt(), year, kind);
    }
  }

  /**
   * The plan past BOZZA whose period covers {@code year}; where rolling plans overlap, the latest one. Drafts do not
   * exist here, whoever asks.
   */
  public Optional<Measured> find(String entityCode, int year) {
    Optional<Entity> entity = entities.byCode(entityCode);
    if (entity.isEmpty()) {
      return Optional.empty();
    }
    long entityId = entity.get().id();
    return plans.summaries(entityId).stream()
        .filter(p -> p.state().isPublic() && year >= p.firstYear() && year <= p.lastYear())
        .max(Comparator.comparingInt(PlanSummary::firstYear))
        .flatMap(p -> plans.find(entityId, p.id()))
        .map(stored -> measure(entity.get(), stored, year));
  }

  private Measured measure(Entity entity, StoredPlan stored, int year) {
    long planId = stored.summary().id();
    PlanMeasurement.Measured measured = measurement.measure(entity.id(), stored.plan(), year);
    Optional<ValidatedYear> validation = evaluation.validation(entity.id(), planId, year);
    return new Measured(
        entity, stored, year,
        new RelazioneData(
            stored.plan(), year, measured.objectives(), measured.overview(), paymentFigures(entity.id(), year),
            validation.map(v -> new RelazioneData.Validation(v.statement(), v.actDate(), v.act())),
            evaluation.evaluatorNotes(entity.id(), planId, year)),
        validation,
        evaluation.resultPay(entity.id(), planId, year).map(pay -> resultPay(entity, year, pay)));
  }

  /** The art. 20 figures as the open data and the page publish them. */
  private static ResultPayData resultPay(Entity entity, int year, PayDistribution pay) {
    return new ResultPayData(
        entity.code(), year, pay.allocated(), pay.paid(), pay.evaluated(),
        pay.bands().stream()
            .map(b -> new ResultPayData.Band(b.label(), b.payPercent(), b.people(), b.share(), b.amount()))
            .toList(),
        pay.lowestScore(), pay.highestScore(), pay.averageScore(),
        pay.paidPercents().map(PayDistribution.Range::lowest).orElse(null),
        pay.paidPercents().map(PayDistribution.Range::highest).orElse(null));
  }

  /** The year's payment-timeliness indicators computed from the ente's invoice register, when it has one. */
  private List<RelazioneData.PaymentFigure> paymentFigures(long entityId, int year) {
    List<RelazioneData.PaymentFigure> figures = new ArrayList<>();
    payments.itp(entityId, year).ifPresent(days ->
        figures.add(new RelazioneData.PaymentFigure("Indicatore annuale di tempestività dei pagamenti (DPCM 22/9/2014 art. 9)", days(days))));
    payments.annualDelay(entityId, year).ifPresent(days ->
        figures.add(new RelazioneData.PaymentFigure("Indicatore annuale di ritardo (L. 145/2018 art. 1 c. 859 lett. b)", days(days))));
    return figures;
  }

  private static String days(BigDecimal days) {
    return new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ITALY)).format(days) + " giorni";
  }
}
