package it.traguardo.documents;

import it.traguardo.plan.Plan;
import it.traguardo.plan.PlanScoring;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What the Relazione sulla performance of one year reports: the plan, its objectives scored for that year and their
 * roll-ups for the ente, its services and its managers.
 *
 * @param paymentTimeliness the payment-timeliness indicators of the year; empty until payment data are stored, and
 *     then the section is left out rather than printed empty
 * @param validation the NdV's validation of the year; while empty, no statement is printed
 * @param evaluatorNotes the NdV's notes on the objectives, by objective id, printed with each objective
 */
public record RelazioneData(
    Plan plan,
    int year,
    List<PlanScoring.ObjectiveScore> objectives,
    PlanScoring.Overview overview,
    List<PaymentFigure> paymentTimeliness,
    Optional<Validation> validation,
    Map<Long, String> evaluatorNotes) {

  public RelazioneData {
    Objects.requireNonNull(plan, "plan");
    objectives = List.copyOf(objectives);
    paymentTimeliness = List.copyOf(paymentTimeliness);
    Objects.requireNonNull(overview, "overview");
    Objects.requireNonNull(validation, "validation");
    evaluatorNotes = Map.copyOf(evaluatorNotes);
  }

  /** A Relazione without the NdV's notes. */
  public RelazioneData(
      Plan plan, int year, List<PlanScoring.ObjectiveScore> objectives, PlanScoring.Overview overview,
      List<PaymentFigure> paymentTimeliness, Optional<Validation> validation) {
    this(plan, year, objectives, overview, paymentTimeliness, validation, Map.of());
  }

  /** A Relazione without payment data and without the NdV's validation and notes: a plan read from a file. */
  public RelazioneData(Plan plan, int year, List<PlanScoring.ObjectiveScore> objectives, PlanScoring.Overview overview) {
    this(plan, year, objectives, overview, List.of(), Optional.empty(), Map.of());
  }

  /** One payment-timeliness figure as it is published ("Indicatore annuale di tempestività dei pagamenti", "-3,21 giorni"). */
  public record PaymentFigure(String indicator, String value) {}

  /** The Nucleo di Valutazione's validation of the year: its statement, the date and the act (null when not known). */
  public record Validation(String statement, LocalDate date, String act) {

    public Validation(String statement, LocalDate date) {
      this(statement, date, null);
    }
  }
}
