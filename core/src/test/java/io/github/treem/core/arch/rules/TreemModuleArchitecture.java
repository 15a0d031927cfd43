package io.github.treem.core.arch.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The architecture test of one treem module: each module's {@code ModuleArchitectureTest} extends
 * this class, names one class of its own and says whether it is a library, and JUnit runs the
 * checks of {@link TreemArchitectureRules} on the module's own compiled classes.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class TreemModuleArchitecture {
  private final Class<?> known;
  private final boolean library;
  private JavaClasses classes;

  /**
   * The test of a module.
   *
   * @param known a class of the module (the import is checked to hold it)
   * @param library whether the module is a library (a library never prints; the command line does)
   */
  protected TreemModuleArchitecture(Class<?> known, boolean library) {
    this.known = known;
    this.library = library;
  }

  private JavaClasses classes() {
    if (classes == null) {
      classes = TreemArchitectureRules.importModule();
    }
    return classes;
  }

  @Test
  public void importedTheModuleItself() {
    assertThat(classes().contain(known)).as("%s in target/classes", known.getName()).isTrue();
  }

  /**
   * No cycle between packages. (Until issue 22 the cycles found when the rule came were frozen in
   * each module's store; the last three, core's, are gone, so the rule is checked as it is.)
   */
  @Test
  public void hasNoPackageCycles() {
    TreemArchitectureRules.noPackageCycles().check(classes());
  }

  @Test
  public void exposesNoInternalTypeInAPublicSignature() {
    TreemArchitectureRules.noInternalTypeInPublicSignature().check(classes());
  }

  @Test
  public void printsNothing() {
    Assumptions.assumeTrue(library, "the command line writes to the console");
    TreemArchitectureRules.noPrinting().check(classes());
  }
}
