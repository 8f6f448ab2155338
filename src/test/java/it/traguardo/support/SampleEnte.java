package it.traguardo.support;

import it.traguardo.catalog.BudgetCatalog;
import it.traguardo.importer.ImportResult;
import it.traguardo.importer.PlanImportService;
import it.traguardo.importer.PlanTextImporter;
import it.traguardo.importer.SampleLoaded;
import it.traguardo.monitoring.Actuals;
import it.traguardo.monitoring.Checkpoint;
import it.traguardo.organization.Entities;
import it.traguardo.organization.Organization;
import it.traguardo.organization.Role;
import it.traguardo.organization.Users;
import it.traguardo.plan.Adoption;
import it.traguardo.plan.Indicator;
import it.traguardo.plan.Objective;
import it.traguardo.plan.PlanState;
import it.traguardo.plan.Plans;
import it.traguardo.plan.StoredPlan;
import it.traguardo.support.Seed;
import java.time.LocalDate;
import java.util.List;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A copy of the sample ente under another code, so that a test can validate its 2024 without touching the shared
 * sample: the Cedrasco plan in monitoring, the segretario and one EQ per service (all paying invoices), and the
 * sample's evaluation data (objective 7 marked, SMVP with a € 5.000 budget, € 2.000 per EQ). Users: {@code <code>-ndv}
 * (NDV), {@code <code>-segretario} (SEGRETARIO), {@code <code>-eq1} (RESPONSABILE, the EQ of service 1) and
 * {@code <code>-giunta} (GIUNTA), all with the password {@link #PASSWORD}.
 */
public final class SampleEnte {

  public static final String PASSWORD = "una-password-lunga";
  public static final String SERVIZIO_1 = "Servizio 1 – Finanziario - Amministrativo";
  public static final String SERVIZIO_2 = "Servizio 2 – Edilizia Privata, Urbanistica, Sue";
  public static final String SERVIZIO_3 = "Servizio 3 – Lavori Pubblici, Territorio, Manutenzioni";

  private final PlanImportService imports;
  private final Entities entities;
  private final Organization organization;
  private final Users users;
  private final Plans plans;
  private final Actuals actuals;
  private final ApplicationEventPublisher events;
  private final TransactionTemplate transaction;

  public SampleEnte(ApplicationContext context) {
    this.imports = context.getBean(PlanImportService.class);
    this.entities = context.getBean(Entities.class);
    this.organization = context.getBean(Organization.class);
    this.users = context.getBean(Users.class);
    this.plans = context.getBean(Plans.class);
    this.actuals = context.getBean(Actuals.class);
    this.events = context;
    this.transaction = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
  }

  /** The ente, its plan and its three EQs' person ids (services 1, 2, 3). */
  public record Created(long entityId, StoredPlan plan, List<Long> eqs) {

    public Objective objective(String number) {
      return plan.plan().objectives().stream().filter(o -> o.number().equals(number)).findFirst().orElseThrow();
    }

    public Indicator indicator(String objective, int index) {
      return objective(objective).indicators().get(index);
    }

    public long planId() {
      return plan.summary().id();
    }
  }

  public Created create(String code) {
    return transaction.execute(status -> {
      ImportResult seed = new PlanTextImporter(BudgetCatalog.standard()).read(Seed.bytes());
      long planId =
          imports.store(seed.planOrNull(), code, null, false, "p.txt", "test", seed.diagnostics(), PlanState.IN_MONITORAGGIO,
                  new Adoption("Delibera di Giunta n. 8", LocalDate.of(2024, 1, 30), false))
              .planId();
      long entityId = entities.byCode(code).orElseThrow().id();
      organization.addPerson(entityId, "Segretario comunale", "Segretario comunale", false, List.of());
      List<Long> eqs =
          List.of(SERVIZIO_1, SERVIZIO_2, SERVIZIO_3).stream()
              .map(unit -> organization.addPerson(
                      entityId, "Responsabile " + unit, "Responsabile di servizio (EQ)", true,
                      List.of(organization.ensureUnit(entityId, unit).id()))
                  .id())
              .toList();
      events.publishEvent(new SampleLoaded(entityId, planId));
      grant(code + "-ndv", entityId, Role.NDV, null);
      grant(code + "-segretario", entityId, Role.SEGRETARIO, null);
      grant(code + "-eq1", entityId, Role.RESPONSABILE, eqs.get(0));
      grant(code + "-giunta", entityId, Role.GIUNTA, null);
      return new Created(entityId, plans.find(entityId, planId).orElseThrow(), eqs);
    });
  }

  private void grant(String username, long entityId, Role role, Long person) {
    long user = users.create(username, PASSWORD, false);
    users.grant(user, entityId, role);
    if (person != null) {
      users.linkPerson(user, entityId, person);
    }
  }

  /** Records the final value of an indicator for a year, as its EQ would. */
  public Actuals.Outcome record(Created ente, Indicator indicator, int year, String value) {
    int version = actuals.indicator(ente.entityId(), indicator.id()).orElseThrow().version();
    return actuals.record(ente.entityId(), indicator.id(), year, Checkpoint.FINAL, value, null, "eq", version);
  }
}
