package io.github.treem.io.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.treem.core.validation.Language;
import io.github.treem.indicators.CaseIndicators;
import io.github.treem.indicators.DisclosureRule;
import io.github.treem.indicators.ExclusionReason;
import io.github.treem.indicators.IndicatorReport;
import io.github.treem.indicators.IndicatorResult;
import io.github.treem.indicators.cases.DayHistogram;
import io.github.treem.indicators.cases.MedianDaysToPlan;
import io.github.treem.io.json.TreemJson;
import io.github.treem.io.report.ReportDocument;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The HTML report with case figures: a table of their totals, a hidden total as x in every column. */
class HtmlCaseFiguresTest {
  static ReportDocument document() {
    IndicatorReport r = IndicatorReport.of(2020, LocalDate.of(2020, 12, 31), List.of(
        IndicatorResult.of(CaseIndicators.CASES_RECEIVED, 20, 0, Map.of(), Map.of()),
        IndicatorResult.of(CaseIndicators.EMERGENCY_WITHIN_12_HOURS, 2, 2,
            Map.of(ExclusionReason.DEADLINE_NOT_APPLICABLE, 18L), Map.of()),
        IndicatorResult.of(CaseIndicators.PLAN_APPROVED_IN_TIME, 9, 10,
            Map.of(ExclusionReason.DEADLINE_NOT_APPLICABLE, 10L), Map.of())));
    return ReportDocument.of(r, List.of());
  }

  static String row(String html, String name) {
    int at = html.indexOf("<th scope=\"row\">" + name);
    if (at < 0) {
      at = html.indexOf(name + "</t");
    }
    return html.substring(at, html.indexOf("</tr>", at));
  }

  @Test
  void theCaseTotalsAreATableWithAHiddenTotalAsX() {
    String html = HtmlReport.of(TreemJson.bundledPlan("quang-vinh-2020"), document()).withLanguage(Language.EN).render();
    assertThat(html).contains("id=\"table-protection-cases\"").contains("Protection case figures (Decree 56/2017/ND-CP)")
        .contains("1 totals hidden.");
    String hidden = row(html, CaseIndicators.EMERGENCY_WITHIN_12_HOURS.getNameEn());
    assertThat(hidden).doesNotContain(">2<").contains(">x<");
    assertThat(row(html, CaseIndicators.CASES_RECEIVED.getNameEn())).contains(">20<");
    assertThat(row(html, CaseIndicators.PLAN_APPROVED_IN_TIME.getNameEn())).contains(">9<").contains(">10<");
  }

  @Test
  void theMedianDaysToPlanIsARowOfTheCaseTableWithItsExclusion() {
    ReportDocument doc = ReportDocument.builder().from(document()).daysToPlan(MedianDaysToPlan.published(
        DayHistogram.of(new long[] {0, 0, 1, 2, 2, 1}), 3, DisclosureRule.DEFAULT)).build();
    String html = HtmlReport.of(TreemJson.bundledPlan("quang-vinh-2020"), doc).withLanguage(Language.EN).render();
    // six cases (2, 3, 3, 4, 4, 5): the mean of 3 and 4; three cases excluded: both counts hidden
    String median = row(html, "Median days from information received to an approved intervention plan");
    assertThat(median).contains(">x<").contains(">3.5 days<").contains(">value<");
    assertThat(row(html, "Excluded from the median days: no approved plan")).contains(">x<");
    assertThat(html).contains("3 totals hidden.");
    String vi = HtmlReport.of(TreemJson.bundledPlan("quang-vinh-2020"), doc).render();
    assertThat(row(vi, "Số ngày trung vị từ khi nhận thông tin đến khi kế hoạch hỗ trợ, can thiệp được phê duyệt"))
        .contains(">3,5 ngày<");
    assertThat(vi).contains("NO_APPROVED_PLAN");

    ReportDocument hidden = ReportDocument.builder().from(document()).daysToPlan(MedianDaysToPlan.published(
        DayHistogram.of(new long[] {0, 0, 1, 2}), 17, DisclosureRule.DEFAULT)).build();
    String h = HtmlReport.of(TreemJson.bundledPlan("quang-vinh-2020"), hidden).withLanguage(Language.EN).render();
    String hiddenRow = h.substring(h.lastIndexOf("<tr", h.indexOf("Median days from information received")),
        h.indexOf("</tr>", h.indexOf("Median days from information received")));
    assertThat(hiddenRow).contains("class=\"suppressed\"").doesNotContain("3.0").contains(">hidden (x)<");
  }

  @Test
  void aReportWithoutCaseFiguresHasNoCaseTable() {
    IndicatorReport r = IndicatorReport.of(2020, LocalDate.of(2020, 12, 31), List.of());
    assertThat(HtmlReport.of(TreemJson.bundledPlan("quang-vinh-2020"), ReportDocument.of(r, List.of())).render())
        .doesNotContain("table-protection-cases");
  }
}
