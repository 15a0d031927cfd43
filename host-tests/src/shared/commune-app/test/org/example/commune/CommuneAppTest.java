package org.example.commune;

import static io.github.treem.testkit.TreemAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.treem.core.Child;
import io.github.treem.core.validation.Issue;
import io.github.treem.indicators.IndicatorReport;
import io.github.treem.testkit.ChildrenSource;
import java.io.IOException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;

class CommuneAppTest {

  @Test
  void theRegistrationBeforeBirthIsFound() {
    assertThat(CommuneApp.validateOne().getIssues()).extracting(Issue::getCode).contains("CHILD_DATES_ORDER");
  }

  @Test
  void everyRowIsReadAndReported() throws IOException {
    IndicatorReport report = CommuneApp.report(CommuneApp.register(250));
    assertThat(report.getDataQuality().orElseThrow().getRowsRead()).isEqualTo(250);
    assertThat(CommuneApp.html(report)).startsWith("<!DOCTYPE html>");
  }

  @ParameterizedTest
  @ChildrenSource(seed = 5, count = 10, year = 2020)
  void theTestKitsChildrenAreValid(Child child) {
    assertThat(child).hasNoIssuesOn(LocalDate.of(2020, 12, 31));
  }
}
