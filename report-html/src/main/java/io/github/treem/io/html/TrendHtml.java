package io.github.treem.io.html;

import gg.jte.html.OwaspHtmlTemplateOutput;
import gg.jte.output.StringOutput;
import io.github.treem.core.validation.Language;
import io.github.treem.indicators.DisclosureControl;
import io.github.treem.indicators.IndicatorUnit;
import io.github.treem.indicators.Trend;
import io.github.treem.indicators.ValueState;
import io.github.treem.io.internal.html.TrendView;
import io.github.treem.io.internal.html.jte.JtetrendGenerated;
import io.github.treem.io.report.TrendReport;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * The figures of a commune's reports of several years ({@link TrendReport}, {@code treem trend})
 * as one self-contained HTML page, with one small line chart (inline SVG) per indicator.
 *
 * <pre>{@code
 * TrendReport t = TrendReport.of(List.of(json2019, json2020, json2021)); // ReportDocuments, any order
 * String html = TrendHtml.of(t, Language.VI);
 * }</pre>
 *
 * <p>Output is deterministic: the same trend gives the same text. Figures hidden in any year stay
 * hidden ({@value io.github.treem.indicators.DisclosureControl#SYMBOL}).
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class TrendHtml {
  private TrendHtml() {}

  private static final int WIDTH = 420;
  private static final int HEIGHT = 170;

  /**
   * The HTML page of a trend: one section per indicator's total, with a line chart (inline SVG, no
   * script) and a table of the years, values and changes. Breakdown cells are in the trend's JSON
   * and CSV ({@link TrendReport#json(Language)}, {@link TrendReport#csv()}).
   *
   * @param report the trend of published reports
   * @param language the language of the page
   * @return the HTML document
   */
  public static String of(TrendReport report, Language language) {
    Objects.requireNonNull(report, "report must not be null");
    Objects.requireNonNull(language, "language must not be null");
    Trend trend = report.getTrend();
    boolean vi = language == Language.VI;
    NumberFormat nf = NumberFormat.getNumberInstance(language.getLocale());
    nf.setMinimumFractionDigits(0);
    nf.setMaximumFractionDigits(2);
    List<TrendView.Indicator> sections = new ArrayList<>();
    List<Integer> years = trend.getYears();
    for (Trend.Series s : trend.getTotals()) {
      boolean count = s.getIndicator().getUnit() == IndicatorUnit.COUNT;
      double max = count ? s.getPoints().stream().filter(p -> p.getValue().isPresent())
          .mapToDouble(p -> p.getValue().get().doubleValue()).max().orElse(1) : 100;
      max = Math.max(max, 1);
      int plotW = WIDTH - 60;
      int plotH = HEIGHT - 60;
      List<TrendView.Dot> dots = new ArrayList<>();
      List<TrendView.Label> labels = new ArrayList<>();
      StringBuilder line = new StringBuilder();
      List<TrendView.Row> rows = new ArrayList<>();
      List<String> words = new ArrayList<>();
      for (int k = 0; k < years.size(); k++) {
        int x = 40 + (years.size() == 1 ? plotW / 2 : k * plotW / (years.size() - 1));
        labels.add(new TrendView.Label(x, HEIGHT - 12, Integer.toString(years.get(k))));
      }
      for (Trend.Point p : s.getPoints()) {
        int k = years.indexOf(p.getYear());
        int x = 40 + (years.size() == 1 ? plotW / 2 : k * plotW / (years.size() - 1));
        String shown = p.getState() == ValueState.SUPPRESSED ? DisclosureControl.SYMBOL
            : p.getValue().map(v -> nf.format(v) + (count ? "" : "%")).orElse(vi ? "không có dữ liệu" : "no data");
        if (p.getValue().isPresent()) {
          int y = HEIGHT - 30 - (int) Math.round(p.getValue().get().doubleValue() / max * plotH);
          dots.add(new TrendView.Dot(x, y, shown));
          line.append(line.length() == 0 ? "" : " ").append(x).append(',').append(y);
        }
        String change = p.getChange().map(c -> (c.signum() > 0 ? "+" : c.signum() < 0 ? "−" : "") + nf.format(c.abs())
            + (count ? "" : vi ? " điểm %" : " pts")).orElse("–");
        rows.add(new TrendView.Row(Integer.toString(p.getYear()), shown, change));
        words.add(p.getYear() + ": " + shown);
      }
      String name = vi ? s.getIndicator().getNameVi() : s.getIndicator().getNameEn();
      sections.add(new TrendView.Indicator("trend-" + s.getIndicator().getCode(), s.getIndicator().getCode(), name,
          name, String.join("; ", words) + ".", WIDTH, HEIGHT, dots.size() > 1 ? line.toString() : "", dots, labels,
          rows));
    }
    String title = vi ? "Xu hướng các chỉ tiêu" : "Indicator trends";
    String intro = (vi ? "Các năm: " : "Years: ") + years.stream().map(String::valueOf).collect(Collectors.joining(", "))
        + (vi ? ". Số liệu đã công bố; số bị ẩn ở bất kỳ năm nào vẫn được ẩn."
            : ". Published figures; a figure hidden in any year stays hidden.");
    TrendView view = new TrendView(vi ? "vi" : "en", title, intro, vi ? "Năm" : "Year", vi ? "Giá trị" : "Value",
        vi ? "Thay đổi so với năm trước" : "Change on the year before", sections);
    StringOutput out = new StringOutput();
    JtetrendGenerated.render(new OwaspHtmlTemplateOutput(out), null, view);
    return out.toString();
  }

}
