package it.traguardo.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import it.traguardo.audit.AuditEntry;
import it.traguardo.audit.AuditTrail;
import it.traguardo.organization.AccessTokens;
import it.traguardo.organization.Entities;
import it.traguardo.organization.OrgUnit;
import it.traguardo.organization.Organization;
import it.traguardo.organization.Role;
import it.traguardo.organization.UserAccount;
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

/** Enti, users, roles, passwords and tokens, through the API and the pages; every change in the audit trail. */
@TraguardoIntegrationTest
class UserManagementTest {

  private static final String PASSWORD = "una-password-lunga";

  @Autowired MockMvc mvc;
  @Autowired Users users;
  @Autowired Entities entities;
  @Autowired Organization organization;
  @Autowired AccessTokens tokens;
  @Autowired AuditTrail trail;
  @Autowired UserDetailsService accounts;

  private long cedrasco;

  @BeforeEach
  void segretario() {
    cedrasco = entities.byCode("cedrasco").orElseThrow().id();
    if (!users.exists("segretario-utenti")) {
      users.grant(users.create("segretario-utenti", PASSWORD, false), cedrasco, Role.SEGRETARIO);
      users.grant(users.create("giunta-utenti", PASSWORD, false), cedrasco, Role.GIUNTA);
      long other = entities.create("prova-utenti-altrove", "Comune altrove").id();
      users.grant(users.create("segretario-utenti-altrove", PASSWORD, false), other, Role.SEGRETARIO);
    }
  }

  @Test
  void theAdministratorCreatesAnEnteAndItsSegretarioThroughTheApi() throws Exception {
    MockHttpServletResponse created = api(post("/api/v1/entities"), "admin", "{\"code\":\"prova-accesso\",\"name\":\"Comune di Prova\"}");
    assertThat(created.getStatus()).isEqualTo(201);
    assertThat(created.getHeader("Location")).endsWith("/api/v1/entities/prova-accesso");
    assertThat(created.getContentAsString()).isEqualTo("{\"code\":\"prova-accesso\",\"name\":\"Comune di Prova\"}");

    assertProblem(api(post("/api/v1/entities"), "admin", "{\"code\":\"prova-accesso\",\"name\":\"Doppione\"}"), "code", "Esiste già");
    assertProblem(api(post("/api/v1/entities"), "admin", "{\"code\":\"Non Valido\",\"name\":\"X\"}"), "code", "non valido");
    assertProblem(api(post("/api/v1/entities"), "admin", "{\"code\":\"prova-senza-nome\",\"name\":\" \"}"), "name", "nome");
    assertThat(api(post("/api/v1/entities"), "segretario-utenti", "{\"code\":\"prova-x\",\"name\":\"X\"}").getStatus()).isEqualTo(403);
    assertThat(mvc.perform(post("/api/v1/entities").contentType(MediaType.APPLICATION_JSON).content("{}")).andReturn().getResponse().getStatus())
        .isEqualTo(401);

    MockHttpServletResponse segretario =
        api(post("/api/v1/entities/prova-accesso/users"), "admin", "{\"username\":\"segretario-prova\",\"password\":\"" + PASSWORD + "\",\"role\":\"SEGRETARIO\"}");
    assertThat(segretario.getStatus()).isEqualTo(201);
    assertThat(segretario.getHeader("Location")).matches(".*/api/v1/entities/prova-accesso/users/\\d+");
    assertThat(segretario.getContentAsString()).contains("\"username\":\"segretario-prova\"").contains("\"roles\":[\"SEGRETARIO\"]");

    // each sees only their own enti; the administrator all
    assertThat(api(get("/api/v1/entities"), "segretario-prova", null).getContentAsString())
        .isEqualTo("[{\"code\":\"prova-accesso\",\"name\":\"Comune di Prova\"}]");
    assertThat(api(get("/api/v1/entities"), "admin", null).getContentAsString()).contains("\"cedrasco\"").contains("\"prova-accesso\"");
    long ente = entities.byCode("prova-accesso").orElseThrow().id();
    assertThat(trail.of(ente)).extracting(AuditEntry::action).containsExactly("UTENTE_CREATO", "ENTE_CREATO");
    assertThat(trail.of(ente)).extracting(AuditEntry::actor).containsOnly("admin");
  }

