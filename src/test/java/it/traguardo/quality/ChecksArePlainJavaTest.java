package it.traguardo.quality;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The checks are plain Java, so the CLI checks a file without a context; only quality.web knows Spring. */
@AnalyzeClasses(packages = "it.traguardo.quality", importOptions = ImportOption.DoNotIncludeTests.class)
class ChecksArePlainJavaTest {

  @ArchTest
  static final ArchRule dependsOnNoFramework = noClasses()
      .that().resideInAPackage("it.traguardo.quality")
      .should().dependOnClassesThat().resideInAnyPackage(
          "org.springframework..", "jakarta.persistence..", "jakarta.servlet..", "tools.jackson..", "com.fasterxml..",
          "java.sql..", "javax.sql..");
}
