package io.github.treem.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.github.treem.indicators.BreakdownCell;
import io.github.treem.indicators.BreakdownDimension;
import io.github.treem.indicators.IndicatorReport;
import io.github.treem.indicators.Indicators;
import io.github.treem.io.submission.ProvinceRollUp;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs ExampleProvinceFromSubmissions and checks what it shows. */
class ExampleProvinceFromSubmissionsRunTest {
  @Test
  void theProvinceMergesFourCommunesOfOneDistrict(@TempDir Path dir) throws IOException {
    ProvinceRollUp.Result result = ExampleProvinceFromSubmissions.run(dir);
    assertThat(result.getSubmissionsAccepted()).isEqualTo(4);
    assertThat(result.hasRefusals()).isFalse();
    IndicatorReport report = result.getDocument().orElseThrow().getReport();
    assertThat(report.isSuppressed()).isTrue();
    assertThat(report.result(Indicators.HI_U6).orElseThrow().getBreakdowns().get(BreakdownDimension.AREA))
        .extracting(BreakdownCell::getKey).containsExactly("477");
    assertThat(result.getCoverage()).filteredOn(c -> c.key().equals("477")).singleElement()
        .satisfies(c -> assertThat(c.received()).isEqualTo(4));
    assertThatCode(() -> ExampleProvinceFromSubmissions.main(new String[0])).doesNotThrowAnyException();
  }
}