  @Test
  void theSegretarioCreatesUsersOfTheEnteAndAResponsabileBecomesThePersonOfTheUnits() throws Exception {
    // an ente of its own: the sample ente's people stay as loaded
    long ente = entities.create("prova-utenti-unita", "Comune delle unità").id();
    users.grant(users.create("segretario-unita", PASSWORD, false), ente, Role.SEGRETARIO);
    OrgUnit first = organization.ensureUnit(ente, "Servizio 1 – Finanziario - Amministrativo");
    OrgUnit second = organization.ensureUnit(ente, "Servizio 2 – Tecnico");
    organization.addPerson(ente, "Anna Verdi", "Responsabile di servizio (EQ)", true, List.of(first.id()));
    MockHttpServletResponse eq =
        api(post("/api/v1/entities/prova-utenti-unita/users"), "segretario-unita",
            "{\"username\":\"eq-api-nome\",\"password\":\"" + PASSWORD + "\",\"role\":\"RESPONSABILE\",\"units\":[\"" + first.name() + "\"]}");
    assertThat(eq.getStatus()).isEqualTo(201);
    // the ente's person of exactly that unit is linked
    assertThat(eq.getContentAsString()).contains("\"fullName\":\"Anna Verdi\"").contains("\"id\":" + first.id());

    MockHttpServletResponse two =
        api(post("/api/v1/entities/prova-utenti-unita/users"), "segretario-unita",
            "{\"username\":\"eq-api-due\",\"password\":\"" + PASSWORD + "\",\"role\":\"RESPONSABILE\",\"units\":[" + first.id() + "," + second.id()
                + "],\"fullName\":\"Maria Bianchi\"}");
    assertThat(two.getStatus()).isEqualTo(201);
    assertThat(two.getContentAsString()).contains("\"fullName\":\"Maria Bianchi\"");
    assertThat(organization.people(ente)).extracting(p -> p.fullName() + " " + p.unitIds().size()).containsExactly("Anna Verdi 1", "Maria Bianchi 2");
    // the same units again: Anna Verdi is taken, so a new person
    MockHttpServletResponse third =
        api(post("/api/v1/entities/prova-utenti-unita/users"), "segretario-unita",
            "{\"username\":\"eq-api-tre\",\"password\":\"" + PASSWORD + "\",\"role\":\"RESPONSABILE\",\"units\":[" + first.id() + "]}");
    assertThat(third.getContentAsString()).contains("\"fullName\":\"eq-api-tre\"");
    assertThat(trail.of(ente)).anyMatch(e -> e.action().equals("UTENTE_CREATO") && e.actor().equals("segretario-unita") && e.subject().endsWith("eq-api-due"));

    String body = "{\"username\":\"eq-api-errore\",\"password\":\"" + PASSWORD + "\",\"role\":\"RESPONSABILE\"";
    assertProblem(api(post("/api/v1/entities/cedrasco/users"), "segretario-utenti", body + "}"), "units", "almeno un'unità");
    assertProblem(api(post("/api/v1/entities/cedrasco/users"), "segretario-utenti", body + ",\"units\":[\"Servizio inesistente\"]}"), "units[0]", "sconosciuta");
    assertProblem(
        api(post("/api/v1/entities/cedrasco/users"), "segretario-utenti", "{\"username\":\"eq-api-errore\",\"password\":\"corta\",\"role\":\"GIUNTA\"}"),
        "password", "almeno 12 caratteri (ne ha 5)");
    assertProblem(
        api(post("/api/v1/entities/cedrasco/users"), "segretario-utenti", "{\"username\":\"eq-api-errore\",\"password\":\"" + PASSWORD + "\",\"role\":\"CAPO\"}"),
        "role", "sconosciuto");
    assertProblem(
        api(post("/api/v1/entities/cedrasco/users"), "segretario-utenti", "{\"username\":\"Con Spazi\",\"password\":\"" + PASSWORD + "\",\"role\":\"GIUNTA\"}"),
        "username", "Nome utente non valido");
    assertThat(users.exists("eq-api-errore")).isFalse();
    String giunta = "{\"username\":\"eq-api-x\",\"password\":\"" + PASSWORD + "\",\"role\":\"GIUNTA\"}";
    assertThat(api(post("/api/v1/entities/cedrasco/users"), "giunta-utenti", giunta).getStatus()).isEqualTo(403);
    assertThat(api(post("/api/v1/entities/cedrasco/users"), "segretario-utenti-altrove", giunta).getStatus()).isEqualTo(404);
  }

