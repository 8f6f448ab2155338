package it.traguardo.access;

import java.util.Set;

/**
 * A change to who may do what, published inside the change's transaction for the audit trail.
 *
 * @param entityIds the enti whose trail records it: the ente of a user's role, or every ente of the user for a change
 *     to the login itself (password, token); empty for a login that belongs to no ente (the platform's trail)
 * @param subject what changed, for people ("Utente mario.rossi")
 */
public record AccessChanged(
    Set<Long> entityIds, String actor, Action action, String subject, String before, String after) {

  public AccessChanged {
    entityIds = Set.copyOf(entityIds);
  }

  /** The kinds of change, as the audit trail names them. */
  public enum Action {
    ENTE_CREATO,
    UTENTE_CREATO,
    RUOLO_ASSEGNATO,
    RUOLO_REVOCATO,
    UTENTE_DISATTIVATO,
    UTENTE_RIATTIVATO,
    PASSWORD_REIMPOSTATA,
    PASSWORD_CAMBIATA,
    TOKEN_CREATO,
    TOKEN_REVOCATO,
    PERSONA_CREATA,
    PERSONA_MODIFICATA
  }
}
