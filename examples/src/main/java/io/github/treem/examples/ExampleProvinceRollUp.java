package io.github.treem.examples;

import io.github.treem.indicators.BreakdownDimension;
import io.github.treem.indicators.IndicatorCalculator;
import io.github.treem.indicators.IndicatorReport;
import io.github.treem.io.ReadOptions;
import io.github.treem.io.RegisterReading;
import io.github.treem.io.RegisterSource;
import io.github.treem.io.report.ReportDocument;
import io.github.treem.io.report.ReportPipeline;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * Scenario: a province rolls up the registers of its communes, one file per commune in a folder.
 * io-formats' {@link ReportPipeline} reads the folder's register files in name order, several at
 * once, each commune into an accumulator of its own, merged into the province's (numerators and
 * denominators add up; percentages are never averaged), one {@code area} cell per commune, and
 * publishes the result with small-number suppression: the same figures whatever the number of
 * threads.
 */
public final class ExampleProvinceRollUp {
  private ExampleProvinceRollUp() {}

  /**
   * Writes three synthetic communes' registers to a folder and rolls them up on three threads.
   *
   * @param dir an empty folder
   * @return the province's published (suppressed) report
   * @throws IOException when a file cannot be written or read
   */
  public static IndicatorReport run(Path dir) throws IOException {
    for (long seed = 1; seed <= 3; seed++) {
      ExampleCommuneReport.writeSyntheticRegister(dir.resolve("commune-" + seed + ".csv"), seed, 400);
    }
    ReportDocument province = ReportPipeline.builder()
        .calculator(IndicatorCalculator.builder()
            .year(2020)
            .referenceDate(LocalDate.of(2020, 12, 31))
            .breakdowns(BreakdownDimension.AREA)
            .build())
        .reading(RegisterReading.builder().options(ReadOptions.of(2020)).threads(3).build())
        .build()
        .run(RegisterSource.listFolder(dir));
    return province.getReport();
  }

  /**
   * Runs the example.
   *
   * @param args unused
   * @throws IOException when a file cannot be written or read
   */
  public static void main(String[] args) throws IOException {
    IndicatorReport report = run(Files.createTempDirectory("treem-province"));
    report.getResults().forEach(r -> System.out.println(r.getCode() + " " + r.getNumerator() + "/"
        + r.getDenominator() + " " + r.getBreakdowns().getOrDefault(BreakdownDimension.AREA, List.of()).size()
        + " areas"));
  }
}
