package it.traguardo.catalog;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class CatalogConfiguration {

  @Bean
  BudgetCatalog budgetCatalog() {
    return BudgetCatalog.standard();
  }
}
