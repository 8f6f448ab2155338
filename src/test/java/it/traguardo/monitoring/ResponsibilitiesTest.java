package it.traguardo.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import it.traguardo.plan.Objective;
import it.traguardo.security.TraguardoPrincipal;
import it.traguardo.support.SampleEnte;
import it.traguardo.support.TraguardoIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Who reports on an objective: its named managers when it has any, else its unit's responsabili (everyone's if transversal). */
@TraguardoIntegrationTest
class ResponsibilitiesTest {

  @Autowired ApplicationContext context;
  @Autowired Responsibilities responsibilities;
  @Autowired UserDetailsService users;
  @Autowired JdbcClient jdbc;

  @Test
  void namedManagersReportWhateverTheirUnit() {
    SampleEnte.Created ente = new SampleEnte(context).create("responsabilita-nominati");
    TraguardoPrincipal eq1 = (TraguardoPrincipal) users.loadUserByUsername("responsabilita-nominati-eq1");
    Objective transversal = ente.objective("1");
    Objective ofService1 = ente.objective("6");
    Objective ofService2 = ente.objective("15");
    assertThat(ofService1.unit()).isEqualTo(SampleEnte.SERVIZIO_1);
    assertThat(ofService2.unit()).isEqualTo(SampleEnte.SERVIZIO_2);

    assertThat(mayReport(ente, eq1, transversal)).isTrue();
    assertThat(mayReport(ente, eq1, ofService1)).isTrue();
    assertThat(mayReport(ente, eq1, ofService2)).isFalse();

    // the segretario names EQ 1 on an objective of service 2, and EQ 2 alone on one of service 1
    name(ente, ofService2, ente.eqs().get(0));
    name(ente, ofService1, ente.eqs().get(1));
    assertThat(mayReport(ente, eq1, ofService2)).isTrue();
    assertThat(mayReport(ente, eq1, ofService1)).isFalse();
    assertThat(mayReport(ente, (TraguardoPrincipal) users.loadUserByUsername("responsabilita-nominati-segretario"), ofService1)).isTrue();
  }

  private boolean mayReport(SampleEnte.Created ente, TraguardoPrincipal user, Objective objective) {
    Long unitId =
        jdbc.sql("select org_unit_id from objective where entity_id = ? and id = ?").params(ente.entityId(), objective.id()).query(Long.class).optional().orElse(null);
    return responsibilities.mayReport(ente.entityId(), user, objective.id(), unitId);
  }

  private void name(SampleEnte.Created ente, Objective objective, long person) {
    jdbc.sql("insert into objective_manager (entity_id, objective_id, person_id) values (?, ?, ?)")
        .params(ente.entityId(), objective.id(), person)
        .update();
  }
}
