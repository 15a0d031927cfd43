package io.github.treem.testkit;

import static io.github.treem.testkit.TreemAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.treem.core.Child;
import java.time.LocalDate;
import java.util.List;
import org.instancio.Instancio;
import org.junit.jupiter.api.Test;

class TreemInstancioTest {

  @Test
  void instancioCreatesValidChildrenThroughTheServiceProvider() {
    List<Child> children = Instancio.ofList(Child.class).size(30).create();
    assertThat(children).hasSize(30);
    children.forEach(c -> assertThat(c).hasNoIssuesOn(LocalDate.of(2020, 12, 31)));
    assertThat(children.stream().map(Child::getId).distinct().count()).isGreaterThan(25);
    // made by the test kit's generator, not populated field by field by Instancio
    assertThat(children).allSatisfy(c -> assertThat(c.getId()).matches("QV-\\d{6}"));
  }

  @Test
  void modelGivesValidChildrenOfTheYearReproduciblyForASeed() {
    List<Child> a = Instancio.ofList(TreemInstancio.children(2022)).size(20).withSeed(7).create();
    List<Child> b = Instancio.ofList(TreemInstancio.children(2022)).size(20).withSeed(7).create();
    assertThat(b).isEqualTo(a);
    a.forEach(c -> assertThat(c).hasNoIssuesOn(LocalDate.of(2022, 12, 31)));
    assertThat(a).allSatisfy(c -> assertThat(c.getDateOfBirth().orElseThrow().getYear()).isBetween(2007, 2022));
    assertThat(Instancio.create(Child.class)).isNotNull();
  }
}
