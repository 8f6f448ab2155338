package it.traguardo.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import it.traguardo.audit.AuditEntry;
import it.traguardo.audit.AuditTrail;
import it.traguardo.organization.Entities;
import it.traguardo.organization.OrgUnit;
import it.traguardo.organization.Organization;
import it.traguardo.organization.Person;
import it.traguardo.organization.Role;
import it.traguardo.organization.Users;
import it.traguardo.support.TraguardoIntegrationTest;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The ente's people: e-mail addresses for reminders and units, through the page and the API, audited and locked. */
@TraguardoIntegrationTest
class PeopleManagementTest {

  private static final String PASSWORD = "una-password-lunga";

  @Autowired MockMvc mvc;
  @Autowired Users users;
  @Autowired Entities entities;
  @Autowired Organization organization;
  @Autowired AuditTrail trail;
  @Autowired UserDetailsService accounts;

  private long ente;
  private OrgUnit finance;
  private OrgUnit technical;

  @BeforeEach
  void ente() {
    ente = entities.byCode("prova-persone").map(e -> e.id()).orElseGet(() -> entities.create("prova-persone", "Comune delle persone").id());
    finance = organization.ensureUnit(ente, "Servizio Finanziario");
    technical = organization.ensureUnit(ente, "Servizio Tecnico");
    if (!users.exists("segretario-persone")) {
      users.grant(users.create("segretario-persone", PASSWORD, false), ente, Role.SEGRETARIO);
      users.grant(users.create("giunta-persone", PASSWORD, false), ente, Role.GIUNTA);
    }
  }

  @Test
  void theSegretarioGivesAPersonAnAddressAndUnitsOnThePageAndEveryChangeIsAudited() throws Exception {
    Person anna = organization.addPerson(ente, "Anna Rossi", "Responsabile di servizio (EQ)", false, List.of(finance.id()));

    MockHttpServletResponse listed = page(get("/enti/prova-persone/persone"), "segretario-persone");
    assertThat(listed.getStatus()).isEqualTo(200);
    assertThat(listed.getContentAsString()).contains("Anna Rossi").contains("manca");

    MockHttpServletResponse saved =
        page(
            post("/enti/prova-persone/persone/" + anna.id())
                .param("fullName", "Anna Rossi ")
                .param("roleTitle", "Responsabile di servizio (EQ)")
                .param("email", " anna.rossi@comune.prova.it ")
                .param("units", String.valueOf(finance.id()), String.valueOf(technical.id()))
                .param("version", "0"),
            "segretario-persone");
    assertThat(saved.getStatus()).isEqualTo(302);
    Person now = person(anna.id());
    assertThat(now.email()).isEqualTo("anna.rossi@comune.prova.it");
    assertThat(now.unitIds()).containsExactlyInAnyOrder(finance.id(), technical.id());
    assertThat(now.version()).isEqualTo(1);
    AuditEntry entry = trail.of(ente).get(0);
    assertThat(entry.action()).isEqualTo("PERSONA_MODIFICATA");
    assertThat(entry.actor()).isEqualTo("segretario-persone");
    assertThat(entry.beforeValue()).isEqualTo("Anna Rossi (Responsabile di servizio (EQ)), e-mail: nessuna, unità: Servizio Finanziario");
    assertThat(entry.afterValue())
        .isEqualTo("Anna Rossi (Responsabile di servizio (EQ)), e-mail: anna.rossi@comune.prova.it, unità: Servizio Finanziario; Servizio Tecnico");

    // a second form still at version 0: nothing written, both values shown, the typed one kept in the form
    MockHttpServletResponse stale =
        page(
            post("/enti/prova-persone/persone/" + anna.id())
                .param("fullName", "Anna Rossi")
                .param("roleTitle", "Responsabile di servizio (EQ)")
                .param("email", "a.rossi@altro.prova.it")
                .param("version", "0"),
            "segretario-persone");
    assertThat(stale.getStatus()).isEqualTo(409);
    assertThat(stale.getContentAsString())
        .contains("Nel frattempo qualcun altro ha modificato questa persona")
        .contains("anna.rossi@comune.prova.it")
        .contains("value=\"a.rossi@altro.prova.it\"")
        .contains("name=\"version\" value=\"1\"");
    assertThat(person(anna.id()).email()).isEqualTo("anna.rossi@comune.prova.it");

    MockHttpServletResponse invalid =
        page(
            post("/enti/prova-persone/persone/" + anna.id())
                .param("fullName", "Anna Rossi")
                .param("roleTitle", "Responsabile di servizio (EQ)")
                .param("email", "Anna <anna@prova.it>, bruno@prova.it")
                .param("version", "1"),
            "segretario-persone");
    assertThat(invalid.getStatus()).isEqualTo(422);
    assertThat(invalid.getContentAsString()).contains("Indirizzo e-mail non valido");
    assertThat(person(anna.id()).version()).isEqualTo(1);

    assertThat(page(get("/enti/prova-persone/persone"), "giunta-persone").getStatus()).isEqualTo(403);
  }

