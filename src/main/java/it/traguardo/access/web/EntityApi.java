package it.traguardo.access.web;

import it.traguardo.access.AccessAdministration;
import it.traguardo.access.AccessAdministration.NewUser;
import it.traguardo.access.PeopleAdministration;
import it.traguardo.api.ApiProblem;
import it.traguardo.api.ETags;
import it.traguardo.organization.Entities;
import it.traguardo.organization.Entity;
import it.traguardo.organization.InvalidAccountException;
import it.traguardo.organization.OrgUnit;
import it.traguardo.organization.Organization;
import it.traguardo.organization.Person;
import it.traguardo.organization.UserAccount;
import it.traguardo.organization.Users;
import it.traguardo.security.TraguardoPrincipal;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Enti and their users through the API v1. Everyone sees the enti they belong to (the platform administrator all
 * of them); the administrator creates enti; the administrator and an ente's segretario manage its users and its
 * people (name, title, e-mail address for reminders, units).
 */
@RestController
class EntityApi {

  private static final String STALE_PERSON = "La persona è stata modificata nel frattempo: rileggerla con GET e riprovare.";

  private final Gate gate;
  private final Entities entities;
  private final Users users;
  private final Organization organization;
  private final AccessAdministration administration;
  private final PeopleAdministration people;

  EntityApi(
      Gate gate, Entities entities, Users users, Organization organization, AccessAdministration administration,
      PeopleAdministration people) {
    this.gate = gate;
    this.entities = entities;
    this.users = users;
    this.organization = organization;
    this.administration = administration;
    this.people = people;
  }

  record EntityRequest(String code, String name) {}

  /**
   * @param role SEGRETARIO, RESPONSABILE, NDV, GIUNTA or RAGIONERIA
   * @param units for a RESPONSABILE (required then): the ente's units, each by id (a number) or by its exact name
   *     (a string)
   * @param fullName the person's name when a new person must be created for those units; the username otherwise
   */
  record UserRequest(String username, String password, String role, List<Object> units, String fullName) {}

  @GetMapping("/api/v1/entities")
  List<Map<String, Object>> entities() {
    TraguardoPrincipal user = gate.user();
    return entities.all().stream().filter(e -> user.isMember(e.id())).map(EntityApi::entity).toList();
  }

  @GetMapping("/api/v1/entities/{code}")
  Map<String, Object> entity(@PathVariable String code) {
    return entity(memberEntity(code));
  }

  @PostMapping("/api/v1/entities")
  ResponseEntity<Map<String, Object>> create(@RequestBody EntityRequest request) {
    gate.requirePlatformAdmin();
    Entity created = checked(() -> administration.createEntity(request.code(), request.name(), gate.user().getUsername()));
    return ResponseEntity.created(location("/api/v1/entities/{code}", created.code())).body(entity(created));
  }

  @GetMapping("/api/v1/entities/{code}/units")
  List<Map<String, Object>> units(@PathVariable String code) {
    return organization.units(memberEntity(code).id()).stream().map(EntityApi::unit).toList();
  }

  @GetMapping("/api/v1/entities/{code}/users")
  List<Map<String, Object>> users(@PathVariable String code) {
    Entity entity = gate.managedEntity(code);
    return users.members(entity.id()).stream().map(m -> user(entity, users.byId(m.userId()).orElseThrow())).toList();
  }

  @GetMapping("/api/v1/entities/{code}/users/{userId}")
  Map<String, Object> user(@PathVariable String code, @PathVariable long userId) {
    Entity entity = gate.managedEntity(code);
    return user(entity, gate.member(entity, userId));
  }

  @PostMapping("/api/v1/entities/{code}/users")
  ResponseEntity<Map<String, Object>> createUser(@PathVariable String code, @RequestBody UserRequest request) {
    Entity entity = gate.managedEntity(code);
    if (request.role() != null && UserPages.role(request.role()) == null) {
      throw ApiProblem.invalid("role", "Ruolo «" + request.role() + "» sconosciuto: attesi SEGRETARIO, RESPONSABILE, NDV, GIUNTA, RAGIONERIA.");
    }
    NewUser user =
        new NewUser(request.username(), request.password(), UserPages.role(request.role()), unitIds(entity, request.units()), request.fullName());
    UserAccount created = checked(() -> administration.createUser(entity, user, gate.user().getUsername()));
    return ResponseEntity.created(location("/api/v1/entities/{code}/users/{id}", entity.code(), created.id()))
        .body(user(entity, created));
  }

  /**
   * A person of the ente, with or without a login.
   *
   * @param units the units they answer for, each by id or by exact name
   */
  record PersonRequest(String fullName, String roleTitle, String email, List<Object> units) {}

  @GetMapping("/api/v1/entities/{code}/people")
  List<Map<String, Object>> people(@PathVariable String code) {
    Entity entity = gate.managedEntity(code);
    return organization.people(entity.id()).stream().map(p -> person(entity, p)).toList();
  }

  @GetMapping("/api/v1/entities/{code}/people/{personId}")
  ResponseEntity<Map<String, Object>> person(@PathVariable String code, @PathVariable long personId) {
    Entity entity = gate.managedEntity(code);
    Person person = gate.person(entity, personId);
    return ResponseEntity.ok().eTag(ETags.of(person.version())).body(person(entity, person));
  }

