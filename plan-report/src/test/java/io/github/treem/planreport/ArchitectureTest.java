package io.github.treem.planreport;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The module's API exposes no internal type, and every public API type says its status. */
class ArchitectureTest {
  static JavaClasses classes;

  @BeforeAll
  static void load() {
    classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("io.github.treem.planreport");
  }

  static boolean api(JavaClass c) {
    return !c.getPackageName().contains(".internal") && c.getModifiers().contains(JavaModifier.PUBLIC)
        && c.getEnclosingClass().map(e -> e.getModifiers().contains(JavaModifier.PUBLIC)).orElse(true);
  }

  @Test
  void noInternalTypeInPublicSignatures() {
    List<String> violations = new ArrayList<>();
    for (JavaClass c : classes) {
      if (!api(c)) {
        continue;
      }
      for (JavaCodeUnit m : c.getCodeUnits()) {
        if (!m.getModifiers().contains(JavaModifier.PUBLIC)) {
          continue;
        }
        m.getReturnType().getAllInvolvedRawTypes().stream().filter(t -> t.getPackageName().contains(".internal"))
            .forEach(t -> violations.add(c.getName() + "." + m.getName() + " returns " + t.getName()));
        m.getParameterTypes().forEach(p -> p.getAllInvolvedRawTypes().stream().filter(t -> t.getPackageName().contains(".internal"))
            .forEach(t -> violations.add(c.getName() + "." + m.getName() + " takes " + t.getName())));
      }
    }
    assertThat(violations).isEmpty();
  }

  @Test
  void publicApiTypesCarryTheirStatus() {
    classes().that().arePublic().and().resideOutsideOfPackage("..internal..").and().areTopLevelClasses()
        .and().doNotHaveSimpleName("package-info")
        .should().beAnnotatedWith(API.class).check(classes);
  }

  @Test
  void poiStaysInTheWordWriter() {
    noClasses().that().resideOutsideOfPackages("..internal.docx..", "..planreport.docx..")
        .should().dependOnClassesThat().resideInAnyPackage("org.apache.poi..", "org.openxmlformats..").check(classes);
  }
}
