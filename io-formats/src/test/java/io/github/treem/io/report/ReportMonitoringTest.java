package io.github.treem.io.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.treem.core.plan.MonitoringLine;
import io.github.treem.core.validation.Language;
import io.github.treem.indicators.IndicatorReport;
import io.github.treem.indicators.IndicatorResult;
import io.github.treem.indicators.Indicators;
import io.github.treem.indicators.MonitoringAssessment;
import io.github.treem.indicators.MonitoringStatus;
import io.github.treem.io.json.TreemJson;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The plan's monitoring lines in a report: this year's and last year's values as shown, the
 * change and its direction, in the JSON (read back and checked) and the CSV; a hidden value
 * hides the change and its direction.
 */
class ReportMonitoringTest {
  private static final LocalDate R = LocalDate.of(2020, 12, 31);
  private static final MonitoringLine STUNTING = TreemJson.bundledPlan("quang-vinh-2020").monitoringLine("M1").orElseThrow();

  private static ReportDocument doc(long num, long den, IndicatorResult before) {
    IndicatorResult now = IndicatorResult.of(Indicators.STUNTING_U5, num, den, Map.of(), Map.of());
    return ReportDocument.builder().report(IndicatorReport.of(2020, R, List.of(now)))
        .addPrevious(ReportDocument.PreviousYear.of(IndicatorReport.of(2019, R.minusYears(1), List.of(before))))
        .addMonitoringLines(STUNTING).build().published();
  }

  private static IndicatorResult before(long num, long den) {
    return IndicatorResult.of(Indicators.STUNTING_U5, num, den, Map.of(), Map.of());
  }

  @Test
  void aFallInStuntingIsTheDesiredWayInEveryOutputAndReadsBack() {
    ReportDocument d = doc(10, 80, before(13, 100));
    MonitoringAssessment m = d.monitoring().get(0);
    assertThat(m.getValue()).contains(new BigDecimal("12.50"));
    assertThat(m.getPreviousValue()).contains(new BigDecimal("13.00"));
    assertThat(m.getChange()).contains(new BigDecimal("-0.50"));
    assertThat(m.getStatus()).isEqualTo(MonitoringStatus.TOWARDS);
    String json = ReportJson.of(Language.EN).write(d);
    assertThat(json).contains("\"monitoring\":[").contains("\"id\":\"M1\",\"indicator\":\"STUNTING_U5\",\"direction\":\"DECREASE\"")
        .contains("\"state\":\"VALUE\",\"value\":12.50,\"previousYear\":2019,\"previousState\":\"VALUE\","
            + "\"previousValue\":13.00,\"change\":-0.50,\"status\":\"TOWARDS\"")
        .doesNotContain("\"MET\"");
    ReportDocument read = ReportJson.of(Language.EN).read(json);
    assertThat(read.getMonitoringLines()).containsExactly(STUNTING);
    assertThat(read.monitoring()).isEqualTo(d.monitoring());
    assertThat(ReportCsv.write(d)).contains("STUNTING_U5,monitoring,M1,,,12.50,VALUE\n"
        + "STUNTING_U5,monitoring_previous,2019,,,13.00,VALUE\n"
        + "STUNTING_U5,monitoring_change,DECREASE,,,-0.50,TOWARDS\n"
        + "monitoring_text,M1:vi,\"" + STUNTING.getTextVi() + "\",,,,\n");
  }

  @Test
  void equalValuesShownAreUnchangedAndARiseIsAgainstTheDesiredWay() {
    assertThat(doc(1, 8, before(125, 1000)).monitoring().get(0).getStatus()).isEqualTo(MonitoringStatus.UNCHANGED);
    assertThat(doc(14, 100, before(13, 100)).monitoring().get(0).getStatus()).isEqualTo(MonitoringStatus.AWAY);
  }

  @Test
  void aValueHiddenLastYearHidesTheChangeAndItsDirection() {
    ReportDocument d = doc(10, 80, before(3, 10).withSuppressedTotal());
    MonitoringAssessment m = d.monitoring().get(0);
    assertThat(m.getStatus()).isEqualTo(MonitoringStatus.SUPPRESSED);
    assertThat(m.getChange()).isEmpty();
    assertThat(m.getValue()).contains(new BigDecimal("12.50"));
    String json = ReportJson.of(Language.EN).write(d);
    assertThat(json).contains("\"previousState\":\"SUPPRESSED\",\"previousValue\":null,\"change\":null,\"status\":\"SUPPRESSED\"");
    assertThat(ReportJson.of(Language.EN).read(json).monitoring()).isEqualTo(d.monitoring());
    assertThat(ReportCsv.write(d)).contains("STUNTING_U5,monitoring_previous,2019,,,,SUPPRESSED\n"
        + "STUNTING_U5,monitoring_change,DECREASE,,,x,SUPPRESSED\n");
  }

  @Test
  void withoutAnEarlierReportTheLineHasNoDataAndNoPreviousRow() {
    IndicatorResult now = IndicatorResult.of(Indicators.STUNTING_U5, 10, 80, Map.of(), Map.of());
    ReportDocument d = ReportDocument.builder().report(IndicatorReport.of(2020, R, List.of(now)))
        .addMonitoringLines(STUNTING).build().published();
    MonitoringAssessment m = d.monitoring().get(0);
    assertThat(m.getStatus()).isEqualTo(MonitoringStatus.NO_DATA);
    assertThat(m.getPreviousYear()).isEmpty();
    String csv = ReportCsv.write(d);
    assertThat(csv).contains("STUNTING_U5,monitoring_change,DECREASE,,,,NO_DATA\n").doesNotContain("monitoring_previous");
    String json = ReportJson.of(Language.EN).write(d);
    assertThat(json).contains("\"previousYear\":null,\"previousState\":null,\"previousValue\":null,\"change\":null,\"status\":\"NO_DATA\"");
    assertThat(ReportJson.of(Language.EN).read(json).monitoring()).isEqualTo(d.monitoring());
  }

  @Test
  void aLineWhoseFiguresOrDirectionDoNotFollowIsRefusedWhenRead() {
    String json = ReportJson.of(Language.EN).write(doc(10, 80, before(13, 100)));
    // a status that does not follow from the values
    assertThatThrownBy(() -> ReportJson.of(Language.EN).read(json.replace("\"status\":\"TOWARDS\"", "\"status\":\"AWAY\"")))
        .isInstanceOf(ReportReadException.class);
    // a status of targets is not one of a line
    assertThatThrownBy(() -> ReportJson.of(Language.EN).read(json.replace("\"status\":\"TOWARDS\"", "\"status\":\"MET\"")))
        .isInstanceOf(ReportReadException.class);
    // values that are not the indicator's: change and status agree with them, but not with the report
    assertThatThrownBy(() -> ReportJson.of(Language.EN).read(json.replace("\"value\":12.50,\"previousYear\"",
        "\"value\":12.40,\"previousYear\"").replace("\"change\":-0.50", "\"change\":-0.60")))
        .isInstanceOf(ReportReadException.class);
  }
}
