package it.traguardo.evaluation;

import java.util.List;

/** A configuration or a set of weights that cannot be used; {@link #problems()} says why, in Italian. */
public final class InvalidEvaluationException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final List<String> problems;

  InvalidEvaluationException(List<String> problems) {
    super(String.join("; ", problems));
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}
