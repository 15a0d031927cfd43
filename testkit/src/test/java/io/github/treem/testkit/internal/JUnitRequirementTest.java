package io.github.treem.testkit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class JUnitRequirementTest {

  @Test
  void theJUnitOfThisBuildIsRecent() {
    assertThatCode(JUnitRequirement::check).doesNotThrowAnyException();
    assertThat(JUnitRequirement.foundVersion()).matches("\\d+\\.\\d+.*");
  }

  @Test
  void aJUnitWithoutTheNewContractIsRefusedWithWhatToChange() {
    ClassLoader without513 = new ClassLoader(JUnitRequirement.class.getClassLoader()) {
      @Override
      protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (name.equals(JUnitRequirement.PROBE)) {
          throw new ClassNotFoundException(name);
        }
        return super.loadClass(name, resolve);
      }
    };
    assertThatThrownBy(() -> JUnitRequirement.check(without513, "5.12.2"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("JUnit Jupiter 5.13 or later")
        .hasMessageContaining("junit-jupiter-params 5.12.2 runs these tests")
        .hasMessageContaining("<junit-jupiter.version>5.13.4</junit-jupiter.version>");
  }

  @Test
  void theProbeIsTheTypeTheProvidersImplement() {
    assertThat(ChildrenArgumentsProvider.class.getDeclaredMethods())
        .extracting(m -> m.getParameterCount() > 0 ? m.getParameterTypes()[0].getName() : "")
        .contains(JUnitRequirement.PROBE);
  }
}
