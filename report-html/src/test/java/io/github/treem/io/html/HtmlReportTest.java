package io.github.treem.io.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.treem.core.plan.Plan;
import io.github.treem.core.plan.Target;
import io.github.treem.core.validation.Language;
import io.github.treem.indicators.BreakdownDimension;
import io.github.treem.indicators.IndicatorReport;
import io.github.treem.io.json.TreemJson;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class HtmlReportTest {
  static IndicatorReport report;
  static Plan plan = TreemJson.bundledPlan("quang-vinh-2020");
  static String vi;
  static String en;

  @BeforeAll
  static void render() {
    report = Fixtures.commune();
    vi = HtmlReport.of(plan, report).withManifest(Fixtures.manifest()).render();
    en = HtmlReport.of(plan, report).withLanguage(Language.EN).withManifest(Fixtures.manifest()).render();
  }

  @Test
  void deterministic() {
    assertThat(HtmlReport.of(plan, report).withManifest(Fixtures.manifest()).render()).isEqualTo(vi);
  }

  @Test
  void languageAttribute() {
    assertThat(vi).startsWith("<!DOCTYPE html>\n<html lang=\"vi\">");
    assertThat(en).startsWith("<!DOCTYPE html>\n<html lang=\"en\">");
    assertThat(vi).contains("<h1>Báo cáo tiến độ thực hiện Kế hoạch 90/KH-UBND năm 2020</h1>");
    assertThat(en).contains("<h1>Progress report on plan 90/KH-UBND for 2020</h1>");
  }

  @Test
  void oneCardPerTarget() {
    for (Target t : plan.getTargets()) {
      assertThat(vi).contains("id=\"target-" + t.getId() + "\"");
    }
    assertThat(count(vi, "class=\"card target-card ")).isEqualTo(plan.getTargets().size());
  }

  @Test
  void statusInWordsAndClass() {
    Matcher m = Pattern.compile("<article class=\"card target-card ([a-z-]+)\" id=\"target-(T\\d+)\"").matcher(vi);
    int n = 0;
    while (m.find()) {
      n++;
      String status = m.group(1);
      String word = switch (status) {
        case "met" -> "Đạt";
        case "not-met" -> "Chưa đạt";
        default -> "Không";
      };
      int end = vi.indexOf("</article>", m.end());
      assertThat(vi.substring(m.end(), end)).contains("<span class=\"status " + status + "\">")
          .contains("</span> " + word);
    }
    assertThat(n).isEqualTo(plan.getTargets().size()).isEqualTo(10);
  }

  @Test
  void headingsInOrderWithoutSkips() {
    Matcher m = Pattern.compile("<h([1-6])[ >]").matcher(vi);
    int last = 0;
    int h1 = 0;
    while (m.find()) {
      int level = Integer.parseInt(m.group(1));
      assertThat(level).as("heading after h" + last).isLessThanOrEqualTo(last + 1);
      h1 += level == 1 ? 1 : 0;
      last = level;
    }
    assertThat(h1).isEqualTo(1);
  }

  @Test
  void everySvgHasRoleTitleAndDesc() {
    Matcher m = Pattern.compile("<svg ([^>]*)>\\s*<title id=\"[^\"]+\">[^<]+</title>\\s*<desc id=\"[^\"]+\">[^<]+</desc>")
        .matcher(vi);
    int n = 0;
    while (m.find()) {
      assertThat(m.group(1)).contains("role=\"img\"").contains("aria-labelledby=");
      n++;
    }
    assertThat(n).isEqualTo(count(vi, "<svg ")).isGreaterThan(8);
  }

  @Test
  void everyChartHasADataTable() {
    int charts = count(vi, "<svg class=\"chart\"");
    long withVillages = report.getResults().stream()
        .filter(r -> !r.getBreakdowns().getOrDefault(BreakdownDimension.VILLAGE, List.of()).isEmpty()).count();
    assertThat(charts).isEqualTo(withVillages).isGreaterThanOrEqualTo(8);
    // every chart has its table; every other breakdown is a table of its own
    int others = count(vi, "<div class=\"chart-block\" id=\"table-");
    // (of the report as published: disclosure control may withhold a breakdown)
    long breakdowns = io.github.treem.io.report.ReportDocument.of(report, List.of()).published().getReport()
        .getResults().stream().mapToLong(r -> r.getBreakdowns().values().stream()
        .filter(c -> !c.isEmpty()).count()).sum();
    assertThat(others).isEqualTo(breakdowns - charts).isPositive();
    assertThat(count(vi, "<table class=\"data\">")).isEqualTo(charts + others);
  }

  @Test
  void selfContained() {
    assertThat(vi).doesNotContain("<script").doesNotContain("<link").doesNotContain("<img")
        .doesNotContain("http://").doesNotContain("https://").doesNotContain("@import").doesNotContain("url(http");
    assertThat(vi).contains("@page { size: A4;").contains("@media print");
  }

  @Test
  void manifestEscaped() {
    assertThat(vi).contains("<th scope=\"row\">input register.csv (sha256)</th><td>9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08</td>");
    assertThat(vi).contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; \"quoted\"");
  }

  @Test
  void dataQuality() {
    assertThat(vi).contains("<tr><th scope=\"row\">Số dòng đã đọc</th><td class=\"num\">412</td></tr>");
    assertThat(en).contains("<tr><th scope=\"row\">Rows rejected</th><td class=\"num\">12</td></tr>");
    assertThat(en).contains("(MISSING_DOB)");
  }

  @Test
  void headerFromThePlan() {
    assertThat(vi).contains("<dt>Xã</dt><dd>Xã Quảng Vinh (19885), Huyện Quảng Điền, Tỉnh Thừa Thiên Huế</dd>");
    assertThat(vi).contains("<dt>Ngày ban hành</dt><dd>09/03/2020</dd>");
    assertThat(en).contains("<dt>Issued on</dt><dd>2020-03-09</dd>");
  }

  @Test
  void noManifest() {
    String s = HtmlReport.of(plan, report).render();
    assertThat(s).contains("<p>Không có thông tin tái lập.</p>").doesNotContain("<table class=\"manifest\">");
  }

  /** WCAG 2 relative luminance of #rrggbb. */
  static double luminance(String hex) {
    double[] c = new double[3];
    for (int i = 0; i < 3; i++) {
      double v = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
      c[i] = v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }
    return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
  }

  static double contrast(String a, String b) {
    double la = luminance(a);
    double lb = luminance(b);
    return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
  }

  @Test
  void textContrastAtLeast4_5() {
    assertThat(contrast("#000000", "#ffffff")).isEqualTo(21.0);
    // every text colour on the white page, and the white status text on every status background
    Matcher m = Pattern.compile("(?<![-a-z])(color|svg text \\{[^}]*fill): (#[0-9a-f]{6})").matcher(vi.substring(0, vi.indexOf("</style>")));
    int n = 0;
    while (m.find()) {
      if (m.group(2).equals("#ffffff")) {
        continue; // the status badges' text, checked against their backgrounds below
      }
      n++;
      assertThat(contrast(m.group(2), "#ffffff")).as(m.group()).isGreaterThanOrEqualTo(4.5);
    }
    assertThat(n).isGreaterThanOrEqualTo(6);
    Matcher bg = Pattern.compile("\\.status\\.[a-z-]+ \\{ background: (#[0-9a-f]{6}); \\}").matcher(vi);
    int b = 0;
    while (bg.find()) {
      b++;
      assertThat(contrast(bg.group(1), "#ffffff")).as(bg.group()).isGreaterThanOrEqualTo(4.5);
    }
    // met, not met, no data; and a monitoring line's towards, away, unchanged
    assertThat(b).isEqualTo(6);
  }

  @Test
  void oneCardPerMonitoringLineAfterTheTargetsNeverMetOrNotMet() {
    assertThat(plan.getMonitoring()).hasSize(2);
    assertThat(count(vi, "class=\"card monitoring-card ")).isEqualTo(plan.getMonitoring().size());
    int lastTarget = vi.lastIndexOf("class=\"card target-card ");
    for (var line : plan.getMonitoring()) {
      int at = vi.indexOf("id=\"monitoring-" + line.getId() + "\"");
      assertThat(at).isGreaterThan(lastTarget);
      String card = vi.substring(at, vi.indexOf("</article>", at));
      assertThat(card).contains(line.getTextVi()).contains("Dòng theo dõi, kế hoạch không đặt số: mong muốn giảm")
          .contains("Không đánh giá đạt/chưa đạt").doesNotContain("Chưa đạt (").doesNotContain("class=\"status met");
    }
    // no earlier year given to this report: no data, said as such
    assertThat(vi).contains("không có dữ liệu: chưa có số liệu năm trước");
    assertThat(en).contains("“keep overweight and obesity among children from rising quickly” (a gloss of the plan's words)");
  }

  static int count(String s, String part) {
    int n = 0;
    for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }

  static List<String> lines(String s) {
    return s.lines().toList();
  }
}
