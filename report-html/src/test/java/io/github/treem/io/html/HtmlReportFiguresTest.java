package io.github.treem.io.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.treem.core.validation.Language;
import io.github.treem.indicators.BreakdownCell;
import io.github.treem.indicators.BreakdownDimension;
import io.github.treem.indicators.ExclusionReason;
import io.github.treem.indicators.IndicatorReport;
import io.github.treem.indicators.IndicatorResult;
import io.github.treem.indicators.IndicatorUnit;
import io.github.treem.indicators.Indicators;
import io.github.treem.indicators.ReportManifest;
import io.github.treem.io.json.TreemJson;
import io.github.treem.io.report.ReportCsv;
import io.github.treem.io.report.ReportDocument;
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

  /** The card of a target. */
  static String card(String html, String targetId) {
    int start = html.indexOf("id=\"target-" + targetId + "\"");
    return html.substring(start, html.indexOf("</article>", start));
  }

  static final LocalDate R = LocalDate.of(2020, 12, 31);

  @Test
  void aValueShortOfItsTargetIsNeverShownOnIt() {
    // 19,999 of 20,000 against ≥ 100%; 9.001% against < 9%
    IndicatorReport r = IndicatorReport.of(2020, R, List.of(
        IndicatorResult.of(Indicators.HI_U6, 19_999, 20_000, Map.of(), Map.of()),
        IndicatorResult.of(Indicators.UNDERWEIGHT_U5, 9_001, 100_000, Map.of(), Map.of())));
    String s = HtmlReport.of(TreemJson.bundledPlan("quang-vinh-2020"), ReportDocument.of(r, List.of())).render();
    assertThat(card(s, "T1")).contains("<span class=\"value\">99,99%</span>")
        .contains("Chưa đạt (cách chỉ tiêu 0,01 điểm phần trăm)").doesNotContain("100,00%");
    assertThat(card(s, "T2")).contains("<span class=\"value\">9,01%</span>")
        .contains("Chưa đạt (cách chỉ tiêu 0,01 điểm phần trăm)").contains("<dd>&lt; 9%</dd>")
        .doesNotContain("9,00%");
    String en = HtmlReport.of(TreemJson.bundledPlan("quang-vinh-2020"), ReportDocument.of(r, List.of()))
        .withLanguage(Language.EN).render();
    assertThat(card(en, "T1")).contains("<span class=\"value\">99.99%</span>").doesNotContain("100.00%");
    // the same figures as every other writer shows them beside the same targets
    ReportDocument shown = HtmlReport.of(TreemJson.bundledPlan("quang-vinh-2020"), ReportDocument.of(r, List.of()))
        .getDocument();
    assertThat(ReportCsv.write(shown)).contains("HI_U6,total,,19999,20000,99.99,VALUE")
        .contains("UNDERWEIGHT_U5,total,,9001,100000,9.01,VALUE");
  }

  @Test
  void hiddenGroupCellsAndTheirExclusionCountStayHidden() {
    // the example: 20 children, C 8, D 10, DD 1 and E 1 (hidden): DD + E must not be deducible
    IndicatorResult special = IndicatorResult.of(Indicators.SPECIAL_CIRCUMSTANCES, 20, 0, Map.of(),
        Map.of(BreakdownDimension.GROUP, List.of(BreakdownCell.of("C", IndicatorUnit.COUNT, 8, 0),
            BreakdownCell.of("D", IndicatorUnit.COUNT, 10, 0), BreakdownCell.of("DD", IndicatorUnit.COUNT, 1, 0),
            BreakdownCell.of("E", IndicatorUnit.COUNT, 1, 0))));
    IndicatorResult welfare = IndicatorResult.of(Indicators.WELFARE_COVERAGE, 6, 8,
        Map.of(ExclusionReason.MISSING_POVERTY, 1L), Map.of());
    ReportDocument doc = ReportDocument.of(IndicatorReport.of(2020, R, List.of(welfare, special)), List.of());
    String s = HtmlReport.of(TreemJson.bundledPlan("quang-vinh-2020"), doc).render();
    int start = s.indexOf("id=\"table-SPECIAL_CIRCUMSTANCES-group\"");
    String table = s.substring(start, s.indexOf("</table>", start));
    assertThat(table).contains("<tr class=\"suppressed\"><th scope=\"row\">DD</th><td class=\"num\">x</td>"
        + "<td class=\"num\">–</td><td class=\"num\">x</td>")
        .contains("<tr class=\"suppressed\"><th scope=\"row\">E</th><td class=\"num\">x</td>");
    // a third cell is hidden with them (the total 20 minus C and D would give DD + E = 2)
    assertThat(table.split("class=\"suppressed\"", -1)).hasSizeGreaterThanOrEqualTo(4);
    assertThat(table).doesNotContain("<td class=\"num\">1</td>").doesNotContain("<td class=\"num\">2</td>");
    // the exclusion count that only group DD can have is hidden as in the CSV
    assertThat(s).contains("(MISSING_POVERTY)</span></td><td class=\"num\">x</td>")
        .contains(io.github.treem.indicators.DisclosureControl.NOTE_VI);
    assertThat(ReportCsv.write(doc)).contains("WELFARE_COVERAGE,exclusion,MISSING_POVERTY,x,,,");
    // what the page shows passes the disclosure audit
    assertThat(doc.published().getPublication().orElseThrow().audit().isPassed()).isTrue();
  }

  @Test
  void syntheticDataInternalUseCaveatsAndInferredLeads() {
    IndicatorReport r = handMade();
    ReportManifest synthetic = ReportManifest.builder().year(2020).referenceDate(R).syntheticData(true).build();
    String s = HtmlReport.of(TreemJson.bundledPlan("quang-vinh-2020"), ReportDocument.of(r, List.of())
        .withManifest(synthetic)).render();
    // the banner opens the page, before the title
    assertThat(s.indexOf("<p class=\"banner\" role=\"note\">DỮ LIỆU MÔ PHỎNG – không phải số liệu thật</p>"))
        .isPositive().isLessThan(s.indexOf("<h1>"));
    assertThat(s).contains("<tr><th scope=\"row\">syntheticData</th><td>true</td></tr>");
    String en = HtmlReport.of(TreemJson.bundledPlan("quang-vinh-2020"), ReportDocument.of(r, List.of())
        .withManifest(synthetic)).withLanguage(Language.EN).render();
    assertThat(en).contains("<p class=\"banner\" role=\"note\">SYNTHETIC DATA – not real figures</p>");
    String real = HtmlReport.of(TreemJson.bundledPlan("quang-vinh-2020"), ReportDocument.of(r, List.of())
        .withManifest(ReportManifest.builder().year(2020).referenceDate(R).build())).render();
    assertThat(real).doesNotContain("class=\"banner\"").contains("<tr><th scope=\"row\">syntheticData</th><td>false</td></tr>");
    // the caveat of each indicator that measures less than the plan's sentence, from its definition
    assertThat(card(s, "T1")).contains("<dt>Lưu ý</dt><dd class=\"caveat\">" + Indicators.HI_U6.getCaveatVi().orElseThrow());
    assertThat(card(s, "T5")).contains(Indicators.INJURY_SKILLS.getCaveatVi().orElseThrow());
    assertThat(card(s, "T7")).contains(Indicators.WELFARE_COVERAGE.getCaveatVi().orElseThrow());
    assertThat(card(s, "T2")).doesNotContain("caveat");
    assertThat(card(en, "T1")).contains("<dt>Caveat</dt><dd class=\"caveat\">" + Indicators.HI_U6.getCaveatEn().orElseThrow());
    // a lead unit the plan does not name is marked inferred
    assertThat(card(s, "T1")).contains("(suy ra: kế hoạch không nêu đơn vị chủ trì)");
    assertThat(card(en, "T1")).contains("(inferred: the plan names no lead unit)");
    // the unsuppressed internal form says so at the top, and shows its small numbers
    String internal = HtmlReport.of(TreemJson.bundledPlan("quang-vinh-2020"),
        ReportDocument.unsuppressedForInternalUse(r, List.of())).render();
    assertThat(internal).contains("<p class=\"banner\" role=\"note\">KHÔNG ẩn số nhỏ: chỉ dùng nội bộ, không công bố</p>");
  }

  @Test
  void theChangeShownIsTheDifferenceOfTheValuesShown() {
    // this year 19,999/20,000 (99.995%: shown 99.99 against ≥ 100, though it rounds to 100.00); last year 1/3
    IndicatorReport now = IndicatorReport.of(2020, R,
        List.of(IndicatorResult.of(Indicators.HI_U6, 19_999, 20_000, Map.of(), Map.of())));
    IndicatorReport before = IndicatorReport.of(2019, LocalDate.of(2019, 12, 31),
        List.of(IndicatorResult.of(Indicators.HI_U6, 1, 3, Map.of(), Map.of())));
    String s = HtmlReport.of(TreemJson.bundledPlan("quang-vinh-2020"), ReportDocument.of(now, List.of()))
        .withPreviousReport(before).render();
    assertThat(card(s, "T1")).contains("99,99% (năm 2019: 33,33%, thay đổi +66,66 điểm phần trăm)");
  }
}
