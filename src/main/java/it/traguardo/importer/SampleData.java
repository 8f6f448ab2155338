package it.traguardo.importer;

import it.traguardo.organization.Entities;
import it.traguardo.organization.Organization;
import it.traguardo.plan.Adoption;
import it.traguardo.plan.Objective;
import it.traguardo.plan.Plan;
import it.traguardo.plan.PlanState;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * On the first start with an empty database, loads the Comune di Cedrasco's PIAO 2024-2026 (a public document
 * shipped inside the jar) as ente {@code cedrasco}, adopted and in monitoring, so that the first screen shows a real
 * plan. Its people are the segretario and one responsabile (EQ) per servizio; every EQ is marked as paying invoices
 * because the payment-timeliness objective is assigned to all offices. The adoption act is marked as sample data.
 * {@link SampleLoaded} then lets other modules add their own sample data to the same ente, in the same transaction.
 */
@Component
@Order(1)
@ConditionalOnProperty(name = "traguardo.sample.load", havingValue = "true", matchIfMissing = true)
class SampleData implements ApplicationRunner {

  static final String RESOURCE = "/sample/piao-2024-2026-cedrasco-performance.txt";
  static final String ENTITY_CODE = "cedrasco";
  private static final Logger log = LoggerFactory.getLogger(SampleData.class);

  private final Entities entities;
  private final Organization organization;
  private final PlanImportService imports;
  private final PlanTextImporter importer;
  private final ApplicationEventPublisher events;

  SampleData(
      Entities entities, Organization organization, PlanImportService imports, PlanTextImporter importer,
      ApplicationEventPublisher events) {
    this.entities = entities;
    this.organization = organization;
    this.imports = imports;
    this.importer = importer;
    this.events = events;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    if (!entities.isEmpty()) {
      return;
    }
    ImportResult result = importer.read(sample());
    Plan plan = result.plan().orElseThrow(() -> new IllegalStateException("Sample plan does not import: " + result.diagnostics()));
    PlanImportService.Outcome outcome =
        imports.store(
            plan, ENTITY_CODE, plan.entityName(), false, "piao-2024-2026-cedrasco-performance.txt", "dati di esempio",
            result.diagnostics(), PlanState.IN_MONITORAGGIO,
            new Adoption("Dati di esempio: atto di adozione non indicato", null, true));
    long entityId = entities.byCode(ENTITY_CODE).orElseThrow().id();
    organization.addPerson(entityId, "Segretario comunale", "Segretario comunale", false, List.of());
    plan.objectives().stream()
        .map(Objective::unit)
        .filter(Objects::nonNull)
        .distinct()
        .forEach(
            unit ->
                organization.addPerson(
                    entityId, "Responsabile " + unit, "Responsabile di servizio (EQ)", true,
                    List.of(organization.ensureUnit(entityId, unit).id())));
    events.publishEvent(new SampleLoaded(entityId, outcome.planId()));
    log.info("Caricato l'ente di esempio «{}»: {}", ENTITY_CODE, outcome.message());
  }

  private static byte[] sample() {
    try (InputStream in = SampleData.class.getResourceAsStream(RESOURCE)) {
      return Objects.requireNonNull(in, RESOURCE).readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
