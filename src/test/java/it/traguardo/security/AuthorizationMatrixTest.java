package it.traguardo.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import it.traguardo.organization.AccessTokens;
import it.traguardo.organization.Entities;
import it.traguardo.organization.OrgUnit;
import it.traguardo.organization.Organization;
import it.traguardo.organization.Person;
import it.traguardo.organization.Role;
import it.traguardo.organization.Users;
import it.traguardo.plan.Objective;
import it.traguardo.plan.ObjectiveKind;
import it.traguardo.plan.Plans;
import it.traguardo.plan.StoredPlan;
import it.traguardo.support.Seed;
import it.traguardo.support.TraguardoIntegrationTest;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every endpoint of the application, as Spring maps it, called by everyone who has no right to it: anonymous, a
 * user of another ente who holds every role there, and each role of the sample ente without the right. Each call
 * must be refused (401, 403, 404 or a redirect to the login) and leave the database as it was; every GET is also
 * called by those who may, to show that the filled-in path names something real.
 *
 * <p>A new endpoint fails this test until it is classified in {@link #RULES}: say who may call it.
 */
@TraguardoIntegrationTest
class AuthorizationMatrixTest {

  /** Who calls. The platform administrator is not here: it may do everything. */
  enum Actor {
    ANONYMOUS, STRANGER, SEGRETARIO, RESPONSABILE, NDV, GIUNTA, RAGIONERIA;

    String username() {
      return "matrice-" + name().toLowerCase();
    }
  }

  private static final String PASSWORD = "una-password-lunga";
  private static final Set<Actor> EVERYONE = EnumSet.allOf(Actor.class);
  private static final Set<Actor> LOGGED_IN = EnumSet.complementOf(EnumSet.of(Actor.ANONYMOUS));
  private static final Set<Actor> MEMBERS = EnumSet.of(Actor.SEGRETARIO, Actor.RESPONSABILE, Actor.NDV, Actor.GIUNTA, Actor.RAGIONERIA);
  private static final Set<Actor> SEGRETARIO = EnumSet.of(Actor.SEGRETARIO);
  private static final Set<Actor> RAGIONERIA = EnumSet.of(Actor.RAGIONERIA);
  private static final Set<Actor> NDV = EnumSet.of(Actor.NDV);
  private static final Set<Actor> SEGRETARIO_NDV = EnumSet.of(Actor.SEGRETARIO, Actor.NDV);
  private static final Set<Actor> RECORDERS = EnumSet.of(Actor.SEGRETARIO, Actor.RESPONSABILE);
  private static final Set<Actor> ADMIN_ONLY = EnumSet.noneOf(Actor.class);

  /**
   * Who may call what. {@code params} are the request parameters or JSON body a real call would send, so that a
   * refusal comes from the rights check and not from a missing input; {@code {name}} in them is filled in like a
   * path variable.
   */
  record Rule(String method, String pattern, Set<Actor> allowed, Map<String, String> params, String body, boolean sample) {}

  private static final String EDIT = "/enti/{code}/piani/{planId}/modifica";
  private static final String NUCLEO = "/enti/{code}/piani/{planId}/nucleo";
  private static final String EVALUATIONS = "/enti/{code}/piani/{planId}/valutazioni";

  private static final List<Rule> RULES =
      List.of(
          // public pages and documents
          rule("GET", "/", EVERYONE),
          rule("GET", "/login", EVERYONE),
          noSample(rule("GET", "/error", EVERYONE)), // renders whatever error sent it there
          rule("GET", "/enti/{code}/piani/{planId}", EVERYONE), // the sample plan is adopted: public
          rule("GET", "/enti/{code}/piani/{planId}/obiettivi/{objectiveId}", EVERYONE),
          rule("GET", "/enti/{code}/piani/{planId}/storia", EVERYONE),
          rule("GET", "/trasparenza/{code}/performance/{year}", EVERYONE),
          rule("GET", "/trasparenza/{code}/performance/{year}/{file}", EVERYONE),
          rule("GET", "/trasparenza/{code}/performance/{year}/{file}/genera", EVERYONE),
          rule("GET", "/trasparenza/{code}/performance/{year}/{file}/stato", EVERYONE),
          rule("GET", "/trasparenza/{code}/performance/{year}/piano.xlsx", EVERYONE),
          rule("GET", "/trasparenza/{code}/performance/{year}/piano.json", EVERYONE),
          rule("GET", "/trasparenza/{code}/performance/{year}/dati-csv.zip", EVERYONE),
          rule("GET", "/v3/api-docs", EVERYONE),
          rule("GET", "/v3/api-docs.yaml", EVERYONE),
          rule("GET", "/v3/api-docs/swagger-config", EVERYONE),
          rule("GET", "/swagger-ui.html", EVERYONE),
          // the ente's members read
          rule("GET", "/enti/{code}/piani/{planId}/verifica", MEMBERS),
          rule("GET", "/enti/{code}/piani/{planId}/obiettivi/{objectiveId}/valori", MEMBERS),
          rule("GET", "/enti/{code}/registro", MEMBERS),
          rule("GET", "/enti/{code}/registro.csv", MEMBERS),
          rule("GET", "/enti/{code}/pagamenti", MEMBERS),
          rule("GET", "/enti/{code}/pagamenti/dettaglio", MEMBERS, Map.of("anno", "2024", "indicatore", "itp")),
          noSample(rule("GET", "/enti/{code}/pagamenti/importazioni/{importId}", MEMBERS)), // the sample ente has no import
          rule("GET", "/api/v1/entities/{code}", MEMBERS),
          rule("GET", "/api/v1/entities/{code}/units", MEMBERS),
          rule("GET", "/api/v1/entities/{code}/plans", MEMBERS),
          rule("GET", "/api/v1/plans/{id}", MEMBERS),
          rule("GET", "/api/v1/plans/{id}/versions", MEMBERS),
          rule("GET", "/api/v1/plans/{id}/versions/{number}", MEMBERS),
          rule("GET", "/api/v1/indicators/{id}", MEMBERS),
          rule("GET", "/api/v1/indicators/{id}/actuals/{year}/{checkpoint}/evidence", MEMBERS),
          rule("GET", "/api/v1/phases/{id}/status/{year}", MEMBERS),
          rule("GET", "/api/v1/objectives/{id}/narratives/{year}/{checkpoint}", MEMBERS),
          noSample(rule("GET", "/api/v1/evidence/{id}", MEMBERS)), // the sample has no evidence file
          rule("GET", "/enti/{code}/piani/{planId}/obiettivi/{objectiveId}/registro", MEMBERS),
          rule("GET", "/enti/{code}/piani/{planId}/obiettivi/{objectiveId}/registro.csv", MEMBERS),
          noSample(rule("GET", "/enti/{code}/piani/{planId}/obiettivi/{objectiveId}/valori/evidenze/{evidenceId}", MEMBERS)),
          rule("GET", "/enti/{code}/scadenze", MEMBERS), // each sees their own; an unlinked segretario goes to completion
          rule("GET", "/api/v1/entities/{code}/due/{year}/{checkpoint}", MEMBERS), // everyone's or only one's own
          rule("GET", "/enti/{code}/cruscotto", MEMBERS),
          rule("GET", "/enti/{code}/cruscotto/servizi/{unitId}", MEMBERS),
          rule("GET", "/enti/{code}/cruscotto/responsabili/{personId}", MEMBERS),
          rule("GET", "/enti/{code}/piani/{planId}/da-rivedere", MEMBERS), // the sample plan has an empty list
          // the segretario and the responsabili record values, each their own
          rule("GET", "/enti/{code}/piani/{planId}/valori/importa", RECORDERS),
          rule("GET", "/enti/{code}/piani/{planId}/valori/modello.csv", RECORDERS),
          rule("GET", "/enti/{code}/piani/{planId}/valori/modello.xlsx", RECORDERS),
          rule("POST", "/enti/{code}/piani/{planId}/valori/importa", RECORDERS),
          // anyone logged in, for themselves only
          rule("GET", "/cruscotto", LOGGED_IN), // a redirect to the first screen of the caller's role
          rule("GET", "/profilo", LOGGED_IN),
          rule("POST", "/profilo/password", LOGGED_IN, Map.of("current", "sbagliata", "password", "nuova-password-lunga", "confirmation", "nuova-password-lunga")),
          rule("POST", "/profilo/token", LOGGED_IN, Map.of("name", "matrice")),
          rule("POST", "/profilo/token/{tokenId}/revoca", SEGRETARIO), // the token is the segretario's: anyone else's is 404
          rule("GET", "/importa", LOGGED_IN),
          rule("POST", "/importa", LOGGED_IN), // reads a file into the session, stores nothing
          rule("GET", "/api/v1/entities", LOGGED_IN), // lists only the caller's enti (checked below)
          rule("GET", "/scadenze", LOGGED_IN), // to the scadenze of the caller's ente
          rule("POST", "/api/v1/targets/preview", LOGGED_IN, "{\"text\":\"Almeno 80%\"}"),
          rule("GET", "/anteprima/valore-atteso", LOGGED_IN, Map.of("testo", "Almeno 80%")),
          // the segretario writes
          rule("POST", "/importa/conferma", SEGRETARIO, Map.of("entityCode", "{code}", "replace", "true")),
          rule("POST", "/enti/{code}/piani/{planId}/anno-successivo", SEGRETARIO),
          rule("POST", "/api/v1/plans/{id}/next-year", SEGRETARIO),
          rule("POST", "/enti/{code}/piani/{planId}/adozione", SEGRETARIO, Map.of("act", "Delibera n. 1", "date", "31/01/2024")),
          rule(
              "POST", "/enti/{code}/piani/{planId}/obiettivi/{objectiveId}/valori", SEGRETARIO, // not the responsabile's unit
              Map.of("indicatorId", "{indicatorId}", "year", "2024", "checkpoint", "final", "value", "1", "version", "{indicatorVersion}")),
          rule("POST", "/api/v1/plans/{id}/adopt", SEGRETARIO, "{\"act\":\"Delibera n. 1\",\"date\":\"2024-01-31\"}"),
          rule("PUT", "/api/v1/indicators/{id}/actuals/{year}/{checkpoint}", SEGRETARIO, "{\"value\":\"1\"}"),
          // progress of the objective: its unit's responsabile (the one here answers for another unit) or the segretario
          rule("POST", "/api/v1/indicators/{id}/actuals/{year}/{checkpoint}/evidence", SEGRETARIO),
          rule("DELETE", "/api/v1/evidence/{id}", SEGRETARIO),
          rule("PUT", "/api/v1/phases/{id}/status/{year}", SEGRETARIO, "{\"status\":\"IN_CORSO\",\"startedOn\":\"2024-02-01\"}"),
          rule("PUT", "/api/v1/objectives/{id}/narratives/{year}/{checkpoint}", SEGRETARIO, "{\"text\":\"In corso\"}"),
          rule("POST", "/enti/{code}/piani/{planId}/obiettivi/{objectiveId}/valori/evidenze", SEGRETARIO,
              Map.of("indicatorId", "{indicatorId}", "year", "2024", "checkpoint", "final")),
          rule("POST", "/enti/{code}/piani/{planId}/obiettivi/{objectiveId}/valori/evidenze/{evidenceId}/elimina", SEGRETARIO,
              Map.of("year", "2024", "checkpoint", "final")),
          rule("POST", "/enti/{code}/piani/{planId}/obiettivi/{objectiveId}/valori/fasi", SEGRETARIO,
              Map.of("phaseId", "{phaseId}", "year", "2024", "status", "IN_CORSO", "startedOn", "01/02/2024", "version", "0")),
          rule("POST", "/enti/{code}/piani/{planId}/obiettivi/{objectiveId}/valori/stato-attuazione", SEGRETARIO,
              Map.of("year", "2024", "checkpoint", "final", "text", "In corso", "version", "0")),
          rule("POST", "/api/v1/plans/{id}/monitoring", SEGRETARIO),
          rule("POST", "/api/v1/plans/{id}/reports", SEGRETARIO, "{\"year\":2024}"),
          rule("POST", "/api/v1/plans/{id}/variations", SEGRETARIO, "{\"reason\":\"prova\",\"act\":\"Delibera n. 2\",\"date\":\"2024-03-31\"}"),
          rule("POST", "/api/v1/plans/{id}/variations/close", SEGRETARIO),
          rule("GET", EDIT, SEGRETARIO),
          rule("POST", EDIT + "/monitoraggio", SEGRETARIO),
          rule("POST", EDIT + "/rendicontazione", SEGRETARIO, Map.of("year", "2024")),
          rule("POST", EDIT + "/variazione", SEGRETARIO, Map.of("reason", "prova", "act", "Delibera n. 2", "date", "31/03/2024")),
          rule("POST", EDIT + "/variazione/registra", SEGRETARIO),
          rule("GET", EDIT + "/obiettivi/nuovo", SEGRETARIO),
          rule("GET", EDIT + "/obiettivi/{objectiveId}", SEGRETARIO),
          rule("POST", EDIT + "/obiettivi", SEGRETARIO, Map.of("title", "Obiettivo intruso")),
          rule("POST", EDIT + "/obiettivi/{objectiveId}", SEGRETARIO, Map.of("version", "0", "title", "Titolo intruso")),
          rule("GET", EDIT + "/obiettivi/{objectiveId}/fasi/nuova", SEGRETARIO),
          rule("GET", EDIT + "/obiettivi/{objectiveId}/fasi/{phaseId}", SEGRETARIO),
          rule("POST", EDIT + "/obiettivi/{objectiveId}/fasi", SEGRETARIO, Map.of("description", "Fase intrusa")),
          rule("POST", EDIT + "/obiettivi/{objectiveId}/fasi/{phaseId}", SEGRETARIO, Map.of("version", "0", "description", "Fase intrusa")),
          rule("GET", EDIT + "/obiettivi/{objectiveId}/indicatori/nuovo", SEGRETARIO),
          rule("GET", EDIT + "/obiettivi/{objectiveId}/indicatori/{indicatorId}", SEGRETARIO),
          rule("POST", EDIT + "/obiettivi/{objectiveId}/indicatori", SEGRETARIO, Map.of("name", "Indicatore intruso")),
          rule("POST", EDIT + "/obiettivi/{objectiveId}/indicatori/{indicatorId}", SEGRETARIO, Map.of("version", "0", "name", "Indicatore intruso")),
          rule("POST", EDIT + "/{part}/{id}/sposta", SEGRETARIO, Map.of("direction", "su")),
          rule("POST", EDIT + "/{part}/{id}/elimina", SEGRETARIO),
          rule("GET", "/enti/{code}/utenti", SEGRETARIO),
          rule("POST", "/enti/{code}/utenti", SEGRETARIO, Map.of("username", "matrice-intruso", "password", PASSWORD, "role", "SEGRETARIO")),
          rule("POST", "/enti/{code}/utenti/{userId}/ruoli", SEGRETARIO, Map.of("role", "SEGRETARIO")),
          rule("POST", "/enti/{code}/utenti/{userId}/ruoli/revoca", SEGRETARIO, Map.of("role", "GIUNTA")),
          rule("POST", "/enti/{code}/utenti/{userId}/stato", SEGRETARIO, Map.of("enabled", "false")),
          rule("POST", "/enti/{code}/utenti/{userId}/password", SEGRETARIO, Map.of("password", "presa-in-ostaggio")),
          rule("GET", "/api/v1/entities/{code}/users", SEGRETARIO),
          rule("GET", "/enti/{code}/persone", SEGRETARIO),
          rule("POST", "/enti/{code}/persone", SEGRETARIO, Map.of("fullName", "Intruso", "roleTitle", "Responsabile", "email", "intruso@example.org")),
          rule("POST", "/enti/{code}/persone/{personId}", SEGRETARIO, Map.of("fullName", "Intruso", "roleTitle", "Responsabile", "email", "intruso@example.org", "version", "0")),
          rule("GET", "/api/v1/entities/{code}/people", SEGRETARIO),
          rule("GET", "/api/v1/entities/{code}/people/{personId}", SEGRETARIO),
          rule("POST", "/api/v1/entities/{code}/people", SEGRETARIO, "{\"fullName\":\"Intruso\",\"roleTitle\":\"Responsabile\"}"),
          rule("PUT", "/api/v1/entities/{code}/people/{personId}", SEGRETARIO, "{\"fullName\":\"Intruso\",\"roleTitle\":\"Responsabile\"}"),
          rule("GET", "/enti/{code}/scadenze/completamento", SEGRETARIO),
          rule("GET", "/enti/{code}/scadenze/persone/{personId}", SEGRETARIO, Map.of("rilevazione", "2024-final")),
          rule("POST", "/enti/{code}/scadenze/persone/{personId}/promemoria", SEGRETARIO, Map.of("rilevazione", "2024-final")),
          rule("GET", "/enti/{code}/scadenze/invii", SEGRETARIO),
          rule("GET", "/enti/{code}/scadenze/impostazioni", SEGRETARIO),
          rule(
              "POST", "/enti/{code}/scadenze/impostazioni", SEGRETARIO,
              Map.of("version", "0", "dueDaysBefore", "30", "remindDaysBefore", "10", "overdueEveryDays", "7",
                  "subjectDue", "Oggetto", "bodyDue", "Testo", "subjectOverdue", "Oggetto", "bodyOverdue", "Testo")),
          rule("GET", "/api/v1/entities/{code}/users/{userId}", SEGRETARIO),
          rule("POST", "/api/v1/entities/{code}/users", SEGRETARIO, "{\"username\":\"matrice-intruso\",\"password\":\"" + PASSWORD + "\",\"role\":\"SEGRETARIO\"}"),
          // the ragioneria writes
          rule("POST", "/enti/{code}/pagamenti", RAGIONERIA),
          rule("POST", "/enti/{code}/pagamenti/collegamenti", RAGIONERIA, Map.of("indicatore", "{indicatorId}", "metrica", "")),
          // evaluation: the ente reads the NdV's workspace and the SMVP; the NdV reviews and validates; the segretario
          // and the NdV see the individual evaluations (an EQ sees their own: the responsabile here is another unit's)
          noSample(rule("GET", "/trasparenza/{code}/performance/{year}/premi.json", EVERYONE)), // published once the year is validated
          rule("GET", NUCLEO, MEMBERS),
          rule("GET", NUCLEO + "/obiettivi/{objectiveId}", MEMBERS),
          rule("POST", NUCLEO + "/obiettivi/{objectiveId}/accetta", NDV, Map.of("year", "2024", "version", "-1")),
          rule("POST", NUCLEO + "/obiettivi/{objectiveId}/grado", NDV, Map.of("year", "2024", "version", "-1", "percentage", "90", "reason", "prova")),
          rule("POST", NUCLEO + "/obiettivi/{objectiveId}/note", NDV, Map.of("year", "2024", "version", "-1", "note", "prova")),
          rule("POST", NUCLEO + "/obiettivi/{objectiveId}/indicatori/{indicatorId}", NDV,
              Map.of("year", "2024", "version", "-1", "percentage", "90", "reason", "prova")),
          rule("POST", NUCLEO + "/validazione", NDV, Map.of("year", "2024", "act", "Verbale n. 1", "date", "30/06/2025")),
          rule("GET", "/enti/{code}/smvp", MEMBERS),
          rule("POST", "/enti/{code}/smvp", SEGRETARIO, Map.of("year", "2024", "version", "-1", "resultsWeight", "70", "behaviourWeight", "30")),
          rule("GET", EVALUATIONS, SEGRETARIO_NDV),
          rule("POST", EVALUATIONS + "/obiettivi-pagamenti", SEGRETARIO, Map.of("year", "2024", "objectiveId", "{objectiveId}", "marked", "true")),
          rule("POST", EVALUATIONS + "/{personId}/pagamenti", SEGRETARIO, Map.of("year", "2024", "paysInvoices", "false")),
          rule("GET", EVALUATIONS + "/{personId}", SEGRETARIO_NDV),
          rule("GET", EVALUATIONS + "/{personId}/scheda.pdf", SEGRETARIO_NDV),
          rule("POST", EVALUATIONS + "/{personId}/pesi", SEGRETARIO_NDV, Map.of("year", "2024", "version", "-1")),
          rule("POST", EVALUATIONS + "/{personId}/comportamenti", NDV, Map.of("year", "2024", "version", "-1", "livello-0", "3")),
          rule("POST", EVALUATIONS + "/{personId}/retribuzione", SEGRETARIO, Map.of("year", "2024", "version", "-1", "allowance", "1000")),
          rule("POST", EVALUATIONS + "/{personId}/presa-visione", ADMIN_ONLY, Map.of("year", "2024", "version", "-1", "date", "30/06/2025")),
          rule("GET", "/api/v1/plans/{id}/evaluations/{year}", SEGRETARIO_NDV),
          rule("PUT", "/api/v1/plans/{id}/evaluations/{year}/managers/{managerId}/weights", SEGRETARIO_NDV, "{\"objectives\":{}}"),
          rule("GET", "/api/v1/plans/{id}/reviews/{year}", MEMBERS),
          rule("PUT", "/api/v1/plans/{id}/reviews/{year}/objectives/{objectiveId}", NDV, "{\"decision\":\"SET\",\"achievement\":10,\"reason\":\"matrice\"}"),
          rule("POST", "/api/v1/plans/{id}/validations", NDV, "{\"year\":2024,\"act\":\"Verbale\",\"date\":\"2025-05-20\"}"),
          // the platform administrator only
          rule("GET", "/admin/enti", ADMIN_ONLY),
          rule("POST", "/admin/enti", ADMIN_ONLY, Map.of("code", "matrice-nuovo", "name", "Comune nuovo", "username", "matrice-nuovo", "password", PASSWORD)),
          rule("GET", "/admin/registro", ADMIN_ONLY),
          rule("POST", "/api/v1/entities", ADMIN_ONLY, "{\"code\":\"matrice-nuovo\",\"name\":\"Comune nuovo\"}"));

  /** Tables whose rows change without anyone's request: documents rendered in the background. */
  private static final Set<String> NOT_COMPARED = Set.of("flyway_schema_history", "document_file", "login_failure");

  @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;
  @Autowired MockMvc mvc;
  @Autowired Users users;
  @Autowired Entities entities;
  @Autowired Organization organization;
  @Autowired Plans plans;
  @Autowired AccessTokens tokens;
  @Autowired UserDetailsService accounts;
  @Autowired JdbcClient jdbc;

  private final Map<String, String> values = new LinkedHashMap<>();

  @BeforeEach
  void actorsAndSample() {
    long cedrasco = entities.byCode("cedrasco").orElseThrow().id();
    long elsewhere = entities.byCode("matrice-altrove").orElseGet(() -> entities.create("matrice-altrove", "Comune altrove")).id();
    StoredPlan plan = plans.find(cedrasco, plans.summaries(cedrasco).get(0).id()).orElseThrow();
    // a sectoral objective of one unit; the responsabile answers for another unit
    Objective objective =
        plan.plan().objectives().stream()
            .filter(o -> o.kind() == ObjectiveKind.SECTORAL && !o.phases().isEmpty() && !o.indicators().isEmpty())
            .findFirst()
            .orElseThrow();
    OrgUnit otherUnit = organization.units(cedrasco).stream().filter(u -> !u.name().equals(objective.unit())).findFirst().orElseThrow();
    for (Actor actor : Actor.values()) {
      if (actor == Actor.ANONYMOUS || users.exists(actor.username())) {
        continue;
      }
      long id = users.create(actor.username(), PASSWORD, false);
      if (actor == Actor.STRANGER) {
        for (Role role : Role.values()) {
          users.grant(id, elsewhere, role);
        }
      } else {
        users.grant(id, cedrasco, Role.valueOf(actor.name()));
      }
      if (actor == Actor.RESPONSABILE) {
        Person person = organization.people(cedrasco).stream().filter(p -> p.unitIds().equals(List.of(otherUnit.id()))).findFirst().orElseThrow();
        users.linkPerson(id, cedrasco, person.id());
      }
    }
    long segretario = users.byUsername(Actor.SEGRETARIO.username()).orElseThrow().id();
    long token = tokens.of(segretario).stream().filter(t -> !t.revoked()).findFirst().orElseGet(() -> tokens.create(segretario, "matrice", null).token()).id();
    long indicator = objective.indicators().get(0).id();
    values.put("code", "cedrasco");
    values.put("planId", String.valueOf(plan.summary().id()));
    values.put("objectiveId", String.valueOf(objective.id()));
    values.put("phaseId", String.valueOf(objective.phases().get(0).id()));
    values.put("part", "obiettivi");
    values.put("id", String.valueOf(objective.id())); // {part}/{id}: the objective
    values.put("indicatorId", String.valueOf(indicator));
    values.put(
        "indicatorVersion",
        String.valueOf(jdbc.sql("select version from indicator where id = ?").param(indicator).query(Integer.class).single()));
    values.put("year", "2024");
    values.put("number", "1"); // the sample plan, stored adopted, is its own version 1
    values.put("checkpoint", "final");
    values.put("file", "relazione.docx");
    values.put("importId", "999999999");
    values.put("evidenceId", "999999999");
    values.put("tokenId", String.valueOf(token));
    values.put("userId", String.valueOf(users.byUsername(Actor.GIUNTA.username()).orElseThrow().id()));
    // the EQ of the objective's unit: not the responsabile who calls here
    OrgUnit objectiveUnit = organization.units(cedrasco).stream().filter(u -> u.name().equals(objective.unit())).findFirst().orElseThrow();
    long manager =
        organization.people(cedrasco).stream().filter(p -> p.unitIds().equals(List.of(objectiveUnit.id()))).findFirst().orElseThrow().id();
    values.put("personId", String.valueOf(manager));
    values.put("managerId", String.valueOf(manager));
    values.put("unitId", String.valueOf(otherUnit.id()));
  }

  @Test
  void everyEndpointRefusesEveryoneWithoutTheRight() throws Exception {
    Map<String, Rule> rules = new LinkedHashMap<>();
    RULES.forEach(rule -> rules.put(rule.method() + " " + rule.pattern(), rule));
    Set<String> endpoints = endpoints();
    Set<String> unclassified = new TreeSet<>(endpoints);
    unclassified.removeAll(rules.keySet());
    assertThat(unclassified)
        .as("Endpoints that nobody has classified: add each to RULES in AuthorizationMatrixTest, saying who may call it"
            + " (EVERYONE, LOGGED_IN, MEMBERS, SEGRETARIO, …) and the parameters a real call sends")
        .isEmpty();
    Set<String> stale = new TreeSet<>(rules.keySet());
    stale.removeAll(endpoints);
    assertThat(stale).as("RULES name endpoints that no longer exist: remove them").isEmpty();

    List<String> wrong = new ArrayList<>();
    for (Rule rule : RULES) {
      String before = fingerprint();
      for (Actor actor : EnumSet.complementOf(EnumSet.copyOf(withNone(rule.allowed())))) {
        MockHttpServletResponse response = call(rule, actor, wrong);
        if (response != null && !refused(response)) {
          wrong.add(rule.method() + " " + rule.pattern() + " as " + actor + ": " + response.getStatus() + " " + response.getRedirectedUrl());
        }
      }
      if (!before.equals(fingerprint())) {
        wrong.add(rule.method() + " " + rule.pattern() + ": a refused call changed the database");
      }
    }
    assertThat(wrong).as("calls that should have been refused").isEmpty();
  }

  @Test
  void everyReadIsAnsweredToThoseWhoMay() throws Exception {
    List<String> wrong = new ArrayList<>();
    for (Rule rule : RULES) {
      if (!rule.method().equals("GET") || !rule.sample()) {
        continue;
      }
      // a public read answered to the anonymous is answered to everyone
      Set<Actor> callers = rule.allowed().contains(Actor.ANONYMOUS) ? Set.of(Actor.ANONYMOUS) : rule.allowed();
      for (Actor actor : callers) {
        MockHttpServletResponse response = call(rule, actor, wrong);
        if (response != null && (refused(response) || response.getStatus() >= 400)) {
          wrong.add(rule.pattern() + " as " + actor + ": " + response.getStatus());
        }
      }
    }
    assertThat(wrong).as("reads refused to those who may").isEmpty();
    String stranger =
        mvc.perform(request(HttpMethod.GET, "/api/v1/entities").with(httpBasic(Actor.STRANGER.username(), PASSWORD)))
            .andReturn().getResponse().getContentAsString();
    assertThat(stranger).contains("matrice-altrove").doesNotContain("cedrasco");
  }

  /** The call's answer, or null (and a line in {@code wrong}) when the application failed on it. */
  private MockHttpServletResponse call(Rule rule, Actor actor, List<String> wrong) {
    try {
      return call(rule, actor);
    } catch (Exception e) {
      wrong.add(rule.method() + " " + rule.pattern() + " as " + actor + " failed: " + e.getMessage());
      return null;
    }
  }

  private MockHttpServletResponse call(Rule rule, Actor actor) throws Exception {
    String path = fill(rule.pattern());
    MockHttpSession session = new MockHttpSession();
    AbstractMockHttpServletRequestBuilder<?> request =
        rule.pattern().equals("/importa") && rule.method().equals("POST")
            ? multipart(path).file(new MockMultipartFile("file", "piano.txt", "text/plain", Seed.bytes()))
            : request(HttpMethod.valueOf(rule.method()), path);
    if (rule.pattern().equals("/importa/conferma") && actor != Actor.ANONYMOUS) {
      // a file read first, in the same session, so that only the rights stand between the caller and the import
      AbstractMockHttpServletRequestBuilder<?> upload =
          multipart("/importa").file(new MockMultipartFile("file", "piano.txt", "text/plain", Seed.bytes()));
      upload.session(session).with(csrf());
      String preview = mvc.perform(authenticated(upload, actor, false)).andReturn().getResponse().getContentAsString();
      Matcher token = Pattern.compile("name=\"token\" value=\"([^\"]+)\"").matcher(preview);
      assertThat(token.find()).as("the upload preview offers the confirmation").isTrue();
      request.param("token", token.group(1));
    }
    request.session(session);
    rule.params().forEach((name, value) -> request.param(name, fill(value)));
    if (rule.body() != null) {
      request.contentType(MediaType.APPLICATION_JSON).content(rule.body());
    }
    boolean api = path.startsWith("/api/");
    if (!api && !rule.method().equals("GET")) {
      request.with(csrf());
    }
    if (rule.pattern().startsWith("/api/v1/indicators/") && rule.method().equals("PUT")) {
      request.header("If-Match", "\"" + values.get("indicatorVersion") + "\"");
    }
    return mvc.perform(authenticated(request, actor, api)).andReturn().getResponse();
  }

  private AbstractMockHttpServletRequestBuilder<?> authenticated(AbstractMockHttpServletRequestBuilder<?> request, Actor actor, boolean api) {
    if (actor != Actor.ANONYMOUS) {
      request.with(api ? httpBasic(actor.username(), PASSWORD) : user(accounts.loadUserByUsername(actor.username())));
    }
    return request;
  }

  private static boolean refused(MockHttpServletResponse response) {
    int status = response.getStatus();
    return status == 401 || status == 403 || status == 404
        || status / 100 == 3 && response.getRedirectedUrl() != null && response.getRedirectedUrl().endsWith("/login");
  }

  /** Every (method, pattern) Spring maps; a mapping without a method answers GET. */
  private Set<String> endpoints() {
    Set<String> endpoints = new LinkedHashSet<>();
    for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
      Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
      for (String mapped : info.getPatternValues()) {
        String pattern = mapped.replaceAll("\\{([^}:]+):[^}]*}", "{$1}"); // {file:a|b} is {file}
        if (methods.isEmpty()) {
          endpoints.add("GET " + pattern);
        }
        methods.forEach(method -> endpoints.add(method.name() + " " + pattern));
      }
    }
    return endpoints;
  }

  private static final Pattern VARIABLE = Pattern.compile("\\{([^}:]+)(?::[^}]*)?}");

  /** Path variables by name; {@code {id}} means what the segment before it names. */
  private String fill(String template) {
    Matcher matcher = VARIABLE.matcher(template);
    StringBuilder out = new StringBuilder();
    while (matcher.find()) {
      String name = matcher.group(1);
      if (name.equals("id")) {
        String before = template.substring(0, matcher.start());
        name =
            before.endsWith("/plans/") ? "planId"
                : before.endsWith("/indicators/") ? "indicatorId"
                : before.endsWith("/phases/") ? "phaseId"
                : before.endsWith("/objectives/") ? "objectiveId"
                : before.endsWith("/evidence/") ? "evidenceId"
                : name;
      }
      String value = values.get(name);
      assertThat(value).as("a value for the path variable {" + name + "} of " + template + ": add it in actorsAndSample()").isNotNull();
      matcher.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    matcher.appendTail(out);
    return out.toString();
  }

  /** One hash over the contents of every table. */
  private String fingerprint() {
    List<String> tables =
        jdbc.sql("select table_name from information_schema.tables where table_schema = current_schema() and table_type = 'BASE TABLE' order by 1")
            .query(String.class)
            .list();
    StringBuilder all = new StringBuilder();
    for (String table : tables) {
      if (NOT_COMPARED.contains(table)) {
        continue;
      }
      all.append(table).append('=')
          .append(jdbc.sql("select md5(coalesce(string_agg(md5(t::text), ',' order by md5(t::text)), '')) from \"" + table + "\" t").query(String.class).single())
          .append(';');
    }
    return all.toString();
  }

  private static Set<Actor> withNone(Set<Actor> allowed) {
    return allowed.isEmpty() ? EnumSet.noneOf(Actor.class) : allowed;
  }

  private static Rule rule(String method, String pattern, Set<Actor> allowed) {
    return new Rule(method, pattern, allowed, Map.of(), null, true);
  }

  private static Rule rule(String method, String pattern, Set<Actor> allowed, Map<String, String> params) {
    return new Rule(method, pattern, allowed, params, null, true);
  }

  private static Rule rule(String method, String pattern, Set<Actor> allowed, String body) {
    return new Rule(method, pattern, allowed, Map.of(), body, true);
  }

  private static Rule noSample(Rule rule) {
    return new Rule(rule.method(), rule.pattern(), rule.allowed(), rule.params(), rule.body(), false);
  }
}
