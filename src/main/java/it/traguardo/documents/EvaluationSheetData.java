package it.traguardo.documents;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What an EQ's individual evaluation sheet of one year shows. Figures not yet known are null and print as a dash,
 * with {@code pending} saying why.
 *
 * @param units the units the EQ is responsible for, as one line
 * @param paymentShare the share of the result pay carried by the payment-timeliness objectives, in percent, or null
 *     for an EQ not responsible for payments
 * @param missedPaymentObjectives numbers of the payment-timeliness objectives not reached, whose share is not paid
 * @param amountBeforeCap the amount before the ente's budget was applied
 * @param validation the NdV's validation of the year, or null while the year is open
 * @param acknowledgement the EQ's acknowledgement, or null while not given
 */
public record EvaluationSheetData(
    String entityName,
    int year,
    String planTitle,
    String person,
    String roleTitle,
    String units,
    BigDecimal resultsWeight,
    BigDecimal behaviourWeight,
    List<ObjectiveLine> objectives,
    BigDecimal resultsScore,
    List<CriterionLine> criteria,
    BigDecimal behaviourScore,
    String behaviourNote,
    BigDecimal totalScore,
    String band,
    BigDecimal payPercent,
    BigDecimal paymentShare,
    List<String> missedPaymentObjectives,
    BigDecimal maxAllowance,
    BigDecimal amountBeforeCap,
    BigDecimal payAmount,
    List<String> pending,
    Validation validation,
    Acknowledgement acknowledgement) {

  public EvaluationSheetData {
    Objects.requireNonNull(entityName, "entityName");
    Objects.requireNonNull(person, "person");
    objectives = List.copyOf(objectives);
    criteria = List.copyOf(criteria);
    missedPaymentObjectives = List.copyOf(missedPaymentObjectives);
    pending = List.copyOf(pending);
  }

  /**
   * One objective of the EQ.
   *
   * @param achievement the achievement that counts, or null when not evaluable
   * @param status its status, in Italian
   */
  public record ObjectiveLine(
      String heading, BigDecimal weight, BigDecimal achievement, String status, boolean paymentTimeliness) {}

  /**
   * One behaviour criterion with the level the NdV gave.
   *
   * @param level the level, or null while not given
   */
  public record CriterionLine(String name, BigDecimal weight, Integer level, String levelLabel, int topLevel) {}

  public record Validation(String act, LocalDate date) {}

  public record Acknowledgement(LocalDate date, String by, String comment) {}
}
