package it.traguardo.plan;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A stored plan's identity and lifecycle, without its sheets.
 *
 * @param adoptionSample the adoption act is sample data, not a real delibera
 */
public record PlanSummary(
    long id,
    long entityId,
    int firstYear,
    int lastYear,
    PlanState state,
    String title,
    String adoptionAct,
    LocalDate adoptionDate,
    boolean adoptionSample,
    String sourceName,
    OffsetDateTime importedAt,
    int objectiveCount) {

  public String period() {
    return firstYear + "-" + lastYear;
  }
}
