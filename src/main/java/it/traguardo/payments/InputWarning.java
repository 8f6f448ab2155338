package it.traguardo.payments;

/** Something read leniently: the data was imported, but the user should know. Message in Italian. */
public record InputWarning(String file, long line, String message) {
  public String located() {
    return file + ":" + line + ": avviso: " + message;
  }
}
