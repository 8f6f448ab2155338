package it.traguardo.database;

import static org.assertj.core.api.Assertions.assertThat;

import it.traguardo.Traguardo;
import it.traguardo.organization.Entities;
import it.traguardo.plan.PlanSummary;
import it.traguardo.plan.Plans;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** The embedded database keeps its data in its folder: a second start finds the first one's plan, once. */
class RestartTest {

  @TempDir Path dataDir;

  @Test
  void aRestartKeepsThePlanAndDoesNotLoadTheSampleAgain() {
    List<PlanSummary> first = plansOfTheSampleAfterAStart();
    assertThat(first).hasSize(1);
    assertThat(Files.exists(dataDir.resolve("PG_VERSION"))).isTrue();

    List<PlanSummary> second = plansOfTheSampleAfterAStart();
    assertThat(second).extracting(PlanSummary::id).containsExactly(first.get(0).id());
    assertThat(second.get(0).objectiveCount()).isEqualTo(19);
  }

  private List<PlanSummary> plansOfTheSampleAfterAStart() {
    try (ConfigurableApplicationContext context =
        new SpringApplicationBuilder(Traguardo.class)
            .web(WebApplicationType.NONE)
            .run(
                "--traguardo.database.embedded.data-dir=" + dataDir,
                "--traguardo.admin-password=restart-test-password",
                "--logging.level.io.zonky=WARN")) {
      Entities entities = context.getBean(Entities.class);
      assertThat(entities.all()).hasSize(1);
      return context.getBean(Plans.class).summaries(entities.byCode("cedrasco").orElseThrow().id());
    }
  }
}
