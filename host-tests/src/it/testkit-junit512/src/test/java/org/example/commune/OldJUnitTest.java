package org.example.commune;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.github.treem.core.Child;
import io.github.treem.testkit.ChildrenSource;
import org.junit.jupiter.params.ParameterizedTest;

class OldJUnitTest {

  @ParameterizedTest
  @ChildrenSource(count = 3)
  void children(Child child) {
    assertNotNull(child);
  }
}
