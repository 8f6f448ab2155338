package it.traguardo.measure;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The measuring engine is plain Java, so every module (and the CLI) can use it without a context. */
@AnalyzeClasses(packages = "it.traguardo.measure", importOptions = ImportOption.DoNotIncludeTests.class)
class MeasureIsPlainJavaTest {

  @ArchTest
  static final ArchRule dependsOnNoFramework = noClasses()
      .that().resideInAPackage("it.traguardo.measure..")
      .should().dependOnClassesThat().resideInAnyPackage(
          "org.springframework..", "jakarta.persistence..", "tools.jackson..", "com.fasterxml..", "java.sql..");
}
