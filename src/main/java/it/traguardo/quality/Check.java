package it.traguardo.quality;

import java.util.List;

/** One rule about plans. Implementations are stateless and never throw for any plan. */
public interface Check {

  /** The stable id of the rule, the same as its findings' {@link Finding#rule()}. */
  String id();

  List<Finding> run(PlanUnderCheck plan);
}
