package it.traguardo.plan;

import it.traguardo.catalog.BudgetCatalog;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

@Configuration(proxyBeanMethods = false)
class PlanConfiguration {

  @Bean
  PlanJson planJson(JsonMapper mapper, BudgetCatalog catalog) {
    return new PlanJson(mapper, catalog);
  }
}
