package it.traguardo.evaluation.store;

import it.traguardo.evaluation.EvaluationPublication;
import it.traguardo.evaluation.PayDistribution;
import it.traguardo.evaluation.ValidatedYear;
import it.traguardo.plan.Plans;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** {@link EvaluationPublication} from the stored reviews, validations and evaluations. */
@Service
class Publication implements EvaluationPublication {

  private final FrozenYears frozen;
  private final Reviews reviews;
  private final Evaluations evaluations;
  private final Plans plans;

  Publication(FrozenYears frozen, Reviews reviews, Evaluations evaluations, Plans plans) {
    this.frozen = frozen;
    this.reviews = reviews;
    this.evaluations = evaluations;
    this.plans = plans;
  }

  @Override
  public Optional<ValidatedYear> validation(long entityId, long planId, int year) {
    return frozen.validation(entityId, planId, year);
  }

  @Override
  public Map<Long, String> evaluatorNotes(long entityId, long planId, int year) {
    Map<Long, String> notes = new HashMap<>();
    reviews.objectives(entityId, planId, year).forEach((objective, review) -> {
      if (review.note() != null) {
        notes.put(objective, review.note());
      }
    });
    return notes;
  }

  @Override
  public Optional<PayDistribution> resultPay(long entityId, long planId, int year) {
    if (!frozen.isFrozen(entityId, planId, year)) {
      return Optional.empty();
    }
    return plans.find(entityId, planId).flatMap(stored -> evaluations.of(entityId, stored, year).distribution());
  }
}
