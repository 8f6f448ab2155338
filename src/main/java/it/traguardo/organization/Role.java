package it.traguardo.organization;

/** What a user may do in one ente. The platform administrator is not a role of an ente. */
public enum Role {
  SEGRETARIO("Segretario"),
  RESPONSABILE("Responsabile di servizio (EQ)"),
  NDV("Nucleo di valutazione"),
  GIUNTA("Giunta"),
  RAGIONERIA("Ragioneria");

  private final String label;

  Role(String label) {
    this.label = label;
  }

  /** The role's name for people. */
  public String label() {
    return label;
  }
}