  @Test
  void theApiAddsAPersonWithoutALoginAndReplacesItsDetailsUnderIfMatch() throws Exception {
    MockHttpServletResponse created =
        api(post("/api/v1/entities/prova-persone/people"), "{\"fullName\":\"Bruno Verdi\",\"roleTitle\":\"Responsabile (EQ)\",\"email\":\"bruno@prova.it\",\"units\":[\"Servizio Tecnico\"]}");
    assertThat(created.getStatus()).isEqualTo(201);
    assertThat(created.getHeader("ETag")).isEqualTo("\"0\"");
    assertThat(created.getContentAsString())
        .contains("\"fullName\":\"Bruno Verdi\"")
        .contains("\"email\":\"bruno@prova.it\"")
        .contains("\"units\":[{\"id\":" + technical.id() + ",\"name\":\"Servizio Tecnico\"}]")
        .contains("\"usernames\":[]");
    long id = Long.parseLong(created.getHeader("Location").replaceAll(".*/", ""));

    String body = "{\"fullName\":\"Bruno Verdi\",\"roleTitle\":\"Responsabile (EQ)\",\"email\":\"b.verdi@prova.it\",\"units\":[" + technical.id() + "]}";
    assertThat(api(put("/api/v1/entities/prova-persone/people/" + id), body).getStatus()).isEqualTo(428);
    MockHttpServletResponse updated = api(put("/api/v1/entities/prova-persone/people/" + id).header("If-Match", "\"0\""), body);
    assertThat(updated.getStatus()).isEqualTo(200);
    assertThat(updated.getHeader("ETag")).isEqualTo("\"1\"");
    assertThat(api(put("/api/v1/entities/prova-persone/people/" + id).header("If-Match", "\"0\""), body).getStatus()).isEqualTo(412);

    MockHttpServletResponse badAddress =
        api(put("/api/v1/entities/prova-persone/people/" + id).header("If-Match", "\"1\""), body.replace("b.verdi@prova.it", "b.verdi@prova"));
    assertThat(badAddress.getStatus()).isEqualTo(422);
    assertThat(badAddress.getContentAsString()).contains("\"field\":\"email\"");
    MockHttpServletResponse noName =
        api(put("/api/v1/entities/prova-persone/people/" + id).header("If-Match", "\"1\""), body.replace("Bruno Verdi", " "));
    assertThat(noName.getContentAsString()).contains("\"field\":\"fullName\"");
    assertThat(person(id).email()).isEqualTo("b.verdi@prova.it");
    assertThat(trail.of(ente)).extracting(AuditEntry::action).contains("PERSONA_CREATA", "PERSONA_MODIFICATA");
  }

  @Test
  void addressesAreSingleAndComplete() {
    PeopleAdministration.requireAddress("anna.rossi@comune.cedrasco.so.it");
    for (String wrong : List.of("anna", "anna@", "@prova.it", "anna@prova", "Anna <anna@prova.it>", "a@prova.it, b@prova.it", "anna rossi@prova.it")) {
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> PeopleAdministration.requireAddress(wrong))
          .as(wrong)
          .hasMessageContaining("Indirizzo e-mail non valido");
    }
  }

  private Person person(long id) {
    return organization.people(ente).stream().filter(p -> p.id() == id).findFirst().orElseThrow();
  }

  private MockHttpServletResponse page(MockHttpServletRequestBuilder request, String username) throws Exception {
    return mvc.perform(request.with(user(accounts.loadUserByUsername(username))).with(csrf())).andReturn().getResponse();
  }

  private MockHttpServletResponse api(MockHttpServletRequestBuilder request, String body) throws Exception {
    request.with(httpBasic("segretario-persone", PASSWORD)).contentType(MediaType.APPLICATION_JSON).content(body);
    return mvc.perform(request).andReturn().getResponse();
  }
}