  @Test
  void theSegretarioManagesRolesLoginsAndPasswordsOnThePage() throws Exception {
    assertThat(page(get("/enti/cedrasco/utenti"), "segretario-utenti").getContentAsString()).contains("giunta-utenti");
    MockHttpServletResponse created =
        page(post("/enti/cedrasco/utenti").param("username", "giunta-pagine").param("password", PASSWORD).param("role", "GIUNTA"), "segretario-utenti");
    assertThat(created.getRedirectedUrl()).isEqualTo("/enti/cedrasco/utenti");
    long id = users.byUsername("giunta-pagine").orElseThrow().id();

    page(post("/enti/cedrasco/utenti/{id}/ruoli", id).param("role", "NDV"), "segretario-utenti");
    page(post("/enti/cedrasco/utenti/{id}/ruoli/revoca", id).param("role", "GIUNTA"), "segretario-utenti");
    assertThat(users.byId(id).orElseThrow().roles().get(cedrasco)).containsExactly(Role.NDV);

    MockHttpServletResponse shortPassword = page(post("/enti/cedrasco/utenti/{id}/password", id).param("password", "breve"), "segretario-utenti");
    assertThat(shortPassword.getStatus()).isEqualTo(422);
    assertThat(shortPassword.getContentAsString()).contains("almeno 12 caratteri");
    page(post("/enti/cedrasco/utenti/{id}/password", id).param("password", "una-nuova-password"), "segretario-utenti");
    assertThat(api(get("/api/v1/entities"), "giunta-pagine", null, "una-nuova-password").getStatus()).isEqualTo(200);

    page(post("/enti/cedrasco/utenti/{id}/stato", id).param("enabled", "false"), "segretario-utenti");
    assertThat(users.byId(id).orElseThrow().enabled()).isFalse();
    assertThat(api(get("/api/v1/entities"), "giunta-pagine", null, "una-nuova-password").getStatus()).isEqualTo(401);
    // an open session of the disabled user is worth nothing from the next request on
    assertThat(page(get("/profilo"), "giunta-pagine").getRedirectedUrl()).endsWith("/login");

    long self = users.byUsername("segretario-utenti").orElseThrow().id();
    MockHttpServletResponse ownRole = page(post("/enti/cedrasco/utenti/{id}/ruoli/revoca", self).param("role", "SEGRETARIO"), "segretario-utenti");
    assertThat(ownRole.getStatus()).isEqualTo(422);
    assertThat(ownRole.getContentAsString()).contains("Non si può togliere a sé stessi");

    // a user who also works for another ente: roles here yes, the login no
    long shared = users.create("giunta-condivisa", PASSWORD, false);
    users.grant(shared, cedrasco, Role.GIUNTA);
    users.grant(shared, entities.byCode("prova-utenti-altrove").orElseThrow().id(), Role.GIUNTA);
    assertThat(page(post("/enti/cedrasco/utenti/{id}/password", shared).param("password", "presa-in-ostaggio"), "segretario-utenti").getStatus()).isEqualTo(403);
    assertThat(page(post("/enti/cedrasco/utenti/{id}/ruoli", shared).param("role", "NDV"), "segretario-utenti").getRedirectedUrl()).isEqualTo("/enti/cedrasco/utenti");

    List<String> actions = trail.of(cedrasco).stream().filter(e -> e.actor().equals("segretario-utenti")).map(AuditEntry::action).toList();
    assertThat(actions).contains("UTENTE_CREATO", "RUOLO_ASSEGNATO", "RUOLO_REVOCATO", "PASSWORD_REIMPOSTATA", "UTENTE_DISATTIVATO");
  }

