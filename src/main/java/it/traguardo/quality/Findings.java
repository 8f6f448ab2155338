package it.traguardo.quality;

import it.traguardo.plan.Indicator;
import it.traguardo.plan.Objective;
import it.traguardo.plan.Phase;
import java.util.ArrayList;
import java.util.List;

/** Collects the findings of one rule, located at the element they concern. */
final class Findings {

  private final String rule;
  private final List<Finding> found = new ArrayList<>();

  Findings(String rule) {
    this.rule = rule;
  }

  void inPlan(Severity severity, String message, String fix) {
    at(severity, null, null, null, null, message, fix);
  }

  void inObjective(Severity severity, Objective objective, String message, String fix) {
    at(severity, objective.number(), null, null, objective.line(), message, fix);
  }

  void inPhase(Severity severity, Objective objective, Phase phase, String message, String fix) {
    at(severity, objective.number(), phase.number(), null, phase.line() != null ? phase.line() : objective.line(), message, fix);
  }

  void inIndicator(Severity severity, Objective objective, Indicator indicator, String message, String fix) {
    at(
        severity, objective.number(), indicator.phase(), name(objective, indicator),
        indicator.line() != null ? indicator.line() : objective.line(), message, fix);
  }

  void at(
      Severity severity, String objective, Integer phase, String indicator, Integer line, String message, String fix) {
    found.add(new Finding(rule, severity, objective, phase, indicator, line, message, fix));
  }

  List<Finding> list() {
    return List.copyOf(found);
  }

  /** The indicator's name, or its position when the sheet left the name empty. */
  static String name(Objective objective, Indicator indicator) {
    return indicator.name() == null || indicator.name().isBlank()
        ? "indicatore n. " + (objective.indicators().indexOf(indicator) + 1)
        : indicator.name();
  }
}
