package it.traguardo.deadlines;

/** How a reminder ended, as logged. */
public enum ReminderOutcome {
  /** Claimed, the mail being handed to the SMTP server. */
  IN_INVIO("in invio"),
  INVIATO("inviato"),
  /** The person has no e-mail address: reported, nothing sent. */
  SENZA_EMAIL("persona senza indirizzo e-mail"),
  /** No {@code spring.mail.host}: reported, nothing sent. */
  SMTP_NON_CONFIGURATO("SMTP non configurato"),
  /** The SMTP server refused or could not be reached; a later run tries again. */
  ERRORE("errore di invio");

  private final String label;

  ReminderOutcome(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
