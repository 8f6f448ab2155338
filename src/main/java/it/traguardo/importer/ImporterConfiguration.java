package it.traguardo.importer;

import it.traguardo.catalog.BudgetCatalog;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ImporterConfiguration {

  @Bean
  PlanTextImporter planTextImporter(BudgetCatalog catalog) {
    return new PlanTextImporter(catalog);
  }
}
