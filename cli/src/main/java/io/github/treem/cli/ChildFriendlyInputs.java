package io.github.treem.cli;

import io.github.treem.core.validation.InvalidValueException;
import io.github.treem.core.validation.Issue;
import io.github.treem.core.validation.Language;
import io.github.treem.core.validation.Severity;
import io.github.treem.indicators.ReportManifest;
import io.github.treem.indicators.cfc.ChildFriendlyScorer;
import io.github.treem.indicators.cfc.CommuneType;
import io.github.treem.indicators.cfc.ScoringTable;
import io.github.treem.indicators.cfc.SelfAssessment;
import io.github.treem.indicators.synthetic.SyntheticSelfAssessment;
import io.github.treem.io.report.ReportPipeline;
import io.github.treem.io.report.SelfAssessmentJson;
import io.github.treem.io.report.SelfAssessmentReadException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/**
 * The options of the child-friendly commune standard (Quyết định 06/QĐ-TTg) of {@code treem report}
 * and {@code treem export}: the commune's self-assessment, a scoring table to replace the bundled
 * one, the commune's type. They only wire {@link ReportPipeline.Builder#selfAssessment},
 * {@link ReportPipeline.Builder#scorer} and {@link ReportPipeline.Builder#communeType}; the
 * bundled demonstration (no {@code --register}) uses the bundled synthetic self-assessment.
 */
final class ChildFriendlyInputs {
  @Option(names = "--self-assessment", paramLabel = "FILE", description = {
      "The commune's self-assessment on the child-friendly commune standard (JSON, cfc-self-assessment-v1):"
          + " the commune is scored and the plan's CHILD_FRIENDLY_COMMUNE target assessed from the score card.",
      "Bản tự đánh giá xã phù hợp với trẻ em (JSON): chấm điểm xã và đánh giá chỉ tiêu CHILD_FRIENDLY_COMMUNE."})
  @Nullable Path selfAssessment;

  @Option(names = "--scoring-table", paramLabel = "FILE", description = {
      "A scoring table of the standard (text form of docs/child-friendly-commune.md §9) replacing the bundled,"
          + " partly provisional table of QĐ 06; repeatable: the table in force at the reference date is used.",
      "Bảng điểm thay cho bảng điểm kèm theo (có thể lặp lại: dùng bảng có hiệu lực vào ngày tham chiếu)."})
  java.util.List<Path> scoringTables = new java.util.ArrayList<>();

  @Option(names = "--commune-type", paramLabel = "CITY_WARD|MOUNTAIN_ISLAND_OR_DISADVANTAGED|OTHER", description = {
      "The commune's type, which sets the standard's threshold (900, 800, 850); default: the self-assessment's.",
      "Loại xã (mức điểm 900, 800, 850); mặc định: theo bản tự đánh giá."})
  @Nullable CommuneType communeType;

  /**
   * Sets the standard's inputs on the pipeline.
   *
   * @param year the report's year
   * @param ref the report's reference date
   * @param bundledDemo true for the bundled demonstration (no register given): the bundled
   *     synthetic self-assessment is used when none is given
   * @return 0, or the exit code of a failure already reported
   */
  int apply(ReportPipeline.Builder pipeline, PrintWriter err, String name, Language lang, int year, LocalDate ref,
      boolean bundledDemo) {
    ChildFriendlyScorer scorer = ChildFriendlyScorer.qd06();
    if (!scoringTables.isEmpty()) {
      java.util.List<ScoringTable> tables = new java.util.ArrayList<>();
      StringBuilder option = new StringBuilder();
      for (Path file : scoringTables) {
        String fileName = fileName(file);
        try {
          byte[] bytes = Files.readAllBytes(file);
          try (Reader r = new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8)) {
            tables.add(ScoringTable.parse(r, fileName));
          }
          option.append(option.length() == 0 ? "" : "; ").append(fileName).append(" sha256 ")
              .append(ReportManifest.sha256(bytes));
        } catch (NoSuchFileException e) {
          err.println(name + ": " + Texts.t(lang, "không có tệp: ", "no such file: ") + file);
          return Treem.EXIT_USAGE;
        } catch (InvalidValueException e) {
          err.println(name + ": " + fileName + ": " + e.getCode() + ": " + e.getMessage());
          err.println(name + ": " + Texts.t(lang, "--scoring-table không phải bảng điểm hợp lệ: ",
              "--scoring-table is not a valid scoring table: ") + file);
          return Treem.EXIT_REJECTED;
        } catch (IOException | RuntimeException e) {
          err.println(name + ": " + Texts.t(lang, "không đọc được ", "cannot read ") + file + " ("
              + e.getClass().getSimpleName() + ")");
          return Treem.EXIT_USAGE;
        }
      }
      try {
        scorer = ChildFriendlyScorer.of(tables);
        scorer.tableFor(ref);
        pipeline.scorer(scorer);
      } catch (InvalidValueException e) {
        err.println(name + ": " + e.getCode() + ": " + e.getMessage());
        return Treem.EXIT_REJECTED;
      }
      pipeline.putManifestOption("scoringTable", option.toString());
    }
    Optional<SelfAssessment> sa = Optional.empty();
    if (selfAssessment != null) {
      String fileName = fileName(selfAssessment);
      try {
        byte[] bytes = Files.readAllBytes(selfAssessment);
        sa = Optional.of(SelfAssessmentJson.read(new ByteArrayInputStream(bytes), fileName));
        pipeline.putManifestOption("selfAssessment", fileName + " sha256 " + ReportManifest.sha256(bytes));
      } catch (NoSuchFileException e) {
        err.println(name + ": " + Texts.t(lang, "không có tệp: ", "no such file: ") + selfAssessment);
        return Treem.EXIT_USAGE;
      } catch (SelfAssessmentReadException e) {
        err.println(Texts.issueLine(name, e.getIssue(), lang));
        err.println(name + ": " + Texts.t(lang, "--self-assessment không phải bản tự đánh giá treem: ",
            "--self-assessment is not a treem self-assessment: ") + selfAssessment);
        return Treem.EXIT_REJECTED;
      } catch (IOException | RuntimeException e) {
        err.println(name + ": " + Texts.t(lang, "không đọc được ", "cannot read ") + selfAssessment + " ("
            + e.getClass().getSimpleName() + ")");
        return Treem.EXIT_USAGE;
      }
      // warnings and notes of the self-assessment (its errors refuse it when the pipeline is built)
      for (Issue i : SelfAssessmentJson.check(sa.get(), scorer.tableFor(ref), fileName)) {
        if (i.getSeverity() != Severity.ERROR) {
          err.println(Texts.issueLine(name, i, lang));
        }
      }
    } else if (bundledDemo && communeType == null) {
      sa = Optional.of(SyntheticSelfAssessment.quangVinh(year));
      pipeline.putManifestOption("selfAssessment", "bundled:quang-vinh-" + year + "-self-assessment (synthetic)");
    }
    sa.ifPresent(pipeline::selfAssessment);
    if (communeType != null) {
      pipeline.communeType(communeType);
    }
    return 0;
  }

  private static String fileName(Path file) {
    Path f = file.getFileName();
    return f == null ? file.toString() : f.toString();
  }
}
