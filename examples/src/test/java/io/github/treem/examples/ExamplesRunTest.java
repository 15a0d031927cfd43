package io.github.treem.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.github.treem.core.validation.Issue;
import io.github.treem.core.validation.ValidationReport;
import io.github.treem.indicators.BreakdownDimension;
import io.github.treem.indicators.IndicatorReport;
import io.github.treem.indicators.IndicatorResult;
import io.github.treem.indicators.Indicators;
import io.github.treem.io.report.ReportDocument;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs every example, so that none can rot, and checks what each one shows. */
class ExamplesRunTest {

  @Test
  void childWithBuilderRuns() {
    assertThatCode(() -> ExampleChildWithBuilder.main(new String[0])).doesNotThrowAnyException();
  }

  @Test
  void validatorReportsBothMistakesOfTheRecord() {
    ValidationReport report = ExampleValidatorInCommuneApp.run();
    assertThat(report.isValid()).isFalse();
    assertThat(report.getIssues()).extracting(Issue::getCode)
        .containsExactlyInAnyOrder("CHILD_DATES_ORDER", "ENROLMENT_GRADE_LEVEL");
    assertThatCode(() -> ExampleValidatorInCommuneApp.main(new String[0])).doesNotThrowAnyException();
  }

  @Test
  void communeReportReadsEveryRowAndComputesEveryIndicator(@TempDir Path dir) throws IOException {
    ReportDocument document = ExampleCommuneReport.run(dir);
    IndicatorReport report = document.getReport();
    assertThat(report.isSuppressed()).isTrue();
    assertThat(document.getTargets()).isNotEmpty();
    assertThat(document.getManifest().orElseThrow().getInputs()).containsOnlyKeys("register-2020.csv");
    assertThat(report.getDataQuality()).hasValueSatisfying(q -> {
      assertThat(q.getRowsRead()).isEqualTo(600);
      assertThat(q.getRowsAccepted() + q.getRowsRejected()).isEqualTo(600);
    });
    assertThat(report.getResults()).hasSize(Indicators.values().length);
    IndicatorResult hi = report.result(Indicators.HI_U6).orElseThrow();
    assertThat(hi.getDenominator()).isPositive();
    assertThat(hi.getBreakdowns().get(BreakdownDimension.VILLAGE))
        .allSatisfy(c -> assertThat(c.getKey()).isNotBlank());
    assertThatCode(() -> ExampleCommuneReport.main(new String[0])).doesNotThrowAnyException();
  }

  @Test
  void provinceRollUpHasOneAreaPerCommuneAndAddsUp(@TempDir Path dir) throws IOException {
    IndicatorReport province = ExampleProvinceRollUp.run(dir);
    assertThat(province.isSuppressed()).isTrue();
    IndicatorResult hi = province.result(Indicators.HI_U6).orElseThrow();
    assertThat(hi.getBreakdowns().get(BreakdownDimension.AREA)).hasSize(3);
    assertThat(hi.getBreakdowns().get(BreakdownDimension.AREA)).extracting(c -> c.getKey())
        .containsExactly("commune-1", "commune-2", "commune-3");
    long sum = hi.getBreakdowns().get(BreakdownDimension.AREA).stream()
        .mapToLong(c -> c.getDenominator().orElse(0)).sum();
    assertThat(sum).isEqualTo(hi.getDenominator());
    assertThatCode(() -> ExampleProvinceRollUp.main(new String[0])).doesNotThrowAnyException();
  }
}
