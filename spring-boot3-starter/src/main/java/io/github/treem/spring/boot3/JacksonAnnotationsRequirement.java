package io.github.treem.spring.boot3;

import io.github.treem.io.json.TreemJson;

/**
 * treem's JSON is Jackson 3, which shares {@code com.fasterxml.jackson.core:jackson-annotations}
 * with Jackson 2 and needs 2.21 or later of it; Spring Boot 3.5 manages 2.19 (with its Jackson 2),
 * and then the first use of treem's JSON fails with a {@code NoClassDefFoundError} of an
 * annotation. Checked when the application starts, so that it stops with what to change.
 */
final class JacksonAnnotationsRequirement {
  /** The jackson-annotations that treem's Jackson 3 is built with. */
  static final String VERSION = "2.23";

  private JacksonAnnotationsRequirement() {}

  /** Builds treem's mapper once (cheap; it is built anyway on first use). */
  static void check() {
    try {
      TreemJson.strict().getMapper();
    } catch (LinkageError e) {
      throw new IllegalStateException(message(found()), e);
    }
  }

  static String message(String found) {
    return "treem's JSON (Jackson 3) needs com.fasterxml.jackson.core:jackson-annotations 2.21 or later, but "
        + found + " is on the class path (Spring Boot 3.5 manages 2.19). Add to your pom.xml's"
        + " <dependencyManagement>: <dependency><groupId>com.fasterxml.jackson.core</groupId>"
        + "<artifactId>jackson-annotations</artifactId><version>" + VERSION + "</version></dependency>"
        + " (Gradle: implementation(platform(\"com.fasterxml.jackson.core:jackson-annotations:" + VERSION + "\"))"
        + " or a constraint).";
  }

  private static String found() {
    String v = com.fasterxml.jackson.annotation.JsonProperty.class.getPackage().getImplementationVersion();
    return v == null ? "an older version" : v;
  }
}
