package io.github.treem.core.arch.rules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The architecture rules that every treem module keeps, in one place (shipped to the other modules'
 * tests in treem-core's test jar, classifier {@code tests}): no package cycles, no internal type in
 * a public signature, and, in libraries, no printing. A module's {@code ModuleArchitectureTest}
 * imports its own compiled classes ({@link #importModule()}: {@code target/classes}, never the
 * class path, where other modules' packages of the same name would mix in) and checks them.
 */
public final class TreemArchitectureRules {
  private TreemArchitectureRules() {}

  /** {@return the module's own main classes: the {@code target/classes} of the module under test} */
  public static JavaClasses importModule() {
    Path classes = Path.of("target", "classes");
    if (!Files.isDirectory(classes)) {
      throw new IllegalStateException("no compiled classes in " + classes.toAbsolutePath());
    }
    return new ClassFileImporter().importPath(classes);
  }

  /**
   * Whether a class is internal: in a package named {@code internal} or below one.
   *
   * @param c the class
   * @return whether it is not API
   */
  public static boolean isInternal(JavaClass c) {
    String p = c.getPackageName();
    return p.contains(".internal.") || p.endsWith(".internal");
  }

  private static boolean isApi(JavaMember m) {
    return m.getModifiers().contains(JavaModifier.PUBLIC) || m.getModifiers().contains(JavaModifier.PROTECTED);
  }

  private static boolean isVisible(JavaClass c) {
    return c.getModifiers().contains(JavaModifier.PUBLIC)
        && c.getEnclosingClass().map(TreemArchitectureRules::isVisible).orElse(true);
  }

  private static final DescribedPredicate<JavaClass> VISIBLE_API_TYPE = DescribedPredicate.describe(
      "public types of API packages", c -> !isInternal(c) && isVisible(c));

  private static final ArchCondition<JavaClass> EXPOSE_NO_INTERNAL_TYPE =
      new ArchCondition<>("mention no internal type in a public or protected signature") {
        @Override
        public void check(JavaClass c, ConditionEvents events) {
          List<String> violations = new ArrayList<>();
          c.getRawSuperclass().filter(TreemArchitectureRules::isInternal)
              .ifPresent(s -> violations.add("extends " + s.getName()));
          c.getRawInterfaces().stream().filter(TreemArchitectureRules::isInternal)
              .forEach(i -> violations.add("implements " + i.getName()));
          for (JavaField f : c.getFields()) {
            if (isApi(f)) {
              f.getType().getAllInvolvedRawTypes().stream().filter(TreemArchitectureRules::isInternal)
                  .forEach(t -> violations.add("field " + f.getName() + " mentions " + t.getName()));
            }
          }
          for (JavaCodeUnit m : c.getCodeUnits()) {
            if (!isApi(m)) {
              continue;
            }
            Stream.concat(Stream.concat(m.getReturnType().getAllInvolvedRawTypes().stream(),
                        m.getParameterTypes().stream().flatMap(p -> p.getAllInvolvedRawTypes().stream())),
                    m.getThrowsClause().getTypes().stream())
                .filter(TreemArchitectureRules::isInternal).distinct()
                .forEach(t -> violations.add(m.getName() + " mentions " + t.getName()));
          }
          for (String v : violations) {
            events.add(SimpleConditionEvent.violated(c, c.getName() + ": " + v));
          }
        }
      };

  /** Each API package its own slice; internal packages belong to no slice (see {@link #noPackageCycles()}). */
  private static final SliceAssignment API_PACKAGES = new SliceAssignment() {
    @Override
    public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
      return !javaClass.getPackageName().startsWith("io.github.treem.") || isInternal(javaClass)
          ? SliceIdentifier.ignore() : SliceIdentifier.of(javaClass.getPackageName());
    }

    @Override
    public String getDescription() {
      return "treem's API packages";
    }
  };

  /**
   * No cycle between the module's API packages: an API package and the packages it uses form a
   * hierarchy a reader can follow. An API package and the internal packages that implement it may
   * use each other (an internal package serves the API above it), so internal packages are left
   * out of the slices.
   *
   * @return the rule
   */
  public static ArchRule noPackageCycles() {
    return slices().assignedFrom(API_PACKAGES).should().beFreeOfCycles().allowEmptyShould(true);
  }

  /**
   * No public type of an API package mentions an internal type in a public or protected signature
   * (super types, fields, parameters, return types, exceptions).
   *
   * @return the rule
   */
  public static ArchRule noInternalTypeInPublicSignature() {
    return classes().that(VISIBLE_API_TYPE).should(EXPOSE_NO_INTERNAL_TYPE).allowEmptyShould(true);
  }

  /**
   * A library never prints: no {@code System.out}, {@code System.err} or
   * {@code Throwable.printStackTrace()} (problems go to the caller as issues or exceptions).
   *
   * @return the rule
   */
  public static ArchRule noPrinting() {
    return noClasses().should().accessField(System.class, "out").orShould().accessField(System.class, "err")
        .orShould().callMethod(Throwable.class, "printStackTrace")
        .because("only the command line writes to the console").allowEmptyShould(true);
  }

  /**
   * Checks the three rules on a library module's classes.
   *
   * @param classes the module's classes ({@link #importModule()})
   */
  public static void checkLibrary(JavaClasses classes) {
    noPackageCycles().check(classes);
    noInternalTypeInPublicSignature().check(classes);
    noPrinting().check(classes);
  }
}
