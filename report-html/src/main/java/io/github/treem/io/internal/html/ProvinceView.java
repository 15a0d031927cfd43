package io.github.treem.io.internal.html;

import io.github.treem.core.plan.Target;
import io.github.treem.core.plan.TargetComparator;
import io.github.treem.indicators.DisclosureControl;
import io.github.treem.indicators.IndicatorUnit;
import io.github.treem.indicators.Indicators;
import io.github.treem.indicators.TargetStatus;
import io.github.treem.indicators.ValueState;
import io.github.treem.io.submission.ProvinceStanding;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The province's view of its targets as the HTML report of a merge shows it: per target, the
 * communes counted by status in one stacked bar (inline SVG), the districts and the province
 * against the threshold (bars and a table), and the communes that do not meet it, ranked. Built
 * from a {@link ProvinceStanding} (published figures only); the template only places these values.
 *
 * @param heading the section's h2
 * @param intro the line under it
 * @param colArea header of the area column
 * @param colValue header of the value column
 * @param colStatus header of the status column
 * @param colCoverage header of the coverage column
 * @param colRank header of the rank column
 * @param colGap header of the gap column
 * @param notMetHeading the heading of the ranked list
 * @param noneNotMet the text when every commune assessed meets the target
 * @param targets one block per target
 */
