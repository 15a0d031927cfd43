package io.github.treem.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.treem.indicators.BreakdownCell;
import io.github.treem.indicators.BreakdownDimension;
import io.github.treem.indicators.IndicatorCalculator;
import io.github.treem.indicators.IndicatorReport;
import io.github.treem.io.ReadOptions;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs {@link ExampleSparkJob} in local mode over a folder of generated commune registers. */
class ExampleSparkJobTest {

  @TempDir
  Path dir;

  @Test
  void theJobPublishesTheReportOfTheWholeFolder() throws IOException {
    List<Path> files = TestRegisters.write(dir.resolve("communes"));

    IndicatorReport published = ExampleSparkJob.run(LocalSpark.session(), dir.resolve("communes").toString(), 2020);

    IndicatorCalculator calc = IndicatorCalculator.builder().year(2020).referenceDate(LocalDate.of(2020, 12, 31))
        .breakdowns(BreakdownDimension.VILLAGE, BreakdownDimension.AREA).build();
    IndicatorReport expected = io.github.treem.indicators.DisclosureControl.publish(
        TreemSparkTest.singleMachine(files, calc, ReadOptions.of(2020)).getReport(), java.util.List.of()).report();
    assertThat(published).isEqualTo(expected);
    assertThat(published.isSuppressed()).isTrue();
    assertThat(published.getDataQuality().orElseThrow().getRowsRejected())
        .isGreaterThanOrEqualTo(TestRegisters.ERROR_ROWS);
    assertThat(published.getResults().get(0).getBreakdowns().get(BreakdownDimension.AREA))
        .extracting(BreakdownCell::getKey).hasSize(4);
  }
}
