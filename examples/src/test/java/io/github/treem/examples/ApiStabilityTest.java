package io.github.treem.examples;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.apiguardian.api.API;
import org.junit.jupiter.api.Test;

/**
 * Every public top-level type of treem's API packages declares its stability with
 * {@code @API(status = ..., since = ...)}; internal packages are not API and carry none.
 */
class ApiStabilityTest {

  private static final JavaClasses TREEM = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("io.github.treem.core", "io.github.treem.indicators", "io.github.treem.io",
          "io.github.treem.testkit");

  @Test
  void everyPublicApiTypeIsMarkedForStability() {
    classes().that().arePublic().and().areTopLevelClasses()
        .and().resideOutsideOfPackage("..internal..")
        .and().doNotHaveModifier(JavaModifier.SYNTHETIC)
        .and().haveSimpleNameNotEndingWith("package-info")
        .should().beAnnotatedWith(API.class)
        .check(TREEM);
  }

  @Test
  void internalTypesAreNotMarkedAsApi() {
    classes().that().resideInAPackage("..internal..").should().notBeAnnotatedWith(API.class).check(TREEM);
  }
}
