package it.traguardo.database;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** True when no external database is configured ({@code spring.datasource.url} or SPRING_DATASOURCE_URL). */
class NoDatasourceUrlCondition implements Condition {

  @Override
  public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
    return EmbeddedPostgresStartup.wanted(context.getEnvironment());
  }
}
