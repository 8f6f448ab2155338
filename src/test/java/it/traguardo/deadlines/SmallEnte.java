package it.traguardo.deadlines;

import it.traguardo.organization.Entities;
import it.traguardo.organization.Entity;
import it.traguardo.organization.Organization;
import it.traguardo.organization.Role;
import it.traguardo.organization.Users;
import it.traguardo.plan.Adoption;
import it.traguardo.plan.Objective;
import it.traguardo.plan.PlanState;
import it.traguardo.plan.Plans;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An ente with {@link SmallPlan} in monitoring and its people: Anna Rossi (Servizio Finanziario, e-mail, login
 * {@code CODE-anna} as RESPONSABILE, also named on objective 4), Bruno Verdi (Servizio Tecnico, e-mail, no login),
 * Carla Neri (Servizio Demografico, no e-mail, no login), Dario Bianchi (segretario, no unit), and the login
 * {@code CODE-segretario} (SEGRETARIO, not linked to a person). Everyone's password is {@link #PASSWORD}.
 *
 * <p>For the intermediate checkpoint of 2024 Anna owes 9 items (objectives 1, 2, 4), Bruno 6 (1, 3), Carla 3 (1).
 */
final class SmallEnte {

  static final String PASSWORD = "una password di prova";

  private final Entities entities;
  private final Plans plans;
  private final Organization organization;
  private final Users users;
  private final JdbcClient jdbc;

  SmallEnte(Entities entities, Plans plans, Organization organization, Users users, JdbcClient jdbc) {
    this.entities = entities;
    this.plans = plans;
    this.organization = organization;
    this.users = users;
    this.jdbc = jdbc;
  }

  record Created(
      Entity entity, long planId, List<Objective> objectives, long annaId, long brunoId, long carlaId, long darioId) {

    String annaLogin() {
      return entity.code() + "-anna";
    }

    String segretarioLogin() {
      return entity.code() + "-segretario";
    }

    String annaEmail() {
      return "anna.rossi@" + entity.code() + ".example.it";
    }

    String brunoEmail() {
      return "bruno.verdi@" + entity.code() + ".example.it";
    }

    Objective objective(String number) {
      return objectives.stream().filter(o -> o.number().equals(number)).findFirst().orElseThrow();
    }
  }

  Created create(String code) {
    Entity entity = entities.create(code, "Comune di Prova " + code);
    long planId =
        plans.store(
            entity.id(), SmallPlan.build(false), PlanState.IN_MONITORAGGIO,
            new Adoption("Delibera n. 1", LocalDate.of(2024, 1, 30), false), "piccolo.txt", "test", List.of());
    long finance = organization.ensureUnit(entity.id(), SmallPlan.FINANCE).id();
    long technical = organization.ensureUnit(entity.id(), SmallPlan.TECHNICAL).id();
    long demography = organization.ensureUnit(entity.id(), "Servizio Demografico").id();
    long anna = organization.addPerson(entity.id(), "Anna Rossi", "Responsabile (EQ)", false, List.of(finance)).id();
    long bruno = organization.addPerson(entity.id(), "Bruno Verdi", "Responsabile (EQ)", false, List.of(technical)).id();
    long carla = organization.addPerson(entity.id(), "Carla Neri", "Responsabile (EQ)", false, List.of(demography)).id();
    long dario = organization.addPerson(entity.id(), "Dario Bianchi", "Segretario comunale", false, List.of()).id();
    Created created =
        new Created(entity, planId, plans.find(entity.id(), planId).orElseThrow().plan().objectives(), anna, bruno, carla, dario);
    jdbc.sql("update person set email = ? where entity_id = ? and id = ?").params(created.annaEmail(), entity.id(), anna).update();
    jdbc.sql("update person set email = ? where entity_id = ? and id = ?").params(created.brunoEmail(), entity.id(), bruno).update();
    jdbc.sql("insert into objective_manager (entity_id, objective_id, person_id) values (?, ?, ?)")
        .params(entity.id(), created.objective("4").id(), anna)
        .update();
    long annaUser = users.create(created.annaLogin(), PASSWORD, false);
    users.grant(annaUser, entity.id(), Role.RESPONSABILE);
    users.linkPerson(annaUser, entity.id(), anna);
    long segretario = users.create(created.segretarioLogin(), PASSWORD, false);
    users.grant(segretario, entity.id(), Role.SEGRETARIO);
    return created;
  }
}
