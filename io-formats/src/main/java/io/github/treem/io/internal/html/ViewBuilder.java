package io.github.treem.io.internal.html;

import io.github.treem.core.admin.AdministrativeUnit;
import io.github.treem.core.plan.Plan;
import io.github.treem.core.plan.ResponsibleUnit;
import io.github.treem.core.plan.Target;
import io.github.treem.core.plan.TargetComparator;
import io.github.treem.indicators.BreakdownCell;
import io.github.treem.indicators.BreakdownDimension;
import io.github.treem.indicators.DataQuality;
import io.github.treem.indicators.DisclosureControl;
import io.github.treem.indicators.ExclusionReason;
import io.github.treem.indicators.Indicator;
import io.github.treem.indicators.IndicatorReport;
import io.github.treem.indicators.IndicatorResult;
import io.github.treem.indicators.IndicatorUnit;
import io.github.treem.indicators.TargetAssessment;
import io.github.treem.indicators.TargetStatus;
import io.github.treem.indicators.ValueState;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Collectors;

/**
 * Builds the {@link View.Report} of a plan and an indicator report: texts in one language,
 * numbers formatted, status assessed, chart geometry computed. Pure and deterministic.
 */
public final class ViewBuilder {
  /** Width of a chart. */
  static final int CHART_WIDTH = 640;
  /** x of the value axis origin of a chart. */
  static final int PLOT_X = 150;
  /** Width of a chart's plot. */
  static final int PLOT_WIDTH = 380;
  /** Height of one row of a chart. */
  static final int ROW = 28;
  /** Height of one bar of a chart. */
  static final int BAR = 18;
  /** Top margin of a chart. */
  static final int TOP = 24;
  /** Width of the hatched bar of a suppressed cell. */
  static final int SUPPRESSED_WIDTH = 48;
  /** Width of a gauge. */
  static final int GAUGE_WIDTH = 360;

  private final boolean vi;
  private final Plan plan;
  private final IndicatorReport report;
  private final List<Map.Entry<String, String>> manifest;
  private final Optional<IndicatorReport> previousReport;

  /**
   * A builder.
   *
   * @param vietnamese true for Vietnamese, false for English
   * @param plan the plan
   * @param report the report, suppressed
   * @param manifest the manifest entries, in order
   * @param previousReport last year's report, for INCREASE targets
   */
  public ViewBuilder(boolean vietnamese, Plan plan, IndicatorReport report, List<Map.Entry<String, String>> manifest,
      Optional<IndicatorReport> previousReport) {
    this.vi = vietnamese;
    this.plan = plan;
    this.report = report;
    this.manifest = manifest;
    this.previousReport = previousReport;
  }

  /** The previous value of a target's indicator, from last year's report, if given and computed. */
  private Optional<IndicatorResult> previous(Target target) {
    return previousReport.flatMap(p -> p.getResults().stream()
        .filter(r -> r.getCode().equals(target.getIndicatorCode())).findFirst());
  }

  private OptionalDouble referenceOf(Target target) {
    Optional<BigDecimal> r = TargetAssessment.of(target, report, previous(target)).getReference();
    return r.isPresent() ? OptionalDouble.of(r.get().doubleValue()) : OptionalDouble.empty();
  }

  /** {@return the view} */
  public View.Report build() {
    String title = vi
        ? "Báo cáo tiến độ thực hiện Kế hoạch " + plan.getNumber() + " năm " + plan.getYear()
        : "Progress report on plan " + plan.getNumber() + " for " + plan.getYear();
    List<View.Row> manifestRows = manifest.stream().map(e -> new View.Row(e.getKey(), e.getValue())).toList();
    return new View.Report(vi ? "vi" : "en", labels(), title, header(), cards(), charts(), dataQuality(),
        manifestRows);
  }

  private String t(String vietnamese, String english) {
    return vi ? vietnamese : english;
  }