  @Test
  void everyoneKeepsTheirPasswordAndTokensInTheProfile() throws Exception {
    users.grant(users.create("ndv-profilo", PASSWORD, false), cedrasco, Role.NDV);
    assertThat(page(get("/profilo"), "ndv-profilo").getContentAsString()).contains("Comune di Cedrasco").contains("Nucleo di valutazione");

    MockHttpServletResponse wrong =
        page(post("/profilo/password").param("current", "non-la-mia").param("password", "un'altra-password").param("confirmation", "un'altra-password"), "ndv-profilo");
    assertThat(wrong.getStatus()).isEqualTo(422);
    assertThat(wrong.getContentAsString()).contains("La password attuale non è corretta.");
    page(post("/profilo/password").param("current", PASSWORD).param("password", "un'altra-password").param("confirmation", "un'altra-password"), "ndv-profilo");
    assertThat(api(get("/api/v1/entities"), "ndv-profilo", null, "un'altra-password").getStatus()).isEqualTo(200);

    MockHttpServletResponse issued = page(post("/profilo/token").param("name", "cruscotto").param("expiresOn", "31/12/2099"), "ndv-profilo");
    assertThat(issued.getStatus()).isEqualTo(200);
    assertThat(issued.getHeader("Cache-Control")).contains("no-store");
    String html = issued.getContentAsString();
    String secret = html.replaceAll("(?s).*id=\"nuovo-token\" readonly value=\"(trg_[^\"]+)\".*", "$1");
    assertThat(secret).startsWith("trg_").hasSize(47);
    assertThat(page(get("/profilo"), "ndv-profilo").getContentAsString()).contains("cruscotto").contains("31/12/2099").doesNotContain(secret);
    assertThat(mvc.perform(get("/api/v1/entities").header("Authorization", "Bearer " + secret)).andReturn().getResponse().getContentAsString())
        .contains("cedrasco");

    MockHttpServletResponse badDate = page(post("/profilo/token").param("name", "x").param("expiresOn", "31 dicembre"), "ndv-profilo");
    assertThat(badDate.getStatus()).isEqualTo(422);
    assertThat(badDate.getContentAsString()).contains("Scadenza non valida");

    long ndv = users.byUsername("ndv-profilo").orElseThrow().id();
    long tokenId = tokens.of(ndv).get(0).id();
    assertThat(page(post("/profilo/token/{id}/revoca", tokenId), "giunta-utenti").getStatus()).isEqualTo(404);
    page(post("/profilo/token/{id}/revoca", tokenId), "ndv-profilo");
    assertThat(mvc.perform(get("/api/v1/entities").header("Authorization", "Bearer " + secret)).andReturn().getResponse().getStatus()).isEqualTo(401);
    assertThat(trail.of(cedrasco).stream().filter(e -> e.actor().equals("ndv-profilo")).map(AuditEntry::action))
        .contains("PASSWORD_CAMBIATA", "TOKEN_CREATO", "TOKEN_REVOCATO");

    // the administrator belongs to no ente: its token goes to the platform's trail
    page(post("/profilo/token").param("name", "amministrazione"), "admin");
    assertThat(trail.ofPlatform()).anyMatch(e -> e.action().equals("TOKEN_CREATO") && e.subject().contains("amministrazione"));
    assertThat(page(get("/admin/registro"), "admin").getContentAsString()).contains("amministrazione");
  }

  @Test
  void theAdministratorsPageCreatesAnEnteWithItsSegretarioOrNothing() throws Exception {
    MockHttpServletResponse refused =
        page(post("/admin/enti").param("code", "prova-pagina").param("name", "Comune pagina").param("username", "seg-pagina").param("password", "corta"), "admin");
    assertThat(refused.getStatus()).isEqualTo(422);
    assertThat(entities.byCode("prova-pagina")).isEmpty();
    MockHttpServletResponse created =
        page(post("/admin/enti").param("code", "prova-pagina").param("name", "Comune pagina").param("username", "seg-pagina").param("password", PASSWORD), "admin");
    assertThat(created.getRedirectedUrl()).isEqualTo("/enti/prova-pagina/utenti");
    UserAccount segretario = users.byUsername("seg-pagina").orElseThrow();
    assertThat(segretario.has(entities.byCode("prova-pagina").orElseThrow().id(), Role.SEGRETARIO)).isTrue();
    assertThat(page(get("/admin/enti"), "segretario-utenti").getStatus()).isEqualTo(403);
  }

  private MockHttpServletResponse page(MockHttpServletRequestBuilder request, String username) throws Exception {
    return mvc.perform(request.with(user(accounts.loadUserByUsername(username))).with(csrf())).andReturn().getResponse();
  }

  private MockHttpServletResponse api(MockHttpServletRequestBuilder request, String username, String body) throws Exception {
    return api(request, username, body, username.equals("admin") ? "test-admin-password" : PASSWORD);
  }

  private MockHttpServletResponse api(MockHttpServletRequestBuilder request, String username, String body, String password) throws Exception {
    request.with(httpBasic(username, password));
    if (body != null) {
      request.contentType(MediaType.APPLICATION_JSON).content(body);
    }
    return mvc.perform(request).andReturn().getResponse();
  }

  private static void assertProblem(MockHttpServletResponse response, String field, String message) throws Exception {
    assertThat(response.getStatus()).isEqualTo(422);
    assertThat(response.getContentAsString()).contains("\"field\":\"" + field + "\"").contains(message);
  }
}