  @PostMapping("/api/v1/entities/{code}/people")
  ResponseEntity<Map<String, Object>> addPerson(@PathVariable String code, @RequestBody PersonRequest request) {
    Entity entity = gate.managedEntity(code);
    Person added = checked(() -> people.add(entity, details(entity, request), gate.user().getUsername()));
    return ResponseEntity.created(location("/api/v1/entities/{code}/people/{id}", entity.code(), added.id()))
        .eTag(ETags.of(added.version()))
        .body(person(entity, added));
  }

  /** Replaces the person's details; If-Match names the version read (428 without it, 412 when stale). */
  @PutMapping("/api/v1/entities/{code}/people/{personId}")
  ResponseEntity<Map<String, Object>> updatePerson(
      @PathVariable String code,
      @PathVariable long personId,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @RequestBody PersonRequest request) {
    Entity entity = gate.managedEntity(code);
    Person person = gate.person(entity, personId);
    int version = ETags.requireCurrent(ifMatch, person.version(), STALE_PERSON);
    PeopleAdministration.PersonDetails details = details(entity, request);
    try {
      Person saved = checked(() -> people.update(entity, personId, details, version, gate.user().getUsername()));
      return ResponseEntity.ok().eTag(ETags.of(saved.version())).body(person(entity, saved));
    } catch (PeopleAdministration.StalePersonException e) {
      throw new ApiProblem(HttpStatus.PRECONDITION_FAILED, "If-Match", STALE_PERSON);
    }
  }

  private PeopleAdministration.PersonDetails details(Entity entity, PersonRequest request) {
    return new PeopleAdministration.PersonDetails(request.fullName(), request.roleTitle(), request.email(), unitIds(entity, request.units()));
  }

  private Map<String, Object> person(Entity entity, Person person) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("id", person.id());
    body.put("fullName", person.fullName());
    body.put("roleTitle", person.roleTitle());
    body.put("email", person.email());
    body.put("paysInvoices", person.paysInvoices());
    body.put("units", organization.units(entity.id()).stream().filter(u -> person.unitIds().contains(u.id())).map(EntityApi::unit).toList());
    body.put(
        "usernames",
        users.members(entity.id()).stream().filter(m -> m.personId() != null && m.personId() == person.id()).map(Users.Member::username).toList());
    return body;
  }

  /** Units by id or by name; one the ente does not have is a 422 naming its position. */
  private List<Long> unitIds(Entity entity, List<Object> units) {
    if (units == null) {
      return List.of();
    }
    List<OrgUnit> known = organization.units(entity.id());
    List<Long> ids = new ArrayList<>();
    for (int i = 0; i < units.size(); i++) {
      Object unit = units.get(i);
      Optional<OrgUnit> found =
          unit instanceof Number number
              ? known.stream().filter(u -> u.id() == number.longValue()).findFirst()
              : unit instanceof String name ? known.stream().filter(u -> u.name().equals(name.strip())).findFirst() : Optional.empty();
      int position = i;
      ids.add(
          found
              .orElseThrow(
                  () ->
                      ApiProblem.invalid(
                          "units[" + position + "]",
                          "Unità «" + unit + "» sconosciuta nell'ente " + entity.code() + ": indicarla per id o con il nome esatto (GET /api/v1/entities/" + entity.code() + "/units)."))
              .id());
    }
    return ids;
  }

  private Map<String, Object> user(Entity entity, UserAccount account) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("id", account.id());
    body.put("username", account.username());
    body.put("enabled", account.enabled());
    body.put("roles", account.roles().getOrDefault(entity.id(), java.util.Set.of()).stream().sorted().map(Enum::name).toList());
    Long personId =
        users.members(entity.id()).stream().filter(m -> m.userId() == account.id()).findFirst().map(Users.Member::personId).orElse(null);
    Person person = personId == null ? null : organization.people(entity.id()).stream().filter(p -> p.id() == personId).findFirst().orElse(null);
    if (person == null) {
      body.put("person", null);
    } else {
      Map<String, Object> p = new LinkedHashMap<>();
      p.put("id", person.id());
      p.put("fullName", person.fullName());
      p.put("units", organization.units(entity.id()).stream().filter(u -> person.unitIds().contains(u.id())).map(EntityApi::unit).toList());
      body.put("person", p);
    }
    return body;
  }

  private Entity memberEntity(String code) {
    Entity entity = entities.byCode(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    if (!gate.user().isMember(entity.id())) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
    return entity;
  }

  private static URI location(String path, Object... variables) {
    return ServletUriComponentsBuilder.fromCurrentContextPath().path(path).buildAndExpand(variables).toUri();
  }

  private static <T> T checked(Supplier<T> change) {
    try {
      return change.get();
    } catch (InvalidAccountException e) {
      throw ApiProblem.invalid(e.field(), e.getMessage());
    }
  }

  private static Map<String, Object> entity(Entity entity) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("code", entity.code());
    body.put("name", entity.name());
    return body;
  }

  private static Map<String, Object> unit(OrgUnit unit) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("id", unit.id());
    body.put("name", unit.name());
    return body;
  }
}
