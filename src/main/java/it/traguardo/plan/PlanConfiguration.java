package it.traguardo.plan;

import it.traguardo.catalog.BudgetCatalog;
import it.traguardo.measure.NamedDates;
import it.traguardo.measure.ScoringPolicy;
import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

@Configuration(proxyBeanMethods = false)
class PlanConfiguration {

  /** The default SMVP (docs/smvp-default.md) until enti configure their own. */
  @Bean
  PlanScoring planScoring() {
    return new PlanScoring(ScoringPolicy.standard(), NamedDates.empty());
  }

  @Bean
  @ConditionalOnMissingBean
  Clock clock() {
    return Clock.systemDefaultZone();
  }

  @Bean
  PlanJson planJson(JsonMapper mapper, BudgetCatalog catalog) {
    return new PlanJson(mapper, catalog);
  }
}
