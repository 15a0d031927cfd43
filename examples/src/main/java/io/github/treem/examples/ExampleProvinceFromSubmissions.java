package io.github.treem.examples;

import io.github.treem.core.admin.AdministrativeLevel;
import io.github.treem.core.admin.CommuneCode;
import io.github.treem.core.validation.Language;
import io.github.treem.indicators.IndicatorCalculator;
import io.github.treem.indicators.synthetic.CommuneGenerator;
import io.github.treem.io.RegisterSource;
import io.github.treem.io.csv.CsvWriteOptions;
import io.github.treem.io.csv.RegisterCsvWriter;
import io.github.treem.io.report.ReportDocument;
import io.github.treem.io.report.ReportPipeline;
import io.github.treem.io.submission.CommuneSubmission;
import io.github.treem.io.submission.ProvinceRollUp;
import io.github.treem.io.submission.SubmissionJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

/**
 * Scenario: a province adds up its communes' figures without a child's record leaving a commune.
 * Each commune (four real communes of Huyện Quảng Điền, Thừa Thiên Huế, with synthetic registers)
 * computes its report and writes its submission: counts only, unsuppressed, with its SHA-256
 * ({@code treem submit}). The province reads the submissions one by one and merges them by
 * district ({@code treem merge --by district}): exact sums, coverage of the province's communes,
 * the result published with small-number suppression.
 */
public final class ExampleProvinceFromSubmissions {
  /** The communes: Quảng Thái, Quảng Lợi, Quảng Vinh, Quảng Phú (merged into Xã Đan Điền on 1 July 2025). */
  static final List<String> COMMUNES = List.of("19870", "19876", "19885", "19897");
  private static final LocalDate REFERENCE_DATE = LocalDate.of(2024, 12, 31);

  private ExampleProvinceFromSubmissions() {}

  /**
   * Each commune writes its submission to a folder; the province merges the folder.
   *
   * @param dir an empty folder
   * @return the merge: the published report, coverage, issues
   * @throws IOException when a file cannot be written or read
   */
  public static ProvinceRollUp.Result run(Path dir) throws IOException {
    Path outbox = Files.createDirectories(dir.resolve("submissions"));
    for (int k = 0; k < COMMUNES.size(); k++) {
      writeSubmission(dir, outbox, COMMUNES.get(k), k + 1);
    }
    // the province: one submission at a time, refused ones reported, the rest merged
    ProvinceRollUp.Merge merge = ProvinceRollUp.builder().by(AdministrativeLevel.DISTRICT).build().start();
    try (Stream<Path> files = Files.list(outbox)) {
      for (Path f : files.sorted().toList()) {
        try (InputStream in = Files.newInputStream(f)) {
          merge.add(SubmissionJson.read(in, f.getFileName().toString()), f.getFileName().toString())
              .forEach(issue -> System.err.println(issue.getCode() + " " + issue.getMessageEn()));
        }
      }
    }
    return merge.finish();
  }

  /** What one commune does: its register, its report (unsuppressed, for the province), its submission. */
  private static void writeSubmission(Path dir, Path outbox, String commune, long seed) throws IOException {
    Path register = dir.resolve(commune + ".csv");
    CommuneGenerator generator = CommuneGenerator.builder().seed(seed).year(2024).children(300).communeCode(commune)
        .build();
    try (OutputStream out = Files.newOutputStream(register);
        RegisterCsvWriter writer = RegisterCsvWriter.open(out, CsvWriteOptions.of(2024))) {
      generator.stream().forEach(writer::write);
    }
    ReportDocument counts = ReportPipeline.builder()
        .calculator(IndicatorCalculator.builder().year(2024).referenceDate(REFERENCE_DATE)
            .breakdowns(CommuneSubmission.BREAKDOWNS).build())
        .unsuppressedForInternalUse() // the one unsuppressed output meant to leave the commune
        .build()
        .run(List.of(RegisterSource.of(register)));
    CommuneSubmission submission = CommuneSubmission.of(CommuneCode.parse(commune), counts);
    try (OutputStream out = Files.newOutputStream(outbox.resolve(commune + ".json"))) {
      SubmissionJson.write(submission, out);
    }
  }

  /**
   * Runs the example.
   *
   * @param args unused
   * @throws IOException when a file cannot be written or read
   */
  public static void main(String[] args) throws IOException {
    ProvinceRollUp.Result result = run(Files.createTempDirectory("treem-submissions"));
    ReportDocument doc = result.getDocument().orElseThrow();
    System.out.println(result.getSubmissionsAccepted() + " communes merged; coverage "
        + doc.getManifest().orElseThrow().getOptions().get("coverage"));
    System.out.print(io.github.treem.io.report.ReportJson.of(Language.EN).write(doc));
  }
}
