package io.github.treem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.treem.core.testing.GoldenFiles;
import io.github.treem.indicators.cfc.ScoringTable;
import io.github.treem.indicators.synthetic.SyntheticSelfAssessment;
import io.github.treem.io.report.SelfAssessmentCsv;
import io.github.treem.io.report.SelfAssessmentJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code treem cfc form|check} and {@code treem report --self-assessment FORM.csv}: the officers' CSV
 * form written, checked, and scored exactly as the JSON file of the same content. The demonstration
 * form in docs/examples is what {@code treem cfc form --demo} writes.
 */
class CfcCommandTest {
  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  @TempDir
  Path dir;

  /** The report JSON without the manifest's line naming the self-assessment file (its name and digest). */
  private static String withoutSelfAssessmentOption(String json) {
    return json.replaceAll("\"selfAssessment\":\"[^\"]*\",?", "");
  }

  @Test
  void theBlankFormListsEveryItemAndAFileGetsAByteOrderMarkForExcel() throws IOException {
    CliRun out = CliRun.of("cfc", "form", "--year", "2021");
    assertThat(out.code()).as(out.err()).isZero();
    assertThat(out.out()).isEqualTo(SelfAssessmentCsv.template(ScoringTable.qd06(), 2021, ','));
    Path blank = dir.resolve("mau.csv");
    CliRun file = CliRun.of("cfc", "form", "--year", "2021", "--separator", ";", "-o", blank.toString());
    assertThat(file.code()).as(file.err()).isZero();
    byte[] bytes = Files.readAllBytes(blank);
    assertThat(bytes).startsWith(BOM);
    String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    assertThat(text).isEqualTo(SelfAssessmentCsv.template(ScoringTable.qd06(), 2021, ';'));
    for (var item : ScoringTable.qd06().items()) {
      assertThat(text).contains(";" + item.getId() + ";");
    }
    CliRun bad = CliRun.of("cfc", "form", "--separator", "|");
    assertThat(bad.code()).isEqualTo(Treem.EXIT_USAGE);
    assertThat(CliRun.of("cfc").code()).isEqualTo(Treem.EXIT_USAGE);
  }

  @Test
  void theDemoFormIsTheDocsExampleAndScoresAsTheJsonFileAndTheBundledDemo() throws IOException {
    Path form = dir.resolve("tu-danh-gia.csv");
    CliRun demo = CliRun.of("cfc", "form", "--demo", "-o", form.toString());
    assertThat(demo.code()).as(demo.err()).isZero();
    byte[] bytes = Files.readAllBytes(form);
    Path example = Path.of("../docs/examples/quang-vinh-2020-tu-danh-gia.csv");
    assertThat(bytes).isEqualTo(GoldenFiles.expected(example, bytes));
    // the JSON file converted to the form gives the same bytes
    Path json = dir.resolve("tu-danh-gia.json");
    Files.writeString(json, SelfAssessmentJson.write(SyntheticSelfAssessment.quangVinh(2020)), StandardCharsets.UTF_8);
    Path converted = dir.resolve("converted.csv");
    assertThat(CliRun.of("cfc", "form", "--from", json.toString(), "-o", converted.toString()).code()).isZero();
    assertThat(Files.readAllBytes(converted)).isEqualTo(bytes);
    // the same score card from the form, the JSON file and the bundled demonstration
    CliRun fromCsv = CliRun.of("report", "--self-assessment", form.toString(), "--format", "json");
    CliRun fromJson = CliRun.of("report", "--self-assessment", json.toString(), "--format", "json");
    CliRun bundled = CliRun.of("report", "--format", "json");
    assertThat(fromCsv.code()).as(fromCsv.err()).isZero();
    assertThat(fromCsv.out()).contains("\"childFriendly\":{", "\"selfAssessment\":\"tu-danh-gia.csv sha256 ");
    assertThat(withoutSelfAssessmentOption(fromCsv.out())).isEqualTo(withoutSelfAssessmentOption(fromJson.out()))
        .isEqualTo(withoutSelfAssessmentOption(bundled.out()));
    assertThat(fromCsv.err()).contains("CFC_SYNTHETIC");
    // a file named otherwise is told by its content
    Path noExtension = dir.resolve("tu-danh-gia");
    Files.write(noExtension, bytes);
    CliRun sniffed = CliRun.of("report", "--self-assessment", noExtension.toString(), "--format", "json");
    assertThat(withoutSelfAssessmentOption(sniffed.out())).isEqualTo(withoutSelfAssessmentOption(fromJson.out()));
    CliRun check = CliRun.of("cfc", "check", form.toString());
    assertThat(check.code()).as(check.err()).isZero();
    assertThat(check.out()).contains("Xã 19885, năm 2020: 17 mục có giá trị", "chấm điểm được");
  }

  @Test
  void aBadFormIsRefusedWithEveryProblemOnItsRowAndNoEvidenceNorStackTrace() throws IOException {
    String good = SelfAssessmentCsv.write(SyntheticSelfAssessment.quangVinh(2020), ScoringTable.qd06(), ',');
    String bad = good.replace(",,46,47,Danh sách", ",,46,,Danh sách")
        .replace(",có,,,Biên bản diễn đàn trẻ em cấp xã (dữ liệu mẫu)", ",có,,,");
    Path form = dir.resolve("sai.csv");
    Files.writeString(form, bad, StandardCharsets.UTF_8);
    CliRun report = CliRun.of("report", "--self-assessment", form.toString());
    assertThat(report.code()).isEqualTo(Treem.EXIT_REJECTED);
    assertThat(report.out()).isEmpty();
    long line61 = good.lines().takeWhile(l -> !l.startsWith("item,6,6.1,")).count() + 1;
    assertThat(report.err()).contains("sai.csv: dòng " + line61 + ", cột denominator", "CFC_CSV_HALF_FRACTION",
        "CFC_EVIDENCE_MISSING", "cột evidence", "1 bị loại", "--self-assessment không phải bản tự đánh giá treem")
        .doesNotContain("\tat ", "Danh sách trẻ em");
    CliRun check = CliRun.of("cfc", "check", form.toString(), "--lang", "en");
    assertThat(check.code()).isEqualTo(Treem.EXIT_REJECTED);
    assertThat(check.err()).contains("sai.csv: line " + line61 + ", column denominator", "1 rejected");
    CliRun missing = CliRun.of("cfc", "check", dir.resolve("none.csv").toString());
    assertThat(missing.code()).isEqualTo(Treem.EXIT_USAGE);
  }
}
