package io.github.treem.testkit.internal;

import java.lang.module.ModuleDescriptor;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;

/**
 * The JUnit Jupiter that the test kit's JUnit extensions need: 5.13 or later (they implement the
 * argument-provider contract of 5.13, {@code ParameterDeclarations}). Each extension checks it
 * when JUnit creates it, before JUnit looks at the extension's methods, so that an older JUnit
 * (Spring Boot 3.5 manages 5.12) fails with a message that says what to change instead of a
 * {@code NoClassDefFoundError}. Internal: not API.
 */
public final class JUnitRequirement {
  /** The oldest JUnit Jupiter supported. */
  public static final String MINIMUM = "5.13";

  /** A type that JUnit Jupiter has from 5.13 on, and the test kit's providers use. */
  static final String PROBE = "org.junit.jupiter.params.support.ParameterDeclarations";

  private static volatile boolean checked;

  private JUnitRequirement() {}

  /**
   * Checks the JUnit Jupiter that runs the tests (once; later calls return at once).
   *
   * @throws IllegalStateException when it is older than {@value #MINIMUM}
   */
  public static void check() {
    if (!checked) {
      check(JUnitRequirement.class.getClassLoader(), foundVersion());
      checked = true;
    }
  }

  /** The check against the classes one loader sees. */
  static void check(ClassLoader loader, String found) {
    try {
      Class.forName(PROBE, false, loader);
    } catch (ClassNotFoundException | LinkageError e) {
      throw new IllegalStateException(message(found), e);
    }
  }

  /** {@return the message for a JUnit Jupiter that is too old} */
  static String message(String found) {
    return "treem-testkit needs JUnit Jupiter " + MINIMUM + " or later, but junit-jupiter-params " + found
        + " runs these tests. Spring Boot 3.5 manages JUnit 5.12: set the property"
        + " <junit-jupiter.version>5.13.4</junit-jupiter.version> in your pom.xml"
        + " (Gradle: ext['junit-jupiter.version'] = '5.13.4'), or import a newer org.junit:junit-bom.";
  }

  /** {@return the version of the JUnit Jupiter parameterised-test module that runs, as far as it is known} */
  static String foundVersion() {
    Module module = ParameterizedTest.class.getModule();
    Optional<String> version = Optional.ofNullable(module.getDescriptor()).flatMap(ModuleDescriptor::rawVersion);
    if (version.isEmpty()) {
      version = Optional.ofNullable(ParameterizedTest.class.getPackage().getImplementationVersion());
    }
    return version.orElse("(version unknown)");
  }
}
