package it.traguardo.documents;

import it.traguardo.plan.Plan;
import it.traguardo.plan.PlanScoring;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the Relazione sulla performance of one year reports: the plan, its objectives scored for that year and their
 * roll-ups for the ente, its services and its managers.
 *
 * @param paymentTimeliness the payment-timeliness indicators of the year; empty until payment data are stored, and
 *     then the section is left out rather than printed empty
 * @param validation the NdV's validation; empty until validations are recorded, and then no statement is printed
 */
public record RelazioneData(
    Plan plan,
    int year,
    List<PlanScoring.ObjectiveScore> objectives,
    PlanScoring.Overview overview,
    List<PaymentFigure> paymentTimeliness,
    Optional<Validation> validation) {

  public RelazioneData {
    Objects.requireNonNull(plan, "plan");
    objectives = List.copyOf(objectives);
    paymentTimeliness = List.copyOf(paymentTimeliness);
    Objects.requireNonNull(overview, "overview");
    Objects.requireNonNull(validation, "validation");
  }

  /** A Relazione without payment data and without validation: all Traguardo stores today. */
  public RelazioneData(Plan plan, int year, List<PlanScoring.ObjectiveScore> objectives, PlanScoring.Overview overview) {
    this(plan, year, objectives, overview, List.of(), Optional.empty());
  }

  /** One payment-timeliness figure as it is published ("Indicatore annuale di tempestività dei pagamenti", "-3,21 giorni"). */
  public record PaymentFigure(String indicator, String value) {}

  /** The Nucleo di Valutazione's validation of the Relazione: its statement and date. */
  public record Validation(String statement, LocalDate date) {}
}
