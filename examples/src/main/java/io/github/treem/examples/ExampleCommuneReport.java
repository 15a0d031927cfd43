package io.github.treem.examples;

import io.github.treem.core.plan.Plan;
import io.github.treem.core.validation.TreemValidator;
import io.github.treem.indicators.BreakdownDimension;
import io.github.treem.indicators.DataQuality;
import io.github.treem.indicators.IndicatorCalculator;
import io.github.treem.indicators.IndicatorReport;
import io.github.treem.indicators.IndicatorResult;
import io.github.treem.indicators.TargetAssessment;
import io.github.treem.indicators.synthetic.CommuneGenerator;
import io.github.treem.io.ReadOptions;
import io.github.treem.io.RegisterReader;
import io.github.treem.io.RegisterRecord;
import io.github.treem.io.Registers;
import io.github.treem.io.csv.CsvWriteOptions;
import io.github.treem.io.csv.RegisterCsvWriter;
import io.github.treem.io.json.TreemJson;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Scenario: a commune computes its report for the year from its register file and assesses it
 * against its plan: read (streaming), validate, add each accepted child to an accumulator, assess
 * the targets.
 */
public final class ExampleCommuneReport {
  private ExampleCommuneReport() {}

  /**
   * Writes a synthetic commune register, then computes its report.
   *
   * @param dir a folder for the register file
   * @return the report
   * @throws IOException when the file cannot be written or read
   */
  public static IndicatorReport run(Path dir) throws IOException {
    Path register = dir.resolve("register-2020.csv");
    writeSyntheticRegister(register, 7L, 600);

    LocalDate referenceDate = LocalDate.of(2020, 12, 31);
    IndicatorCalculator calculator = IndicatorCalculator.builder()
        .year(2020)
        .referenceDate(referenceDate)
        .breakdowns(BreakdownDimension.VILLAGE)
        .build();
    try (TreemValidator validator = TreemValidator.of(referenceDate);
        RegisterReader reader = Registers.open(register, ReadOptions.builder()
            .reportingYear(2020)
            .validator(validator::validate)
            .build())) {
      var accumulator = calculator.newAccumulator();
      reader.stream()
          .map(RegisterRecord::getChild)
          .flatMap(Optional::stream)
          .forEach(child -> accumulator.add(child, "19885"));
      DataQuality stats = reader.getStats();
      return accumulator.result().withDataQuality(
          DataQuality.of(stats.getRowsRead(), stats.getRowsAccepted(), stats.getRowsRejected()));
    }
  }

  static void writeSyntheticRegister(Path file, long seed, int children) throws IOException {
    CommuneGenerator generator = CommuneGenerator.builder().seed(seed).year(2020).children(children).build();
    try (OutputStream out = Files.newOutputStream(file);
        RegisterCsvWriter writer = RegisterCsvWriter.open(out, CsvWriteOptions.of(2020))) {
      generator.stream().forEach(writer::write);
    }
  }

  /**
   * Runs the example.
   *
   * @param args unused
   * @throws IOException when a file cannot be written or read
   */
  public static void main(String[] args) throws IOException {
    Path dir = Files.createTempDirectory("treem-example");
    IndicatorReport report = run(dir);
    Plan plan = TreemJson.bundledPlan("quang-vinh-2020");
    for (IndicatorResult r : report.getResults()) {
      System.out.println(r.getCode() + " " + r.getNumerator() + "/" + r.getDenominator() + " "
          + r.getValue().map(Object::toString).orElse("-") + " " + r.getState());
    }
    List<TargetAssessment> assessments = TargetAssessment.assessAll(plan, report, Optional.empty());
    assessments.forEach(a -> System.out.println(a.getIndicatorCode() + " " + a.getStatus()));
  }
}
