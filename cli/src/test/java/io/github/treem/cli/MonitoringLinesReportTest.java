package io.github.treem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The README's first command shows the plan's aims without a number (stunting and overweight) as
 * monitoring lines beside the targets, against the bundled 2019 report, in every format; never met
 * or not met (issue 15).
 */
class MonitoringLinesReportTest {
  @Test
  void theDefaultTableShowsBothLinesWithLastYearAndTheChange() {
    CliRun vi = CliRun.of("report");
    assertThat(vi.code()).as(vi.err()).isZero();
    String out = vi.out();
    int at = out.indexOf("Dòng theo dõi (mục tiêu kế hoạch không đặt số):");
    assertThat(at).as(out).isPositive();
    String lines = out.substring(at, out.indexOf('\n', out.indexOf("thừa cân, béo phì gia tăng nhanh", at)));
    assertThat(lines).contains("STUNTING_U5").contains("OVERWEIGHT_U5").contains("2020: ").contains("2019: ")
        .contains("thay đổi ").contains("\"đảm bảo tình trạng suy dinh dưỡng trẻ em được cải thiện, nhất là suy dinh dưỡng"
            + " chiều cao theo tuổi\" (GP4)")
        .doesNotContain("không có dữ liệu").doesNotContain("đạt");
    assertThat(lines).containsAnyOf("theo hướng mong muốn", "ngược hướng mong muốn", "không đổi");
    CliRun en = CliRun.of("report", "--lang", "en");
    assertThat(en.out()).contains("Monitoring lines (aims the plan sets no number for):")
        .contains("(keep overweight and obesity among children from rising quickly)");
  }

  @Test
  void theJsonAndCsvCarryTheLinesAndNoTargetStatusForThem() {
    CliRun json = CliRun.of("report", "--format", "json", "--lang", "en", "--quiet");
    assertThat(json.code()).as(json.err()).isZero();
    int at = json.out().indexOf("\"monitoring\":[");
    assertThat(at).isPositive();
    String monitoring = json.out().substring(at, json.out().indexOf("]", at));
    assertThat(monitoring).contains("\"id\":\"M1\",\"indicator\":\"STUNTING_U5\",\"direction\":\"DECREASE\"")
        .contains("\"id\":\"M2\",\"indicator\":\"OVERWEIGHT_U5\"").contains("\"previousYear\":2019")
        .doesNotContain("\"status\":\"NO_DATA\"").doesNotContain("\"MET\"").doesNotContain("NOT_MET");
    assertThat(json.out()).doesNotContain("\"indicator\":\"STUNTING_U5\",\"comparator\"");
    CliRun csv = CliRun.of("report", "--format", "csv", "--quiet");
    assertThat(csv.out()).contains("STUNTING_U5,monitoring,M1,").contains("STUNTING_U5,monitoring_previous,2019,")
        .contains("OVERWEIGHT_U5,monitoring_change,DECREASE,").contains("monitoring_text,M2:en,");
  }
}