  private View.Labels labels() {
    return new View.Labels(
        t("Thông tin kế hoạch", "The plan"),
        t("Chỉ tiêu của kế hoạch", "The plan's targets"),
        t("Kế hoạch không có chỉ tiêu tính được.", "The plan has no computable target."),
        t("Giá trị", "Value"),
        t("Chỉ tiêu", "Target"),
        t("Đánh giá", "Status"),
        t("Tử số", "Numerator"),
        t("Mẫu số", "Denominator"),
        t("Đơn vị chủ trì", "Lead unit"),
        t("Đơn vị phối hợp", "Co-operating units"),
        t("Các chỉ số theo địa bàn", "Indicators by place"),
        t("Báo cáo không có số liệu theo thôn hoặc địa bàn.", "The report has no breakdown by village or area."),
        t("Bảng số liệu", "Data table"),
        t("Giá trị", "Value"),
        t("Trạng thái", "State"),
        t("Chất lượng dữ liệu", "Data quality"),
        t("Số dòng dữ liệu", "Input rows"),
        t("Không có thông tin về số dòng dữ liệu đầu vào.", "No counts of input rows were given."),
        t("Trẻ bị loại khỏi chỉ số, theo lý do", "Children excluded from indicators, by reason"),
        t("Chỉ số", "Indicator"),
        t("Lý do", "Reason"),
        t("Số trẻ", "Children"),
        t("Không có trẻ nào bị loại.", "No child was excluded."),
        t("Thông tin tái lập", "Reproducibility"),
        t("Mục", "Entry"),
        t("Không có thông tin tái lập.", "No reproducibility entries were given."),
        t("Trạng thái được thể hiện bằng chữ và ký hiệu: ✓ Đạt, ✗ Chưa đạt, – Không có dữ liệu.",
            "The status is given in words and symbols: ✓ Met, ✗ Not met, – No data."));
  }

  private List<View.Row> header() {
    List<View.Row> rows = new ArrayList<>();
    rows.add(new View.Row(t("Đơn vị ban hành", "Issued by"), plan.getIssuerName()));
    plan.getIssuerUnit().map(this::place).or(() -> plan.getIssuerCommuneCode().map(c -> c.toString()))
        .ifPresent(p -> rows.add(new View.Row(t("Xã", "Commune"), p)));
    rows.add(new View.Row(t("Số kế hoạch", "Plan number"), plan.getNumber()));
    plan.getTitle().ifPresent(x -> rows.add(new View.Row(t("Tên kế hoạch", "Title"), x)));
    rows.add(new View.Row(t("Ngày ban hành", "Issued on"), date(plan.getIssueDate())));
    rows.add(new View.Row(t("Năm kế hoạch", "Plan year"), Integer.toString(plan.getYear())));
    rows.add(new View.Row(t("Năm báo cáo", "Reporting year"), Integer.toString(report.getYear())));
    rows.add(new View.Row(t("Ngày tham chiếu", "Reference date"), date(report.getReferenceDate())));
    return rows;
  }

  private String place(AdministrativeUnit u) {
    StringBuilder sb = new StringBuilder(u.getName()).append(" (").append(u.getCode()).append(')');
    for (AdministrativeUnit a : u.getAncestors()) {
      sb.append(", ").append(a.getName());
    }
    return sb.toString();
  }

  private String date(LocalDate d) {
    return vi ? String.format(Locale.ROOT, "%02d/%02d/%04d", d.getDayOfMonth(), d.getMonthValue(), d.getYear()) : d.toString();
  }

  // ---------------------------------------------------------------- numbers

  /**
   * Formats a decimal in the language: "96,40" in Vietnamese, "96.40" in English.
   *
   * @param v the number
   * @return the text
   */
  String number(BigDecimal v) {
    String s = v.toPlainString();
    return vi ? s.replace('.', ',') : s;
  }

