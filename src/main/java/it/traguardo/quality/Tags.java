package it.traguardo.quality;

import it.traguardo.plan.Objective;
import java.util.Set;

/** Tags given to objectives ("accessibilità", "pari opportunità"); the plan model has none yet. */
@FunctionalInterface
public interface Tags {

  Tags NONE = objective -> Set.of();

  Set<String> of(Objective objective);
}
