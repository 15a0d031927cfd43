package org.example.commune;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The combination under test is the one on the class path (the jar of each library names its version). */
class VersionsTest {

  private static String jarOf(String className) throws ClassNotFoundException, URISyntaxException {
    Class<?> type = Class.forName(className);
    return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).getFileName().toString();
  }

  @Test
  void theLibrariesAreTheIntendedVersions() throws Exception {
    assertThat(jarOf("org.hibernate.validator.HibernateValidator"))
        .isEqualTo("hibernate-validator-" + System.getProperty("expected.hibernate-validator") + ".jar");
    assertThat(jarOf("jakarta.validation.Validation"))
        .isEqualTo("jakarta.validation-api-" + System.getProperty("expected.jakarta.validation") + ".jar");
    assertThat(jarOf("jakarta.el.ELManager"))
        .isEqualTo("jakarta.el-api-" + System.getProperty("expected.jakarta.el") + ".jar");
    assertThat(jarOf("tools.jackson.databind.json.JsonMapper"))
        .isEqualTo("jackson-databind-" + System.getProperty("expected.jackson") + ".jar");
    assertThat(jarOf("org.junit.jupiter.params.ParameterizedTest"))
        .isEqualTo("junit-jupiter-params-" + System.getProperty("expected.junit") + ".jar");
  }
}
