package io.github.treem.examples;

import static org.assertj.core.api.Assertions.assertThatCode;

import org.junit.jupiter.api.Test;

/** Runs every example, so that none can rot. */
class ExamplesRunTest {

  @Test
  void childWithBuilderRuns() {
    assertThatCode(() -> ExampleChildWithBuilder.main(new String[0])).doesNotThrowAnyException();
  }
}
