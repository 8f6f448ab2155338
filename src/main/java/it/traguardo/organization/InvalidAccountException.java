package it.traguardo.organization;

/** A login, password, role or token that cannot be accepted; {@code field} names the input at fault. */
public class InvalidAccountException extends RuntimeException {

  private final String field;

  public InvalidAccountException(String field, String message) {
    super(message);
    this.field = field;
  }

  public String field() {
    return field;
  }
}
