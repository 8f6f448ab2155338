package it.traguardo.quality;

import it.traguardo.plan.Dimension;
import it.traguardo.plan.Objective;
import java.util.Set;
import java.util.stream.Collectors;

/** Tags given to objectives ("accessibilità", "pari opportunità"): none for a file, the PIAO dimensions for a stored plan. */
@FunctionalInterface
public interface Tags {

  Tags NONE = objective -> Set.of();

  /** The PIAO dimensions the segretario tagged the objective with, by their names. */
  Tags DIMENSIONS = objective -> objective.dimensions().stream().map(Dimension::label).collect(Collectors.toSet());

  Set<String> of(Objective objective);
}
