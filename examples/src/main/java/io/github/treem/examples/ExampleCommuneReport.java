package io.github.treem.examples;

import io.github.treem.core.validation.Language;
import io.github.treem.core.validation.TreemValidator;
import io.github.treem.indicators.BreakdownDimension;
import io.github.treem.indicators.IndicatorCalculator;
import io.github.treem.indicators.IndicatorResult;
import io.github.treem.indicators.TargetAssessment;
import io.github.treem.indicators.synthetic.CommuneGenerator;
import io.github.treem.io.ReadOptions;
import io.github.treem.io.RegisterReading;
import io.github.treem.io.RegisterSource;
import io.github.treem.io.csv.CsvWriteOptions;
import io.github.treem.io.csv.RegisterCsvWriter;
import io.github.treem.io.json.TreemJson;
import io.github.treem.io.report.ReportDocument;
import io.github.treem.io.report.ReportJson;
import io.github.treem.io.report.ReportPipeline;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * Scenario: a commune computes its published report for the year from its register file and
 * assesses it against its plan, the way {@code treem report} does: io-formats'
 * {@link ReportPipeline} reads the register (streaming, validated, its SHA-256 taken as it is
 * read), accumulates every indicator, suppresses small numbers, assesses the plan's targets and
 * writes the manifest.
 */
public final class ExampleCommuneReport {
  private ExampleCommuneReport() {}

  /**
   * Writes a synthetic commune register, then computes its report.
   *
   * @param dir a folder for the register file
   * @return the published report: figures, target assessments, manifest
   * @throws IOException when the file cannot be written or read
   */
  public static ReportDocument run(Path dir) throws IOException {
    Path register = dir.resolve("register-2020.csv");
    writeSyntheticRegister(register, 7L, 600);

    LocalDate referenceDate = LocalDate.of(2020, 12, 31);
    try (TreemValidator validator = TreemValidator.of(referenceDate)) {
      ReportPipeline pipeline = ReportPipeline.builder()
          .calculator(IndicatorCalculator.builder()
              .year(2020)
              .referenceDate(referenceDate)
              .breakdowns(BreakdownDimension.VILLAGE)
              .build())
          .plan(TreemJson.bundledPlan("quang-vinh-2020"))
          .reading(RegisterReading.builder()
              .options(ReadOptions.builder().reportingYear(2020).validator(validator::validate).build())
              .sink(issue -> System.err.println(issue.getLocation() + " " + issue.getCode()))
              .build())
          .build();
      return pipeline.run(List.of(RegisterSource.of(register)));
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
    ReportDocument document = run(dir);
    for (IndicatorResult r : document.getReport().getResults()) {
      System.out.println(r.getCode() + " " + r.getNumerator() + "/" + r.getDenominator() + " "
          + r.getValue().map(Object::toString).orElse("-") + " " + r.getState());
    }
    for (TargetAssessment a : document.getTargets()) {
      System.out.println(a.getIndicatorCode() + " " + a.getStatus());
    }
    String json = ReportJson.of(Language.EN).write(document);
    System.out.println(json.length() + " characters of report JSON, with its manifest");
  }
}
