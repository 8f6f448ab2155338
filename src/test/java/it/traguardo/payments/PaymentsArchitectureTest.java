package it.traguardo.payments;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The computing core stays plain Java, so storage and pages (the {@code store} and {@code web} subpackages) can depend
 * on it and not the other way round.
 */
class PaymentsArchitectureTest {
  @Test
  void dependsOnNoFrameworkPersistenceOrJson() {
    JavaClasses classes = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("it.traguardo.payments");

    noClasses().that().resideInAPackage("it.traguardo.payments")
        .should().dependOnClassesThat().resideInAnyPackage(
            "org.springframework..", "jakarta.persistence..", "javax.persistence..", "java.sql..", "javax.sql..",
            "org.hibernate..", "org.jooq..", "org.flywaydb..", "com.fasterxml.jackson..", "tools.jackson..")
        .check(classes);
  }
}
