package io.github.treem.core.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import io.github.treem.core.BirthRegistration;
import io.github.treem.core.Child;
import io.github.treem.core.CircumstanceEpisode;
import io.github.treem.core.GrowthMeasurement;
import io.github.treem.core.HealthInsuranceCard;
import io.github.treem.core.SafetySkills;
import io.github.treem.core.SchoolEnrolment;
import io.github.treem.core.YearlyStatus;
import io.github.treem.core.admin.AdministrativeDivisions;
import io.github.treem.core.admin.AdministrativeUnit;
import io.github.treem.core.admin.CommuneCode;
import io.github.treem.core.admin.Succession;
import io.github.treem.core.admin.UnitResolution;
import io.github.treem.core.id.PersonalIdNumber;
import io.github.treem.core.plan.Plan;
import io.github.treem.core.plan.ResponsibleUnit;
import io.github.treem.core.plan.Target;
import io.github.treem.core.taxonomy.LegacyMappingEntry;
import io.github.treem.core.taxonomy.LegalReference;
import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The architecture rules of core (style guide points 1-5). */
class ArchitectureTest {
  private static final String ROOT = "io.github.treem.core";

  private static JavaClasses core;

  @BeforeAll
  static void importCore() {
    core = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(ROOT);
  }

  static boolean isInternal(JavaClass c) {
    return c.getPackageName().contains(".internal");
  }

  static final DescribedPredicate<JavaClass> IN_API_PACKAGE =
      DescribedPredicate.describe("in an API package", c -> c.getPackageName().startsWith(ROOT) && !isInternal(c));

  static final DescribedPredicate<JavaClass> VISIBLE =
      DescribedPredicate.describe("public", c -> c.getModifiers().contains(JavaModifier.PUBLIC)
          && c.getEnclosingClass().map(e -> e.getModifiers().contains(JavaModifier.PUBLIC)).orElse(true));

  /** Whether a member is part of the API: public or protected. */
  static boolean isApi(JavaMember m) {
    return m.getModifiers().contains(JavaModifier.PUBLIC) || m.getModifiers().contains(JavaModifier.PROTECTED);
  }

  static final ArchCondition<JavaClass> NOT_EXPOSE_INTERNAL_TYPES =
      new ArchCondition<>("not mention internal types in public or protected signatures") {
        @Override
        public void check(JavaClass c, ConditionEvents events) {
          List<String> violations = new ArrayList<>();
          c.getRawSuperclass().filter(ArchitectureTest::isInternal)
              .ifPresent(s -> violations.add("extends " + s.getName()));
          c.getRawInterfaces().stream().filter(ArchitectureTest::isInternal)
              .forEach(i -> violations.add("implements " + i.getName()));
          for (JavaField f : c.getFields()) {
            if (isApi(f)) {
              f.getType().getAllInvolvedRawTypes().stream().filter(ArchitectureTest::isInternal)
                  .forEach(t -> violations.add("field " + f.getName() + " mentions " + t.getName()));
            }
          }
          for (JavaCodeUnit m : c.getCodeUnits()) {
            if (!isApi(m)) {
              continue;
            }
            Stream.concat(Stream.concat(
                    m.getReturnType().getAllInvolvedRawTypes().stream(),
                    m.getParameterTypes().stream().flatMap(p -> p.getAllInvolvedRawTypes().stream())),
                    m.getThrowsClause().getTypes().stream())
                .filter(ArchitectureTest::isInternal)
                .distinct()
                .forEach(t -> violations.add(m.getName() + " mentions " + t.getName()));
          }
          for (String v : violations) {
            events.add(SimpleConditionEvent.violated(c, c.getName() + ": " + v));
          }
          if (violations.isEmpty()) {
            events.add(SimpleConditionEvent.satisfied(c, c.getName() + " exposes no internal type"));
          }
        }
      };

  @Test
  void importedTheWholeModule() {
    assertThat(core.contain(Plan.class)).isTrue();
    assertThat(core.contain(io.github.treem.core.internal.TreemStyle.class)).isTrue();
    assertThat(core.stream().filter(c -> c.getPackageName().equals(ROOT + ".plan")).count()).isGreaterThanOrEqualTo(5);
  }

