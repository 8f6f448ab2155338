package it.traguardo.measure;

/**
 * An achieved value that does not fit its target, such as "forse" for a SI/NO target. The message is Italian
 * and meant for the person who typed the value.
 */
public final class InvalidActualException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String input;

  InvalidActualException(String input, String message) {
    super(message);
    this.input = input;
  }

  /** The text as typed. */
  public String input() {
    return input;
  }
}
