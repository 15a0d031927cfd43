package io.github.treem.testkit;

import static io.github.treem.testkit.TreemAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.treem.core.Child;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;

class ChildrenSourceTest {
  private static final List<Child> SEEN = new ArrayList<>();

  @ParameterizedTest
  @ChildrenSource(seed = 9, count = 12, year = 2021)
  void suppliesValidChildren(Child child) {
    assertThat(child).hasNoIssuesOn(LocalDate.of(2021, 12, 31));
    SEEN.add(child);
  }

  @AfterAll
  static void suppliedTheSeededChildrenInOrder() {
    assertThat(SEEN).isEqualTo(TreemGenerators.validChildren(9, 12, 2021).toList());
  }
}