public record ProvinceView(String heading, String intro, String colArea, String colValue, String colStatus,
    String colCoverage, String colRank, String colGap, String notMetHeading, String noneNotMet,
    List<TargetBlock> targets) {

  /** Width of the charts (SVG user units). */
  static final int WIDTH = 640;
  private static final int PLOT_X = 190;
  private static final int PLOT_WIDTH = 360;
  private static final int ROW = 24;
  private static final int BAR = 16;
  private static final int TOP = 22;

  /**
   * One target.
   *
   * @param id the block's HTML id
   * @param title the title (target id and indicator name)
   * @param requirement the requirement in words (comparator and threshold)
   * @param summary the counts in words
   * @param counts the stacked bar of the communes by status
   * @param areas the bar chart of the districts and the province against the threshold
   * @param rows the table of the districts and the province
   * @param notMet the ranked list of the communes that do not meet the target
   */
  public record TargetBlock(String id, String title, String requirement, String summary, Stack counts, Bars areas,
      List<AreaRow> rows, List<AreaRow> notMet) {
    /** {@return whether some commune does not meet the target} */
    public boolean hasNotMet() {
      return !notMet.isEmpty();
    }
  }

  /**
   * A stacked bar of counts.
   *
   * @param width the SVG width
   * @param height the SVG height
   * @param title the chart's title
   * @param desc the chart's description (every count in words)
   * @param segments the segments, left to right
   */
  public record Stack(int width, int height, String title, String desc, List<Segment> segments) {}

  /**
   * A segment of the stacked bar, with its legend entry below.
   *
   * @param cssClass {@code met}, {@code not-met}, {@code hidden}, {@code no-data}, {@code missing}
   * @param x x
   * @param width width (0 for an empty count: only the legend is drawn)
   * @param legendX the legend's x
   * @param legend the legend text (status and count)
   */
  public record Segment(String cssClass, int x, int width, int legendX, String legend) {}

  /**
   * A horizontal bar chart of areas with the threshold as a line.
   *
   * @param width the SVG width
   * @param height the SVG height
   * @param title the chart's title
   * @param desc the chart's description
   * @param axisY the y of the axis
   * @param plotX x of the plot's start
   * @param plotEndX x of the plot's end
   * @param thresholdX x of the threshold line, -1 when none
   * @param thresholdLabel the threshold's label
   * @param bars one bar per area
   */
  public record Bars(int width, int height, String title, String desc, int axisY, int plotX, int plotEndX,
      int thresholdX, String thresholdLabel, List<AreaBar> bars) {
    /** {@return whether a threshold line is drawn} */
    public boolean hasThreshold() {
      return thresholdX >= 0;
    }
  }

  /**
   * One bar.
   *
   * @param label the area's name
   * @param y y of the bar
   * @param textY y of its texts
   * @param barWidth the bar's width (0 when hidden or no data)
   * @param cssClass {@code met}, {@code not-met} or {@code no-data}
   * @param hidden whether the figure is hidden (a hatched box is drawn)
   * @param valueX x of the value text
   * @param valueText the value as shown
   */
  public record AreaBar(String label, int y, int textY, int barWidth, String cssClass, boolean hidden, int valueX,
      String valueText) {}

  /**
   * A row of an area table.
   *
   * @param rank the rank (empty in the table of districts)
   * @param area the area's name and code
   * @param value the value as shown
   * @param status the status in words
   * @param cssClass the status's CSS class
   * @param gap the gap as shown (empty unless not met)
   * @param coverage the communes received of those expected
   */
  public record AreaRow(String rank, String area, String value, String status, String cssClass, String gap,
      String coverage) {}

  /**
   * The view of a standing.
   *
   * @param standing the province's standing
   * @param vi whether in Vietnamese
   * @return the view
   */
  public static ProvinceView of(ProvinceStanding standing, boolean vi) {
    List<TargetBlock> blocks = new ArrayList<>();
    for (ProvinceStanding.TargetStanding t : standing.getTargets()) {
      blocks.add(block(t, vi));
    }
    return new ProvinceView(vi ? "Toàn tỉnh: các xã so với chỉ tiêu" : "Province view: communes against the targets",
        vi ? "Mỗi chỉ tiêu: số xã đạt, không đạt, bị ẩn (số nhỏ), không có dữ liệu và chưa gửi báo cáo; giá trị của"
            + " các huyện và của tỉnh so với ngưỡng; danh sách các xã không đạt, xã xa chỉ tiêu nhất trước. Chỉ dùng"
            + " số liệu đã công bố: một số bị ẩn không cho biết xã đạt hay không đạt. Đơn vị hành chính tại ngày "
            + date(standing.getDate(), true) + "."
            : "For each target: the communes that meet it, do not, are hidden (small numbers), have no data or sent"
                + " nothing; the districts' and the province's values against the threshold; the communes that do not"
                + " meet it, the furthest first. Published figures only: a hidden figure does not tell whether its"
                + " commune meets the target. Administrative units as of " + date(standing.getDate(), false) + ".",
        vi ? "Đơn vị" : "Area", vi ? "Giá trị" : "Value", vi ? "Tình trạng" : "Status",
        vi ? "Xã đã gửi / dự kiến" : "Communes received / expected", vi ? "Hạng" : "Rank",
        vi ? "Chênh lệch" : "Gap", vi ? "Các xã không đạt (xa chỉ tiêu nhất trước)"
            : "Communes that do not meet the target (furthest first)",
        vi ? "Không có xã nào (trong số xã có số liệu công bố) không đạt." : "No commune with a published figure misses it.",
        List.copyOf(blocks));
  }

  private static TargetBlock block(ProvinceStanding.TargetStanding t, boolean vi) {
    Target target = t.getTarget();
    IndicatorUnit unit = Indicators.fromCode(target.getIndicatorCode()).map(Indicators::getUnit)
        .orElse(IndicatorUnit.PERCENT);
    String name = Indicators.fromCode(target.getIndicatorCode()).map(i -> vi ? i.getNameVi() : i.getNameEn())
        .orElse(target.getIndicatorCode());
    String id = "province-" + ViewBuilder.htmlId(target.getId());
    Optional<BigDecimal> threshold = target.getComparator() == TargetComparator.INCREASE ? target.getBaseline()
        : target.getThreshold();
    String requirement = (vi ? target.getComparator().getNameVi() : target.getComparator().getNameEn())
        + threshold.map(v -> " " + reference(unit, v, vi)).orElse("");
    long met = t.getCommunesMet();
    long notMet = t.getCommunesNotMet().size();
    long hidden = t.getCommunesHidden();
    long noData = t.getCommunesNoData();
    long missing = t.getCommunesMissing().size();
    long all = t.getCommunes().size();
    String summary = vi
        ? met + " / " + all + " xã đạt; " + notMet + " không đạt; " + hidden + " bị ẩn; " + noData
            + " không có dữ liệu; " + missing + " chưa gửi báo cáo."
        : met + " of " + all + " communes meet it; " + notMet + " do not; " + hidden + " hidden; " + noData
            + " no data; " + missing + " sent nothing.";
    Stack stack = stack(vi, name, all, new long[] {met, notMet, hidden, noData, missing}, summary);
    List<ProvinceStanding.AreaStanding> areas = new ArrayList<>(t.getProvinces());
    areas.addAll(t.getDistricts());
    List<AreaRow> rows = new ArrayList<>();
    for (ProvinceStanding.AreaStanding a : areas) {
      rows.add(row("", a, unit, vi));
    }
    List<AreaRow> ranked = new ArrayList<>();
    int rank = 0;
    for (ProvinceStanding.AreaStanding a : t.getCommunesNotMet()) {
      ranked.add(row(Integer.toString(++rank), a, unit, vi));
    }
    return new TargetBlock(id, target.getId() + " · " + name, requirement, summary, stack,
        bars(vi, name, unit, threshold, areas), List.copyOf(rows), List.copyOf(ranked));
  }

  private static final String[] CLASSES = {"met", "not-met", "hidden", "no-data", "missing"};

  private static Stack stack(boolean vi, String name, long all, long[] counts, String summary) {
    String[] words = vi ? new String[] {"đạt", "không đạt", "bị ẩn", "không có dữ liệu", "chưa gửi"}
        : new String[] {"met", "not met", "hidden", "no data", "sent nothing"};
    int plot = WIDTH - 20;
    List<Segment> segs = new ArrayList<>();
    int x = 10;
    int legendX = 10;
    for (int k = 0; k < counts.length; k++) {
      int w = all == 0 ? 0 : (int) Math.round((double) counts[k] * plot / all);
      if (k == counts.length - 1) {
        w = Math.max(0, Math.min(w, 10 + plot - x));
      }
      segs.add(new Segment(CLASSES[k], x, w, legendX, words[k] + ": " + counts[k]));
      x += w;
      legendX += plot / counts.length;
    }
    return new Stack(WIDTH, 64, (vi ? "Số xã theo tình trạng: " : "Communes by status: ") + name, summary,
        List.copyOf(segs));
  }

  private static Bars bars(boolean vi, String name, IndicatorUnit unit, Optional<BigDecimal> threshold,
      List<ProvinceStanding.AreaStanding> areas) {
    double max = unit == IndicatorUnit.PERCENT ? 100 : 1;
    for (ProvinceStanding.AreaStanding a : areas) {
      max = Math.max(max, a.getValue().map(BigDecimal::doubleValue).orElse(0d));
    }
    if (unit != IndicatorUnit.PERCENT) {
      max = ViewBuilder.niceMax(Math.max(max, threshold.map(BigDecimal::doubleValue).orElse(0d)));
    }
    final double scaleMax = max <= 0 ? 1 : max;
    List<AreaBar> bars = new ArrayList<>();
    List<String> words = new ArrayList<>();
    int y = TOP;
    for (ProvinceStanding.AreaStanding a : areas) {
      boolean hidden = a.getState() == ValueState.SUPPRESSED;
      String shown = shown(a, unit, vi);
      int barWidth = a.getValue().map(v -> ViewBuilder.scale(v.doubleValue(), scaleMax, PLOT_WIDTH)).orElse(0);
      bars.add(new AreaBar(a.getName(), y, y + BAR - 3, barWidth, css(a.getAssessment().getStatus()), hidden,
          PLOT_X + Math.max(barWidth, hidden ? 40 : 0) + 6, shown));
      words.add(a.getName() + ": " + shown);
      y += ROW;
    }
    int thresholdX = threshold.map(v -> PLOT_X + ViewBuilder.scale(v.doubleValue(), scaleMax, PLOT_WIDTH)).orElse(-1);
    String label = threshold.map(v -> reference(unit, v, vi)).orElse("");
    return new Bars(WIDTH, y + 10, (vi ? "Huyện và tỉnh so với ngưỡng: " : "Districts and province against the threshold: ")
        + name, String.join("; ", words) + ".", y, PLOT_X, PLOT_X + PLOT_WIDTH, thresholdX, label, List.copyOf(bars));
  }

  private static AreaRow row(String rank, ProvinceStanding.AreaStanding a, IndicatorUnit unit, boolean vi) {
    TargetStatus s = a.getAssessment().getStatus();
    String status = a.getState() == ValueState.SUPPRESSED ? (vi ? "bị ẩn" : "hidden")
        : a.getReceived() == 0 && a.getExpected() > 0 ? (vi ? "chưa gửi" : "sent nothing")
        : vi ? s.getNameVi() : s.getNameEn();
    String gap = a.getAssessment().getGap().map(g -> (g.signum() > 0 ? "+" : g.signum() < 0 ? "−" : "")
        + number(g.abs(), vi) + (unit == IndicatorUnit.PERCENT ? (vi ? " điểm %" : " pts") : "")).orElse("");
    return new AreaRow(rank, a.getName() + " (" + a.getCode() + ")", shown(a, unit, vi), status, css(s), gap,
        a.getReceived() + " / " + a.getExpected());
  }

  private static String shown(ProvinceStanding.AreaStanding a, IndicatorUnit unit, boolean vi) {
    if (a.getState() == ValueState.SUPPRESSED) {
      return DisclosureControl.SYMBOL;
    }
    return a.getValue().map(v -> unit == IndicatorUnit.PERCENT ? number(v, vi) + "%" : number(v, vi)).orElse("–");
  }

  private static String css(TargetStatus s) {
    return switch (s) {
      case MET -> "met";
      case NOT_MET -> "not-met";
      default -> "no-data";
    };
  }

  private static String reference(IndicatorUnit unit, BigDecimal ref, boolean vi) {
    BigDecimal b = ref.stripTrailingZeros();
    if (b.scale() < 0) {
      b = b.setScale(0, RoundingMode.UNNECESSARY);
    }
    return number(b, vi) + (unit == IndicatorUnit.PERCENT ? "%" : "");
  }

  private static String number(BigDecimal v, boolean vi) {
    String s = v.toPlainString();
    return vi ? s.replace('.', ',') : s;
  }

  private static String date(java.time.LocalDate d, boolean vi) {
    return vi ? String.format(java.util.Locale.ROOT, "%02d/%02d/%04d", d.getDayOfMonth(), d.getMonthValue(), d.getYear())
        : d.toString();
  }
}