  String count(long n) {
    String s = Long.toString(Math.abs(n));
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      if (i > 0 && (s.length() - i) % 3 == 0) {
        sb.append(vi ? '.' : ',');
      }
      sb.append(s.charAt(i));
    }
    return (n < 0 ? "-" : "") + sb;
  }

  private String value(IndicatorUnit unit, BigDecimal v) {
    return unit == IndicatorUnit.PERCENT ? number(v) + "%" : count(v.longValueExact());
  }

  private String reference(IndicatorUnit unit, double ref) {
    BigDecimal b = BigDecimal.valueOf(ref).stripTrailingZeros();
    if (b.scale() < 0) {
      b = b.setScale(0, RoundingMode.UNNECESSARY);
    }
    return unit == IndicatorUnit.PERCENT ? number(b) + "%" : number(b);
  }

  private static String symbol(TargetComparator c) {
    switch (c) {
      case AT_LEAST:
        return "≥";
      case AT_MOST:
        return "≤";
      case BELOW:
        return "<";
      default:
        return ">";
    }
  }

  // ---------------------------------------------------------------- cards

  private List<View.Card> cards() {
    List<View.Card> cards = new ArrayList<>();
    for (Target target : plan.getTargets()) {
      cards.add(card(target));
    }
    return cards;
  }

  private Optional<IndicatorResult> resultOf(String code) {
    return report.getResults().stream().filter(r -> r.getCode().equals(code)).findFirst();
  }

  private View.Card card(Target target) {
    Optional<IndicatorResult> result = resultOf(target.getIndicatorCode());
    IndicatorUnit unit = result.map(r -> r.getIndicator().getUnit()).orElse(IndicatorUnit.PERCENT);
    String name = result.map(r -> name(r.getIndicator())).orElse(target.getIndicatorCode());
    OptionalDouble ref = referenceOf(target);
    String requirement;
    if (target.getComparator() == TargetComparator.INCREASE) {
      requirement = t("tăng so với năm trước", "an increase on the previous year")
          + (ref.isPresent() ? " (> " + reference(unit, ref.getAsDouble()) + ")" : "");
    } else {
      requirement = symbol(target.getComparator()) + " " + reference(unit, ref.getAsDouble());
    }
    Optional<BigDecimal> value = result.flatMap(IndicatorResult::getValue);
    TargetAssessment assessment = TargetAssessment.of(target, report, previous(target));
    ref = referenceOf(target);
    String status;
    String statusSymbol;
    String statusText;
    if (assessment.getStatus() == TargetStatus.MET) {
      status = "met";
      statusSymbol = "✓";
      statusText = t("Đạt", "Met");
    } else if (assessment.getStatus() == TargetStatus.NOT_MET) {
      BigDecimal g = assessment.getGap().orElse(BigDecimal.ZERO).abs().setScale(2, RoundingMode.HALF_UP);
      String gapText = unit == IndicatorUnit.PERCENT
          ? t("cách chỉ tiêu " + number(g) + " điểm phần trăm", number(g) + " percentage points from the target")
          : t("cách chỉ tiêu " + number(g), number(g) + " from the target");
      status = "not-met";
      statusSymbol = "✗";
      statusText = t("Chưa đạt", "Not met") + " (" + gapText + ")";
    } else {
      status = "no-data";
      statusSymbol = "–";
      if (result.isEmpty()) {
        statusText = t("Không có dữ liệu (chỉ số không được tính)", "No data (the indicator was not computed)");
      } else if (value.isEmpty()) {
        statusText = t("Không có dữ liệu (mẫu số bằng 0)", "No data (the denominator is 0)");
      } else {
        statusText = t("Không đánh giá được: chưa có số liệu năm trước", "Cannot be assessed: no previous year's value");
      }
    }
    String valueText = value.map(v -> value(unit, v)).orElse(t("không có dữ liệu", "no data"));
    Optional<BigDecimal> before = previous(target).flatMap(IndicatorResult::getValue);
    if (before.isPresent()) {
      // last year's value and the change beside this year's
      int y = previousReport.orElseThrow().getYear();
      valueText += " (" + t("năm ", "") + y + ": " + value(unit, before.get())
          + value.map(v -> {
            BigDecimal c = v.subtract(before.get());
            return ", " + t("thay đổi ", "change ") + (c.signum() > 0 ? "+" : c.signum() < 0 ? "−" : "")
                + (unit == IndicatorUnit.PERCENT ? number(c.abs()) + t(" điểm phần trăm", " percentage points")
                    : count(c.abs().longValue()));
          }).orElse("") + ")";
    }
    String num = result.map(r -> count(r.getNumerator()) + " – " + t(r.getIndicator().getNumeratorVi(),
        r.getIndicator().getNumeratorEn())).orElse("–");
    String den = result.map(r -> unit == IndicatorUnit.COUNT ? "–" : count(r.getDenominator()) + " – "
        + t(r.getIndicator().getDenominatorVi(), r.getIndicator().getDenominatorEn())).orElse("–");
    String lead = plan.unit(target.getLeadUnitId()).map(this::unitName).orElse(target.getLeadUnitId())
        + (target.isLeadUnitInferred() ? t(" (suy ra: kế hoạch không nêu đơn vị chủ trì)", " (inferred: the plan names no lead unit)") : "");
    String coop = target.getCooperatingUnitIds().stream()
        .map(id -> plan.unit(id).map(this::unitName).orElse(id)).collect(Collectors.joining("; "));
    View.Gauge gauge = gauge(unit, name, value, ref, requirement);
    return new View.Card("target-" + htmlId(target.getId()), target.getIndicatorCode(), name, target.getTextVi(),
        requirement, valueText, status, statusSymbol, statusText, num, den, lead, coop, gauge);
  }

  private String unitName(ResponsibleUnit u) {
    return vi || u.getNameEn().isBlank() ? u.getNameVi() : u.getNameEn();
  }

  private String name(Indicator i) {
    return t(i.getNameVi(), i.getNameEn());
  }

  private View.Gauge gauge(IndicatorUnit unit, String name, Optional<BigDecimal> value, OptionalDouble ref,
      String requirement) {
    double max = unit == IndicatorUnit.PERCENT ? 100.0
        : niceMax(Math.max(value.map(BigDecimal::doubleValue).orElse(0.0), ref.orElse(0.0)));
    int barWidth = value.map(v -> scale(v.doubleValue(), max, GAUGE_WIDTH)).orElse(0);
    boolean hasThreshold = ref.isPresent();
    int tx = hasThreshold ? scale(ref.getAsDouble(), max, GAUGE_WIDTH) : 0;
    String anchor = tx > GAUGE_WIDTH - 70 ? "end" : tx < 70 ? "start" : "middle";
    String scaleLabel = unit == IndicatorUnit.PERCENT ? "100%" : count((long) max);
    String title = name;
    String desc = t("Giá trị: ", "Value: ") + value.map(v -> value(unit, v)).orElse(t("không có dữ liệu", "no data"))
        + "; " + t("chỉ tiêu: ", "target: ") + requirement + "; " + t("thang đo từ 0 đến ", "scale from 0 to ")
        + scaleLabel + ".";
    int trackY = 22;
    int trackHeight = 16;
    int height = 56;
    return new View.Gauge(GAUGE_WIDTH + 20, height, trackY, trackHeight, barWidth, hasThreshold, tx + 10,
        t("chỉ tiêu ", "target ") + requirement, tx + 10, anchor, scaleLabel, title, desc, GAUGE_WIDTH,
        trackY - 6, trackY + trackHeight + 6, trackY - 9, height - 2, GAUGE_WIDTH + 10);
  }

  static int scale(double v, double max, int width) {
    if (max <= 0) {
      return 0;
    }
    double c = Math.max(0.0, Math.min(v, max));
    return (int) Math.round(c / max * width);
  }

  /**
   * A round upper bound of a scale: 1, 2 or 5 times a power of ten, at least {@code v} (and at
   * least 4, so that four ticks are whole numbers).
   *
   * @param v the largest value shown
   * @return the bound
   */
  static double niceMax(double v) {
    double m = Math.max(v, 4.0);
    double p = Math.pow(10, Math.floor(Math.log10(m)));
    for (double f : new double[] {1, 2, 4, 5, 10}) {
      if (f * p >= m) {
        return f * p;
      }
    }
    return 10 * p;
  }

  static String htmlId(String s) {
    StringBuilder sb = new StringBuilder();
    for (char c : s.toCharArray()) {
      sb.append(c < 128 && (Character.isLetterOrDigit(c) || c == '-' || c == '_') ? c : '-');
    }
    return sb.toString();
  }

  // ---------------------------------------------------------------- charts

  private List<View.Chart> charts() {
    List<View.Chart> charts = new ArrayList<>();
    for (IndicatorResult r : report.getResults()) {
      Optional<BreakdownDimension> dim = placeDimension(r);
      dim.ifPresent(d -> charts.add(chart(r, d, naturalOrder(r.getBreakdowns().get(d)))));
    }
    return charts;
  }

  /** The cells in the order of the report's breakdowns ({@link BreakdownCell#keyOrder()}). */
  static List<BreakdownCell> naturalOrder(List<BreakdownCell> cells) {
    List<BreakdownCell> sorted = new ArrayList<>(cells);
    sorted.sort(Comparator.comparing(BreakdownCell::getKey, BreakdownCell.keyOrder()));
    return sorted;
  }

  private static Optional<BreakdownDimension> placeDimension(IndicatorResult r) {
    Map<BreakdownDimension, List<BreakdownCell>> b = r.getBreakdowns();
    List<BreakdownCell> area = b.get(BreakdownDimension.AREA);
    List<BreakdownCell> village = b.get(BreakdownDimension.VILLAGE);
    if (area != null && area.size() > 1) {
      return Optional.of(BreakdownDimension.AREA);
    }
    if (village != null && !village.isEmpty()) {
      return Optional.of(BreakdownDimension.VILLAGE);
    }
    if (area != null && !area.isEmpty()) {
      return Optional.of(BreakdownDimension.AREA);
    }
    return Optional.empty();
  }

  private String key(String key) {
    return BreakdownDimension.UNKNOWN.equals(key) ? t("Không rõ", "Unknown") : key;
  }

  private View.Chart chart(IndicatorResult r, BreakdownDimension dim, List<BreakdownCell> cells) {
    IndicatorUnit unit = r.getIndicator().getUnit();
    String name = name(r.getIndicator());
    String dimName = t(dim.getNameVi(), dim.getNameEn());
    Optional<Target> target = plan.targetFor(r.getCode());
    OptionalDouble ref = target.map(this::referenceOf).orElse(OptionalDouble.empty());
    double largest = cells.stream().flatMap(c -> c.getValue().stream()).mapToDouble(BigDecimal::doubleValue).max()
        .orElse(0.0);
    double max = unit == IndicatorUnit.PERCENT ? 100.0 : niceMax(Math.max(largest, ref.orElse(0.0)));
    String id = "chart-" + htmlId(r.getCode());
    List<View.Bar> bars = new ArrayList<>();
    List<View.TableRow> rows = new ArrayList<>();
    int suppressed = 0;
    int i = 0;
    StringBuilder desc = new StringBuilder();
    desc.append(t("Biểu đồ thanh ngang, mỗi thanh là một ", "Horizontal bar chart, one bar per "))
        .append(dimName).append(t(", thang đo từ 0 đến ", ", scale from 0 to "))
        .append(unit == IndicatorUnit.PERCENT ? "100%" : count((long) max)).append(". ");
    for (BreakdownCell c : cells) {
      int y = TOP + i * ROW + (ROW - BAR) / 2;
      int textY = TOP + i * ROW + ROW / 2 + 5;
      String label = key(c.getKey());
      String valueText;
      int w;
      boolean sup = c.getState() == ValueState.SUPPRESSED;
      boolean noData = c.getState() == ValueState.NO_DATA;
      if (sup) {
        suppressed++;
        w = SUPPRESSED_WIDTH;
        valueText = DisclosureControl.SYMBOL + t(" (ẩn)", " (hidden)");
      } else if (noData) {
        w = 0;
        valueText = t("không có dữ liệu", "no data");
      } else {
        BigDecimal v = c.getValue().orElseThrow();
        w = scale(v.doubleValue(), max, PLOT_WIDTH);
        valueText = value(unit, v);
      }
      bars.add(new View.Bar(label, PLOT_X - 8, textY, PLOT_X, y, w, BAR, valueText, PLOT_X + w + 6, sup, noData));
      desc.append(label).append(": ").append(valueText).append("; ");
      rows.add(new View.TableRow(label,
          c.getNumerator().isPresent() ? count(c.getNumerator().getAsLong()) : DisclosureControl.SYMBOL,
          unit == IndicatorUnit.COUNT ? "–" : c.getDenominator().isPresent() ? count(c.getDenominator().getAsLong())
              : DisclosureControl.SYMBOL,
          sup ? DisclosureControl.SYMBOL : noData ? "–" : valueText,
          t(c.getState().getNameVi(), c.getState().getNameEn()), sup));
      i++;
    }
    int axisY = TOP + cells.size() * ROW + 4;
    List<View.Tick> ticks = new ArrayList<>();
    for (int k = 0; k <= 4; k++) {
      double tv = max * k / 4;
      String lbl = unit == IndicatorUnit.PERCENT ? count(Math.round(tv)) + "%" : count(Math.round(tv));
      ticks.add(new View.Tick(PLOT_X + scale(tv, max, PLOT_WIDTH), lbl));
    }
    boolean hasThreshold = ref.isPresent();
    String thresholdLabel = "";
    int thresholdX = 0;
    if (hasThreshold) {
      thresholdX = PLOT_X + scale(ref.getAsDouble(), max, PLOT_WIDTH);
      thresholdLabel = t("chỉ tiêu ", "target ")
          + (target.get().getComparator() == TargetComparator.INCREASE ? ">" : symbol(target.get().getComparator()))
          + " " + reference(unit, ref.getAsDouble());
      desc.append(t("Đường nét đứt: ", "Dashed line: ")).append(thresholdLabel).append('.');
    }
    String note = suppressed == 0 ? ""
        : t(suppressed + " ô được ẩn (thanh gạch chéo). ", suppressed + " cells hidden (hatched bar). ")
            + t(DisclosureControl.NOTE_VI, DisclosureControl.NOTE_EN);
    String title = name + " " + t("theo ", "by ") + dimName;
    return new View.Chart(id, id + "-hatch", title, desc.toString().strip(), dimName, CHART_WIDTH, axisY + 28,
        PLOT_X, PLOT_WIDTH, axisY, bars, ticks, hasThreshold, thresholdX, thresholdLabel, rows, note);
  }

  // ---------------------------------------------------------------- data quality

  private View.DataQualityView dataQuality() {
    Optional<DataQuality> dq = report.getDataQuality();
    List<View.Row> rows = new ArrayList<>();
    dq.ifPresent(d -> {
      rows.add(new View.Row(t("Số dòng đã đọc", "Rows read"), count(d.getRowsRead())));
      rows.add(new View.Row(t("Số dòng được chấp nhận", "Rows accepted"), count(d.getRowsAccepted())));
      rows.add(new View.Row(t("Số dòng bị loại do lỗi", "Rows rejected"), count(d.getRowsRejected())));
    });
    List<View.ExclusionRow> ex = new ArrayList<>();
    for (IndicatorResult r : report.getResults()) {
      for (ExclusionReason reason : ExclusionReason.values()) {
        boolean hidden = r.getSuppressedExclusions().contains(reason);
        if (hidden || r.getExclusions().containsKey(reason)) {
          ex.add(new View.ExclusionRow(name(r.getIndicator()), t(reason.getNameVi(), reason.getNameEn()),
              reason.name(), hidden ? DisclosureControl.SYMBOL : count(r.getExclusions().get(reason))));
        }
      }
    }
    String note = t("Số liệu đã qua kiểm soát công bố: số nhỏ của các nhóm nhạy cảm được ẩn, cùng với các số cần ẩn "
        + "thêm để không suy ra được số bị ẩn. ", "Disclosure control has been applied: small numbers of sensitive "
        + "groups are hidden, with enough other figures that the hidden ones cannot be worked out. ")
        + t(DisclosureControl.NOTE_VI, DisclosureControl.NOTE_EN);
    return new View.DataQualityView(dq.isPresent(), rows, ex, note);
  }
}
