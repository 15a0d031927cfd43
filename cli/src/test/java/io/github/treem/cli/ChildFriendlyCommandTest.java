package io.github.treem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.treem.indicators.cfc.ScoringTable;
import io.github.treem.indicators.synthetic.SyntheticSelfAssessment;
import io.github.treem.io.report.SelfAssessmentJson;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code treem report --self-assessment --scoring-table --commune-type}: the standard in every output. */
class ChildFriendlyCommandTest {
  @TempDir
  Path dir;

  @Test
  void theBundledDemoScoresTheCommuneWithItsSyntheticSelfAssessmentAndNeverRecognisesIt() {
    CliRun table = CliRun.of("report");
    assertThat(table.code()).isZero();
    assertThat(table.out()).contains("Tiêu chuẩn xã phù hợp với trẻ em", "chưa kết luận được", "tạm tính",
        "dữ liệu mẫu", " 13 ");
    assertThat(table.out()).doesNotContain("Biên bản diễn đàn trẻ em");
    CliRun en = CliRun.of("report", "--lang", "en");
    assertThat(en.out()).contains("Child-friendly commune standard", "not decidable on provisional bands".substring(0, 3));
    CliRun json = CliRun.of("report", "--format", "json");
    assertThat(json.out()).contains("\"childFriendly\":{", "\"status\":\"PROVISIONAL_NOT_DECIDABLE\"",
        "\"selfAssessment\":\"bundled:quang-vinh-2020-self-assessment (synthetic)\"");
    CliRun csv = CliRun.of("report", "--format", "csv");
    assertThat(csv.out()).contains("CHILD_FRIENDLY_COMMUNE,score_provisional,QD-06-2019 1,",
        "CHILD_FRIENDLY_COMMUNE,outcome_if_provisional,,,,,", "CHILD_FRIENDLY_COMMUNE,criterion_provisional,1,100,100,,MET",
        "CHILD_FRIENDLY_COMMUNE,item_provisional,3.1,");
    assertThat(csv.out()).contains("CHILD_FRIENDLY_COMMUNE,target,AT_LEAST,,,,NO_DATA");
    CliRun html = CliRun.of("report", "--format", "html");
    assertThat(html.code()).isZero();
    assertThat(html.out()).contains("<section id=\"child-friendly\"", "Tiêu chuẩn xã phù hợp với trẻ em", "QD-06-2019",
        "chưa kết luận được", "* tạm tính");
    assertThat(html.out()).doesNotContain("Biên bản diễn đàn trẻ em");
  }

  @Test
  void aSelfAssessmentFileAndACommuneTypeAreRead() throws IOException {
    Path sa = dir.resolve("sa.json");
    Files.writeString(sa, SelfAssessmentJson.write(SyntheticSelfAssessment.quangVinh(2020)), StandardCharsets.UTF_8);
    CliRun run = CliRun.of("report", "--self-assessment", sa.toString(), "--commune-type", "CITY_WARD", "--format", "json");
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out()).contains("\"communeType\":\"CITY_WARD\"", "\"threshold\":900", "\"selfAssessment\":\"sa.json sha256 ");
    assertThat(run.err()).contains("CFC_SYNTHETIC");
  }

  @Test
  void aBadSelfAssessmentOrScoringTableIsACodedErrorWithoutAStackTraceAndNothingIsWritten() throws IOException {
    Path sa = dir.resolve("bad.json");
    Files.writeString(sa, "{\"format\":\"treem-cfc-self-assessment\",\"formatVersion\":1,\"x\":1}", StandardCharsets.UTF_8);
    CliRun bad = CliRun.of("report", "--self-assessment", sa.toString());
    assertThat(bad.code()).isEqualTo(Treem.EXIT_REJECTED);
    assertThat(bad.out()).isEmpty();
    assertThat(bad.err()).contains("bad.json", "JSON_UNKNOWN_PROPERTY").doesNotContain("\tat ");
    Path other = dir.resolve("2019.json");
    Files.writeString(other, SelfAssessmentJson.write(SyntheticSelfAssessment.quangVinh(2019)), StandardCharsets.UTF_8);
    CliRun year = CliRun.of("report", "--self-assessment", other.toString());
    assertThat(year.code()).isEqualTo(Treem.EXIT_REJECTED);
    assertThat(year.err()).contains("SERIES_SELF_ASSESSMENT_OTHER_YEAR");
    Path table = dir.resolve("table.tsv");
    Files.writeString(table, "table\tX\n", StandardCharsets.UTF_8);
    CliRun t = CliRun.of("report", "--scoring-table", table.toString());
    assertThat(t.code()).isEqualTo(Treem.EXIT_REJECTED);
    assertThat(t.err()).contains("TREEM-CFC-").doesNotContain("\tat ");
  }

  @Test
  void aReplacementTableIsUsed() throws IOException {
    Path table = dir.resolve("qd06.tsv");
    try (InputStream in = ScoringTable.class.getResourceAsStream(ScoringTable.QD06_RESOURCE)) {
      Files.write(table, in.readAllBytes());
    }
    CliRun run = CliRun.of("report", "--scoring-table", table.toString(), "--format", "json");
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out()).contains("\"scoringTable\":\"qd06.tsv sha256 ", "\"table\":\"QD-06-2019\"");
  }
}
