package it.traguardo.support;

import it.traguardo.catalog.BudgetCatalog;
import it.traguardo.importer.ImportResult;
import it.traguardo.importer.PlanImportService;
import it.traguardo.importer.PlanTextImporter;
import it.traguardo.organization.Entities;
import it.traguardo.organization.Organization;
import it.traguardo.organization.Role;
import it.traguardo.organization.Users;
import it.traguardo.plan.Adoption;
import it.traguardo.plan.Objective;
import it.traguardo.plan.PlanState;
import it.traguardo.plan.Plans;
import it.traguardo.plan.StoredPlan;
import java.time.LocalDate;
import java.util.List;
import org.springframework.context.ApplicationContext;

/**
 * An ente of its own for a test class, with the sample plan in monitoring and the users a test names. Every user's
 * password is {@link #PASSWORD}. Asking again for the same code gives the same ente: the test context is shared.
 */
public record MonitoredEnte(ApplicationContext context, long entityId, String code, StoredPlan stored) {

  public static final String PASSWORD = "una-password-lunga";

  /** The unit of objective 16 (green areas and buildings), whose responsabile tests log in as. */
  public static final String SERVIZIO_2 = "Servizio 2 – Edilizia Privata, Urbanistica, Sue";

  public static MonitoredEnte of(ApplicationContext context, String code) {
    Entities entities = context.getBean(Entities.class);
    Plans plans = context.getBean(Plans.class);
    if (entities.byCode(code).isEmpty()) {
      ImportResult seed = new PlanTextImporter(BudgetCatalog.standard()).read(Seed.bytes());
      context.getBean(PlanImportService.class)
          .store(seed.planOrNull(), code, "Comune di prova " + code, false, "piano.txt", "test", seed.diagnostics(),
              PlanState.IN_MONITORAGGIO, new Adoption("Delibera di Giunta n. 9", LocalDate.of(2024, 1, 30), false));
    }
    long entityId = entities.byCode(code).orElseThrow().id();
    return new MonitoredEnte(context, entityId, code, plans.find(entityId, plans.summaries(entityId).get(0).id()).orElseThrow());
  }

  public long planId() {
    return stored.summary().id();
  }

  /** The objective with this number ("16"). */
  public Objective objective(String number) {
    return stored.plan().objectives().stream().filter(o -> o.number().equals(number)).findFirst().orElseThrow();
  }

  /** "/enti/{code}/piani/{plan}/obiettivi/{objective}". */
  public String objectivePath(String number) {
    return "/enti/" + code + "/piani/" + planId() + "/obiettivi/" + objective(number).id();
  }

  /** A user with a role in this ente, created once. */
  public MonitoredEnte member(String username, Role role) {
    Users users = context.getBean(Users.class);
    if (!users.exists(username)) {
      users.grant(users.create(username, PASSWORD, false), entityId, role);
    }
    return this;
  }

  /** A responsabile linked to a person of the unit, created once. */
  public MonitoredEnte responsabile(String username, String unit) {
    Users users = context.getBean(Users.class);
    if (!users.exists(username)) {
      Organization organization = context.getBean(Organization.class);
      long unitId = organization.ensureUnit(entityId, unit).id();
      long person = organization.addPerson(entityId, "EQ " + username, "Responsabile di servizio (EQ)", true, List.of(unitId)).id();
      long user = users.create(username, PASSWORD, false);
      users.grant(user, entityId, Role.RESPONSABILE);
      users.linkPerson(user, entityId, person);
    }
    return this;
  }
}
