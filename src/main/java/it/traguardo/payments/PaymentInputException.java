package it.traguardo.payments;

/**
 * Input that cannot be read, located as {@code file:line: message} so that users can fix the file. Readers are
 * all-or-nothing: when they throw this, nothing they produced must be used.
 */
public final class PaymentInputException extends Exception {
  private final String file;
  private final long line;
  private final String detail;

  /**
   * @param file the file name as the user gave it ({@code archive.zip!/entry.xml} inside archives)
   * @param line 1-based line; whole-file problems (unreadable archive, bad signature envelope) use line 1
   * @param detail Italian message for users
   */
  public PaymentInputException(String file, long line, String detail) {
    super(file + ":" + Math.max(1, line) + ": " + detail);
    this.file = file;
    this.line = Math.max(1, line);
    this.detail = detail;
  }

  public PaymentInputException(String file, long line, String detail, Throwable cause) {
    this(file, line, detail);
    initCause(cause);
  }

  public String file() {
    return file;
  }

  public long line() {
    return line;
  }

  /** The message without its location. */
  public String detail() {
    return detail;
  }
}
