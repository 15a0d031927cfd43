package io.github.treem.io.html;

import io.github.treem.io.json.TreemJson;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.treem.core.validation.Language;
import io.github.treem.indicators.BreakdownCell;
import io.github.treem.indicators.BreakdownDimension;
import io.github.treem.indicators.ExclusionReason;
import io.github.treem.indicators.IndicatorReport;
import io.github.treem.indicators.IndicatorResult;
import io.github.treem.indicators.IndicatorUnit;
import io.github.treem.indicators.Indicators;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Exact figures of a hand-made report. */
class HtmlReportFiguresTest {

  static IndicatorReport handMade() {
    IndicatorResult hi = IndicatorResult.of(Indicators.HI_U6, 8, 10, Map.of(ExclusionReason.MISSING_DOB, 3L),
        Map.of(BreakdownDimension.VILLAGE, List.of(
            // the hidden cell holds the rest (1 of 1): a figure the disclosure audit can accept
            BreakdownCell.of("Thôn 10", IndicatorUnit.PERCENT, 2, 3),
            BreakdownCell.of("Thôn 2", IndicatorUnit.PERCENT, 5, 6),
            BreakdownCell.suppressed("Thôn 3"),
            BreakdownCell.of("UNKNOWN", IndicatorUnit.PERCENT, 0, 0))));
    IndicatorResult under = IndicatorResult.of(Indicators.UNDERWEIGHT_U5, 1, 20, Map.of(), Map.of());
    IndicatorResult grade1 = IndicatorResult.of(Indicators.GRADE1_AT_6, 0, 0, Map.of(), Map.of());
    return IndicatorReport.of(2020, LocalDate.of(2020, 12, 31), List.of(hi, under, grade1));
  }

  @Test
  void cardsVietnamese() {
    String s = HtmlReport.of(TreemJson.bundledPlan("quang-vinh-2020"), handMade()).render();
    assertThat(s).contains("<p><span class=\"value\">80,00%</span> <span class=\"status not-met\">"
        + "<span aria-hidden=\"true\">✗</span> Chưa đạt (cách chỉ tiêu 20,00 điểm phần trăm)</span></p>");
    assertThat(s).contains("<p><span class=\"value\">5,00%</span> <span class=\"status met\">"
        + "<span aria-hidden=\"true\">✓</span> Đạt</span></p>");
    assertThat(s).contains("<p><span class=\"value\">không có dữ liệu</span> <span class=\"status no-data\">"
        + "<span aria-hidden=\"true\">–</span> Không có dữ liệu (mẫu số bằng 0)</span></p>");
    // a target whose indicator is not in the report
    assertThat(s).contains("Không có dữ liệu (chỉ số không được tính)");
    assertThat(s).contains("<dt>Tử số</dt><dd>8 – trẻ có thẻ BHYT còn hiệu lực tại ngày tham chiếu</dd>");
    assertThat(s).contains("<dt>Mẫu số</dt><dd>10 – trẻ sinh đến ngày tham chiếu, dưới 72 tháng tuổi tròn</dd>");
    // the value bar: 80% of 360
    assertThat(s).contains("<rect class=\"bar not-met\" x=\"10\" y=\"22\" width=\"288\" height=\"16\"/>");
  }

  @Test
  void chartGeometryAndSuppression() {
    String s = HtmlReport.of(TreemJson.bundledPlan("quang-vinh-2020"), handMade()).render();
    int start = s.indexOf("<svg class=\"chart\"");
    String chart = s.substring(start, s.indexOf("</svg>", start));
    // natural order: Thôn 2, Thôn 3, Thôn 10, then unknown; 5/6 = 83.33% of 380 = 317
    assertThat(chart).containsSubsequence("Thôn 2", "Thôn 3", "Thôn 10", "Không rõ");
    assertThat(chart).contains("<rect class=\"bar\" x=\"150\" y=\"29\" width=\"317\" height=\"18\"/>");
    assertThat(chart).contains("<text x=\"473\" y=\"43\">83,33%</text>");
    assertThat(chart).contains("<rect class=\"suppressed-bar\" x=\"150\" y=\"57\" width=\"48\" height=\"18\" "
        + "fill=\"url(#chart-HI_U6-hatch)\"/>");
    assertThat(chart).contains(">x (ẩn)<").doesNotContain("&lt;5");
    assertThat(chart).contains("không có dữ liệu");
    // threshold at 100%
    assertThat(chart).contains("<line class=\"threshold\" x1=\"530\"");
    assertThat(s).contains("<tr class=\"suppressed\"><th scope=\"row\">Thôn 3</th><td class=\"num\">x</td>")
        .contains(io.github.treem.indicators.DisclosureControl.NOTE_VI).doesNotContain("&lt;5");
  }

  @Test
  void increaseTargetAgainstLastYear() {
    IndicatorReport now = IndicatorReport.of(2020, LocalDate.of(2020, 12, 31),
        List.of(IndicatorResult.of(Indicators.CAN_SWIM, 80, 190, Map.of(), Map.of())));
    IndicatorReport lastYear = IndicatorReport.of(2019, LocalDate.of(2019, 12, 31),
        List.of(IndicatorResult.of(Indicators.CAN_SWIM, 90, 200, Map.of(), Map.of())));
    String without = HtmlReport.of(TreemJson.bundledPlan("quang-vinh-2020"), now).render();
    assertThat(without).contains("<p><span class=\"value\">42,11%</span> <span class=\"status no-data\">"
        + "<span aria-hidden=\"true\">–</span> Không đánh giá được: chưa có số liệu năm trước</span></p>");
    String with = HtmlReport.of(TreemJson.bundledPlan("quang-vinh-2020"), now).withPreviousReport(lastYear).render();
    // last year's value and the change beside this year's
    assertThat(with).contains("<p><span class=\"value\">42,11% (năm 2019: 45,00%, thay đổi −2,89 điểm phần trăm)</span>"
        + " <span class=\"status not-met\">"
        + "<span aria-hidden=\"true\">✗</span> Chưa đạt (cách chỉ tiêu 2,89 điểm phần trăm)</span></p>");
    assertThat(with).contains("<dt>Chỉ tiêu</dt><dd>tăng so với năm trước (&gt; 45%)</dd>");
  }

  @Test
  void english() {
    String s = HtmlReport.of(TreemJson.bundledPlan("quang-vinh-2020"), handMade()).withLanguage(Language.EN).render();
    assertThat(s).contains("<span aria-hidden=\"true\">✗</span> Not met (20.00 percentage points from the target)");
    assertThat(s).contains(">x (hidden)<").contains(io.github.treem.indicators.DisclosureControl.NOTE_EN)
        .doesNotContain("&lt;5");
    assertThat(s).contains("<td>Children under 6 with a health-insurance card</td><td>date of birth missing "
        + "<span class=\"code\">(MISSING_DOB)</span></td><td class=\"num\">3</td>");
    assertThat(s).contains("<p>No counts of input rows were given.</p>");
  }
}
