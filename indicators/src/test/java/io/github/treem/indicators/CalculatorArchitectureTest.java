package io.github.treem.indicators;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.reflect.Modifier;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Architecture rules of the calculator packages. */
class CalculatorArchitectureTest {
  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("io.github.treem.indicators");
  }

  @Test
  void apiSignaturesMentionNoInternalType() {
    List<String> violations = new ArrayList<>();
    for (JavaClass c : classes) {
      boolean api = !c.getPackageName().contains(".internal") && c.getModifiers().contains(JavaModifier.PUBLIC);
      if (!api) {
        continue;
      }
      for (JavaCodeUnit m : c.getCodeUnits()) {
        if (!m.getModifiers().contains(JavaModifier.PUBLIC)) {
          continue;
        }
        Stream.concat(m.getReturnType().getAllInvolvedRawTypes().stream(),
                m.getParameterTypes().stream().flatMap(p -> p.getAllInvolvedRawTypes().stream()))
            .filter(t -> t.getPackageName().contains(".internal"))
            .forEach(t -> violations.add(c.getName() + "." + m.getName() + " mentions " + t.getName()));
      }
    }
    assertThat(violations).isEmpty();
    assertThat(classes.contain(Accumulator.class)).isTrue();
  }

  @Test
  void nothingReadsTheClockOrPrints() {
    noClasses().should().callMethod(LocalDate.class, "now")
        .orShould().callMethod(Clock.class, "systemDefaultZone")
        .orShould().callMethod(System.class, "currentTimeMillis")
        .orShould().accessField(System.class, "out").orShould().accessField(System.class, "err")
        .check(classes);
  }

  @Test
  void valueTypesHaveNoPublicConstructor() {
    for (Class<?> c : List.of(IndicatorReport.class, IndicatorResult.class, BreakdownCell.class, DataQuality.class,
        TargetAssessment.class, ZScore.class, GrowthScores.class, IndicatorCalculator.class, Accumulator.class,
        DisclosureControl.class)) {
      assertThat(c.getConstructors()).as(c.getName()).isEmpty();
      assertThat(Modifier.isPublic(c.getModifiers())).isTrue();
    }
  }
}
