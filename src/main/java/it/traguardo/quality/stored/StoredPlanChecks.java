package it.traguardo.quality.stored;

import it.traguardo.catalog.BudgetCatalog;
import it.traguardo.organization.OrgUnit;
import it.traguardo.organization.Organization;
import it.traguardo.organization.Person;
import it.traguardo.plan.AdoptionGate;
import it.traguardo.plan.Plan;
import it.traguardo.quality.Finding;
import it.traguardo.quality.PlanChecker;
import it.traguardo.quality.PlanUnderCheck;
import it.traguardo.quality.Tags;
import it.traguardo.quality.Weights;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * The plan checks run on an ente's stored plan, with what the ente knows beyond the document: the units whose
 * managers pay invoices, the indicators' weights and the objectives' PIAO dimensions set on the editing pages. Also the gate of adoption: every ERRORE blocks it unless the segretario gives a reason.
 */
@Service
public class StoredPlanChecks implements AdoptionGate {

  private final Organization organization;
  private final PlanChecker checker;

  StoredPlanChecks(Organization organization, BudgetCatalog catalog) {
    this.organization = organization;
    this.checker = new PlanChecker(catalog);
  }

  public List<Finding> check(long entityId, Plan plan) {
    return checker.check(new PlanUnderCheck(plan, unitsPayingInvoices(entityId), Weights.PLAN, Tags.DIMENSIONS));
  }

  @Override
  public List<Blocker> blockers(long entityId, Plan plan) {
    return PlanChecker.blocking(check(entityId, plan)).stream()
        .map(finding -> new Blocker(finding.objective(), finding.message()))
        .toList();
  }

  private List<String> unitsPayingInvoices(long entityId) {
    Set<Long> paying =
        organization.people(entityId).stream()
            .filter(Person::paysInvoices)
            .flatMap(p -> p.unitIds().stream())
            .collect(Collectors.toSet());
    return organization.units(entityId).stream().filter(u -> paying.contains(u.id())).map(OrgUnit::name).toList();
  }
}
