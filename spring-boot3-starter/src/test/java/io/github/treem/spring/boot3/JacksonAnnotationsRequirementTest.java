package io.github.treem.spring.boot3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import org.junit.jupiter.api.Test;

class JacksonAnnotationsRequirementTest {

  @Test
  void theAnnotationsOfThisBuildAreRecentEnough() {
    assertThatCode(JacksonAnnotationsRequirement::check).doesNotThrowAnyException();
  }

  @Test
  void theMessageSaysWhatWasFoundAndTheLineToAdd() {
    assertThat(JacksonAnnotationsRequirement.message("2.19.2"))
        .contains("jackson-annotations 2.21 or later, but 2.19.2 is on the class path")
        .contains("<artifactId>jackson-annotations</artifactId><version>2.23</version>");
  }
}