  @Test
  void apiSignaturesDoNotMentionInternalTypes() {
    ArchRule rule = classes().that(IN_API_PACKAGE).and(VISIBLE).should(NOT_EXPOSE_INTERNAL_TYPES);
    rule.check(core);
  }

  @Test
  void theRuleAboveCanFail() {
    JavaClasses bad = new ClassFileImporter().importClasses(LeaksInternal.class, io.github.treem.core.internal.TreemStyle.class);
    ArchRule rule = classes().that(DescribedPredicate.describe("the leaking example", c -> c.isEquivalentTo(LeaksInternal.class)))
        .should(NOT_EXPOSE_INTERNAL_TYPES);
    assertThat(rule.evaluate(bad).hasViolation()).isTrue();
  }

  /** An example that breaks the rule (it sits in a test package, outside the imported module). */
  public static class LeaksInternal {
    /** A leaking method. */
    public List<io.github.treem.core.internal.TreemStyle> leak() {
      return List.of();
    }
  }

  @Test
  void noJacksonInCore() {
    noClasses().that().resideInAPackage(ROOT + "..")
        .should().dependOnClassesThat().resideInAnyPackage("tools.jackson..", "com.fasterxml.jackson..")
        .check(core);
  }

  @Test
  void coreDependsOnNoOtherTreemModule() {
    noClasses().that().resideInAPackage(ROOT + "..")
        .should().dependOnClassesThat().resideInAnyPackage("io.github.treem.indicators..", "io.github.treem.io..",
            "io.github.treem.cli..")
        .check(core);
  }

  @Test
  void librariesDoNotPrint() {
    noClasses().that().resideInAPackage(ROOT + "..")
        .should().accessField(System.class, "out").orShould().accessField(System.class, "err")
        .orShould().callMethod(Throwable.class, "printStackTrace")
        .check(core);
  }

  @ParameterizedTest
  @ValueSource(classes = {Child.class, GrowthMeasurement.class, BirthRegistration.class, HealthInsuranceCard.class,
      SchoolEnrolment.class, SafetySkills.class, CircumstanceEpisode.class, YearlyStatus.class,
      Plan.class, Target.class, ResponsibleUnit.class, AdministrativeUnit.class, CommuneCode.class,
      AdministrativeDivisions.class, Succession.class, UnitResolution.class,
      PersonalIdNumber.class, LegalReference.class, LegacyMappingEntry.class})
  void valueTypesHaveNoPublicConstructors(Class<?> type) {
    assertThat(publicConstructors(type)).as(type.getName()).isEmpty();
    for (Class<?> nested : type.getDeclaredClasses()) {
      assertThat(publicConstructors(nested)).as(nested.getName()).isEmpty();
    }
  }

  @Test
  void everyBuiltValueTypeHasNoPublicConstructor() throws ClassNotFoundException {
    // every public API class with a static builder() is a value type
    Set<JavaClass> valueTypes = core.stream()
        .filter(IN_API_PACKAGE).filter(VISIBLE)
        .filter(c -> c.getMethods().stream().anyMatch(m -> m.getName().equals("builder")
            && m.getModifiers().contains(JavaModifier.STATIC) && m.getModifiers().contains(JavaModifier.PUBLIC)))
        .collect(Collectors.toSet());
    assertThat(valueTypes.stream().map(JavaClass::getSimpleName))
        .contains("Child", "Plan", "Target", "ResponsibleUnit", "AdministrativeUnit", "LegalReference");
    for (JavaClass c : valueTypes) {
      Class<?> type = Class.forName(c.getName());
      assertThat(publicConstructors(type)).as(c.getName()).isEmpty();
      for (Class<?> nested : type.getDeclaredClasses()) {
        assertThat(publicConstructors(nested)).as(nested.getName()).isEmpty();
      }
    }
  }

  private static List<Constructor<?>> publicConstructors(Class<?> type) {
    return Stream.of(type.getDeclaredConstructors())
        .filter(k -> Modifier.isPublic(k.getModifiers()) || Modifier.isProtected(k.getModifiers()))
        .collect(Collectors.toList());
  }
}
