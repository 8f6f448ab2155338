package it.traguardo.organization;

/** What a user may do in one ente. The platform administrator is not a role of an ente. */
public enum Role {
  SEGRETARIO,
  RESPONSABILE,
  NDV,
  GIUNTA,
  RAGIONERIA
}
