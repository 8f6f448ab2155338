package it.traguardo.plan;

import java.util.List;
import java.util.Map;

/**
 * An objective's progress in a year besides its indicators: the status of each phase, by phase id, and the
 * "stato di attuazione" of each checkpoint, intermediate first.
 */
public record ObjectiveProgress(Map<Long, PhaseProgress> phases, List<ProgressNarrative> narratives) {

  public ObjectiveProgress {
    phases = Map.copyOf(phases);
    narratives = List.copyOf(narratives);
  }

  public static ObjectiveProgress none() {
    return new ObjectiveProgress(Map.of(), List.of());
  }

  public PhaseProgress phase(long phaseId) {
    return phases.getOrDefault(phaseId, PhaseProgress.none());
  }

  public boolean anyNarrative() {
    return narratives.stream().anyMatch(ProgressNarrative::written);
  }
}
