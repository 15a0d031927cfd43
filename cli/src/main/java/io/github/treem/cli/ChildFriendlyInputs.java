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
import io.github.treem.io.report.SelfAssessmentCsv;
import io.github.treem.io.report.SelfAssessmentCsvReading;
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
import java.util.List;
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
      "The commune's self-assessment on the child-friendly commune standard: the JSON file (cfc-self-assessment-v1)"
          + " or the officers' CSV form (treem cfc form; told apart by the extension, else by the content):"
          + " the commune is scored and the plan's CHILD_FRIENDLY_COMMUNE target assessed from the score card.",
      "Bản tự đánh giá xã phù hợp với trẻ em (tệp JSON hoặc mẫu CSV của treem cfc form): chấm điểm xã và đánh giá"
          + " chỉ tiêu CHILD_FRIENDLY_COMMUNE."})
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
        TableFile t = readTable(file, err, name, lang);
        ScoringTable table = t.table();
        if (table == null) {
          return t.exit();
        }
        tables.add(table);
        option.append(option.length() == 0 ? "" : "; ").append(fileName(file)).append(" sha256 ").append(t.sha256());
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
      SelfAssessmentFile f = readSelfAssessment(selfAssessment, scorer.tableFor(ref), err, name, lang, "--self-assessment");
      SelfAssessment read = f.selfAssessment();
      if (read == null) {
        return f.exit();
      }
      sa = Optional.of(read);
      pipeline.putManifestOption("selfAssessment", fileName(selfAssessment) + " sha256 " + f.sha256());
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

  /**
   * A scoring table file read: the table, or null with the exit code of a failure already reported.
   *
   * @param table the table, or null
   * @param sha256 the file's SHA-256 (for the manifest)
   * @param exit the exit code of the failure
   */
  record TableFile(@Nullable ScoringTable table, String sha256, int exit) {}

  /** Reads a scoring table file (the text form of docs/child-friendly-commune.md §9), reporting a failure. */
  static TableFile readTable(Path file, PrintWriter err, String name, Language lang) {
    String fileName = fileName(file);
    try {
      byte[] bytes = Files.readAllBytes(file);
      try (Reader r = new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8)) {
        return new TableFile(ScoringTable.parse(r, fileName), ReportManifest.sha256(bytes), 0);
      }
    } catch (NoSuchFileException e) {
      err.println(name + ": " + Texts.t(lang, "không có tệp: ", "no such file: ") + file);
      return new TableFile(null, "", Treem.EXIT_USAGE);
    } catch (InvalidValueException e) {
      err.println(name + ": " + fileName + ": " + e.getCode() + ": " + e.getMessage());
      err.println(name + ": " + Texts.t(lang, "--scoring-table không phải bảng điểm hợp lệ: ",
          "--scoring-table is not a valid scoring table: ") + file);
      return new TableFile(null, "", Treem.EXIT_REJECTED);
    } catch (IOException | RuntimeException e) {
      err.println(name + ": " + Texts.t(lang, "không đọc được ", "cannot read ") + file + " ("
          + e.getClass().getSimpleName() + ")");
      return new TableFile(null, "", Treem.EXIT_USAGE);
    }
  }

  /**
   * A self-assessment file read: the self-assessment, or null with the exit code of a failure
   * already reported.
   *
   * @param selfAssessment the self-assessment, or null
   * @param sha256 the file's SHA-256 (for the manifest)
   * @param exit the exit code of the failure
   * @param csv whether the file is the CSV form (its errors against the table already refused it)
   */
  record SelfAssessmentFile(@Nullable SelfAssessment selfAssessment, String sha256, int exit, boolean csv) {}

  /**
   * Reads a self-assessment file, the JSON file or the CSV form ({@link SelfAssessmentCsv#isCsv}:
   * by the file's extension, else by its content), and prints its problems. The JSON file's
   * warnings and notes against the table are printed (its errors refuse it when the pipeline is
   * built); the CSV form's problems are all printed on their rows, and a form with a rejected row,
   * a missing field or an error against the table is refused here (exit 1), since a rejected row
   * is a value lost.
   */
  static SelfAssessmentFile readSelfAssessment(Path file, ScoringTable table, PrintWriter err, String name,
      Language lang, String option) {
    String fileName = fileName(file);
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      err.println(name + ": " + Texts.t(lang, "không có tệp: ", "no such file: ") + file);
      return new SelfAssessmentFile(null, "", Treem.EXIT_USAGE, false);
    } catch (IOException | RuntimeException e) {
      err.println(name + ": " + Texts.t(lang, "không đọc được ", "cannot read ") + file + " ("
          + e.getClass().getSimpleName() + ")");
      return new SelfAssessmentFile(null, "", Treem.EXIT_USAGE, false);
    }
    String sha256 = ReportManifest.sha256(bytes);
    String refused = name + ": " + Texts.t(lang, option + " không phải bản tự đánh giá treem: ",
        option + " is not a treem self-assessment: ") + file;
    if (SelfAssessmentCsv.isCsv(fileName, bytes)) {
      SelfAssessmentCsvReading r = SelfAssessmentCsv.read(new ByteArrayInputStream(bytes), fileName, table);
      r.getIssues().forEach(i -> err.println(Texts.issueLine(name, i, lang)));
      List<Issue> checked = r.check(table);
      checked.forEach(i -> err.println(Texts.issueLine(name, i, lang)));
      if (!r.isClean() || checked.stream().anyMatch(i -> i.getSeverity() == Severity.ERROR)) {
        err.println(name + ": " + fileName + ": " + Texts.t(lang,
            r.getRowsRead() + " dòng đã đọc: " + r.getAccepted() + " nhận, " + r.getRejected() + " bị loại",
            r.getRowsRead() + " rows read: " + r.getAccepted() + " accepted, " + r.getRejected() + " rejected"));
        err.println(refused);
        return new SelfAssessmentFile(null, sha256, Treem.EXIT_REJECTED, true);
      }
      return new SelfAssessmentFile(r.getSelfAssessment().orElseThrow(), sha256, 0, true);
    }
    SelfAssessment sa;
    try {
      sa = SelfAssessmentJson.read(new ByteArrayInputStream(bytes), fileName);
    } catch (SelfAssessmentReadException e) {
      err.println(Texts.issueLine(name, e.getIssue(), lang));
      err.println(refused);
      return new SelfAssessmentFile(null, sha256, Treem.EXIT_REJECTED, false);
    } catch (RuntimeException e) {
      err.println(name + ": " + Texts.t(lang, "không đọc được ", "cannot read ") + file + " ("
          + e.getClass().getSimpleName() + ")");
      return new SelfAssessmentFile(null, sha256, Treem.EXIT_USAGE, false);
    }
    // warnings and notes of the self-assessment (its errors refuse it when the pipeline is built)
    for (Issue i : SelfAssessmentJson.check(sa, table, fileName)) {
      if (i.getSeverity() != Severity.ERROR) {
        err.println(Texts.issueLine(name, i, lang));
      }
    }
    return new SelfAssessmentFile(sa, sha256, 0, false);
  }

  private static String fileName(Path file) {
    Path f = file.getFileName();
    return f == null ? file.toString() : f.toString();
  }
}
