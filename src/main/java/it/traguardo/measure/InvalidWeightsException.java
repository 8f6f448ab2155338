package it.traguardo.measure;

import java.util.List;

/** Weights that cannot make a weighted mean; {@link #problems()} says why, in Italian. */
public final class InvalidWeightsException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final List<String> problems;

  InvalidWeightsException(List<String> problems) {
    super(String.join("; ", problems));
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}
