package io.github.treem.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.treem.core.plan.Plan;
import io.github.treem.core.validation.Language;
import io.github.treem.indicators.IndicatorReport;
import io.github.treem.indicators.IndicatorResult;
import io.github.treem.indicators.Indicators;
import io.github.treem.io.json.TreemJson;
import io.github.treem.io.report.ReportDocument;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The plan's monitoring lines in the workbook: a sheet after the targets', with both years'
 * values, the change and its direction; a value hidden last year hides the change and direction.
 */
class ReportXlsxMonitoringTest {
  private static final LocalDate R = LocalDate.of(2020, 12, 31);

  private static ReportDocument document() {
    Plan plan = TreemJson.bundledPlan("quang-vinh-2020");
    IndicatorResult stunting = IndicatorResult.of(Indicators.STUNTING_U5, 10, 80, Map.of(), Map.of());
    IndicatorResult overweight = IndicatorResult.of(Indicators.OVERWEIGHT_U5, 6, 80, Map.of(), Map.of());
    IndicatorResult stuntingBefore = IndicatorResult.of(Indicators.STUNTING_U5, 3, 10, Map.of(), Map.of()).withSuppressedTotal();
    IndicatorResult overweightBefore = IndicatorResult.of(Indicators.OVERWEIGHT_U5, 5, 100, Map.of(), Map.of());
    return ReportDocument.builder().report(IndicatorReport.of(2020, R, List.of(stunting, overweight)))
        .addPrevious(ReportDocument.PreviousYear.of(IndicatorReport.of(2019, R.minusYears(1),
            List.of(stuntingBefore, overweightBefore))))
        .monitoringLines(plan.getMonitoring()).build().published();
  }

  @Test
  void theMonitoringSheetFollowsTheTargetsWithBothYearsTheChangeAndItsDirection() {
    Map<String, List<WorkbookRow>> sheets = ReportXlsxWriterTest.readAll(ReportXlsxWriter.of(document()).toBytes());
    assertThat(List.copyOf(sheets.keySet()).subList(0, 3)).containsExactly("Mục tiêu", "Theo dõi", "Chỉ tiêu");
    List<WorkbookRow> rows = sheets.get("Theo dõi");
    assertThat(rows.stream().filter(r -> r.number() == ReportXlsxWriter.HEADER_ROW).findFirst().orElseThrow().cells()).extracting(c -> c.text()).containsExactly("Mã dòng", "Mã chỉ tiêu", "Chỉ tiêu",
        "Kế hoạch viết", "Hướng mong muốn", "Giá trị", "Năm trước", "Giá trị năm trước", "Thay đổi", "Đánh giá",
        "Mã đánh giá");
    WorkbookRow m2 = ReportXlsxWriterTest.row(rows, "M2");
    assertThat(m2.text(3)).isEqualTo("khống chế không để tình trạng thừa cân, béo phì gia tăng nhanh ở trẻ em");
    assertThat(m2.text(4)).isEqualTo("giảm");
    assertThat(m2.text(5)).isEqualTo("7.5");
    assertThat(m2.text(6)).isEqualTo("2019");
    assertThat(m2.text(7)).isEqualTo("5");
    assertThat(m2.text(8)).isEqualTo("2.5");
    assertThat(m2.text(10)).isEqualTo("AWAY");
    WorkbookRow m1 = ReportXlsxWriterTest.row(rows, "M1");
    assertThat(m1.text(5)).isEqualTo("12.5");
    assertThat(m1.text(7)).isEqualTo("x");
    assertThat(m1.text(8)).isEqualTo("x");
    assertThat(m1.text(9)).isEqualTo("ẩn (x)");
    assertThat(m1.text(10)).isEqualTo("SUPPRESSED");
    assertThat(rows.stream().flatMap(r -> r.cells().stream()).map(c -> c.text())).doesNotContain("MET", "NOT_MET");
    // in English, the plan's words with their gloss
    List<WorkbookRow> en = ReportXlsxWriterTest.readAll(ReportXlsxWriter.of(document()).withLanguage(Language.EN)
        .toBytes()).get("Monitoring");
    assertThat(ReportXlsxWriterTest.row(en, "M2").text(9)).isEqualTo("moving against the desired way");
    assertThat(ReportXlsxWriterTest.row(en, "M1").text(3)).endsWith("(child malnutrition to improve, above all stunting (low height for age))");
  }

  @Test
  void aReportWithoutLinesHasNoMonitoringSheet() {
    ReportDocument without = ReportDocument.builder().from(document()).monitoringLines(List.of()).build();
    assertThat(ReportXlsxWriterTest.readAll(ReportXlsxWriter.of(without).toBytes())).doesNotContainKey("Theo dõi");
  }
}
