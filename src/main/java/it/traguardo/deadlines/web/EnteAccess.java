package it.traguardo.deadlines.web;

import it.traguardo.organization.Entities;
import it.traguardo.organization.Entity;
import it.traguardo.organization.Role;
import it.traguardo.security.CurrentUser;
import it.traguardo.security.TraguardoPrincipal;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/** Who is asking about which ente: outside their ente 404 (as if it did not exist), without the role 403. */
@Component
class EnteAccess {

  private final Entities entities;

  EnteAccess(Entities entities) {
    this.entities = entities;
  }

  record Caller(Entity entity, TraguardoPrincipal user) {

    boolean isSegretario() {
      return user.has(entity.id(), Role.SEGRETARIO);
    }

    /** Sees everyone's items: the segretario, who runs the cycle; the NdV and the Giunta, who oversee it. */
    boolean seesEveryone() {
      return isSegretario() || user.has(entity.id(), Role.NDV) || user.has(entity.id(), Role.GIUNTA);
    }
  }

  Caller member(String code) {
    Entity entity = entities.byCode(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    TraguardoPrincipal user = CurrentUser.get().orElseThrow(() -> new ResponseStatusException(HttpStatus.UNAUTHORIZED));
    if (!user.isMember(entity.id())) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
    return new Caller(entity, user);
  }

  Caller segretario(String code) {
    Caller caller = member(code);
    if (!caller.isSegretario()) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN);
    }
    return caller;
  }
}
