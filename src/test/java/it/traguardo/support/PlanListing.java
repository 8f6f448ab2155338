package it.traguardo.support;

import it.traguardo.plan.BudgetLink;
import it.traguardo.plan.Characteristics;
import it.traguardo.plan.Indicator;
import it.traguardo.plan.Level;
import it.traguardo.plan.Objective;
import it.traguardo.plan.Phase;
import it.traguardo.plan.Plan;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A plan as one line per element, every field by value, for golden comparisons that show exactly which field of
 * which element differs. Source line numbers are left out unless asked for: transformations of a file move them.
 */
public final class PlanListing {

  private PlanListing() {}

  public static List<String> of(Plan plan) {
    List<String> lines = new ArrayList<>();
    lines.add("PLAN " + plan.entityName() + " | " + plan.province() + " | " + plan.title() + " | " + plan.firstYear() + "-" + plan.lastYear());
    for (Objective o : plan.objectives()) {
      lines.add("OBJECTIVE " + o.number() + " " + o.kind() + " | " + o.title() + " | unit=" + o.unit() + " | assignment=" + o.assignment());
      if (o.description() != null) {
        lines.add("  DESCRIPTION " + o.description().replace("\n", "⏎"));
      }
      for (Phase p : o.phases()) {
        lines.add("  PHASE " + p.number() + " | " + p.description() + " | " + p.horizon() + " " + p.years() + " | " + p.assignee());
      }
      for (BudgetLink b : o.budgetLinks()) {
        lines.add("  BUDGET " + b.mission() + "." + b.programme() + " | " + b.missionText() + " | " + b.programmeText());
      }
      for (Indicator i : o.indicators()) {
        String extra =
            i.extra().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", "));
        lines.add("  INDICATOR " + i.phase() + " | " + i.name() + " | target=" + i.target() + " | achieved=" + i.achieved() + (extra.isEmpty() ? "" : " | " + extra));
      }
      Characteristics c = o.characteristics();
      lines.add("  CHARACTERISTICS " + level(c.risk()) + " " + level(c.strategicDegree()) + " " + level(c.publicValueImpact()));
      if (o.narrative() != null) {
        lines.add("  NARRATIVE " + o.narrative().replace("\n", "⏎"));
      }
    }
    return lines;
  }

  private static String level(Level level) {
    return level == null ? "-" : level.name();
  }
}
