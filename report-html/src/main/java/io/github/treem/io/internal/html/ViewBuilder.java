package io.github.treem.io.internal.html;

import io.github.treem.core.admin.AdministrativeUnit;
import io.github.treem.core.plan.AssignmentBasis;
import io.github.treem.core.plan.MonitoringLine;
import io.github.treem.core.plan.Plan;
import io.github.treem.core.plan.PlanItem;
import io.github.treem.core.plan.ResponsibleUnit;
import io.github.treem.core.plan.Target;
import io.github.treem.core.plan.TargetComparator;
import io.github.treem.indicators.BreakdownCell;
import io.github.treem.indicators.BreakdownDimension;
import io.github.treem.indicators.CaseIndicators;
import io.github.treem.indicators.DataQuality;
import io.github.treem.indicators.DisclosureControl;
import io.github.treem.indicators.ExclusionReason;
import io.github.treem.indicators.Indicator;
import io.github.treem.indicators.IndicatorReport;
import io.github.treem.indicators.IndicatorResult;
import io.github.treem.indicators.IndicatorUnit;
import io.github.treem.indicators.Indicators;
import io.github.treem.indicators.MonitoringAssessment;
import io.github.treem.indicators.MonitoringStatus;
import io.github.treem.indicators.ReportManifest;
import io.github.treem.indicators.TargetAssessment;
import io.github.treem.indicators.TargetStatus;
import io.github.treem.indicators.ValueFormat;
import io.github.treem.indicators.ValueState;
import io.github.treem.indicators.cases.MedianDaysToPlan;
import io.github.treem.io.report.ReportCsv;
import io.github.treem.io.report.ReportDocument;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
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
  private final ReportDocument document;
  private final IndicatorReport report;

  /**
   * A builder.
   *
   * @param vietnamese true for Vietnamese, false for English
   * @param plan the plan
   * @param document the document as published ({@link ReportDocument#published()}): every figure
   *     shown is its, displayed by its {@link ReportDocument#format}
   */
  public ViewBuilder(boolean vietnamese, Plan plan, ReportDocument document) {
    this.vi = vietnamese;
    this.plan = plan;
    this.document = document;
    this.report = document.getReport();
  }

  /** The document's assessment of a target, else one made on the report (no earlier year). */
  private TargetAssessment assessment(Target target) {
    return document.getTargets().stream().filter(a -> a.getTargetId().equals(target.getId())
        && a.getIndicatorCode().equals(target.getIndicatorCode())).findFirst()
        .orElseGet(() -> TargetAssessment.of(target, report, Optional.empty()));
  }

  /** The reference of a target as shown (threshold as written, last year's value displayed). */
  private Optional<BigDecimal> referenceOf(Target target) {
    TargetAssessment a = assessment(target);
    return resultOf(target.getIndicatorCode()).map(r -> document.format(r).reference(a))
        .orElse(a.getReference());
  }

  /** {@return the view} */
  public View.Report build() {
    String title = vi
        ? "Báo cáo tiến độ thực hiện Kế hoạch " + plan.getNumber() + " năm " + plan.getYear()
        : "Progress report on plan " + plan.getNumber() + " for " + plan.getYear();
    return new View.Report(vi ? "vi" : "en", labels(), title, banners(), header(), cards(), charts(), tables(), dataQuality(),
        manifestRows());
  }

  /** The banners above everything: synthetic data; figures not suppressed (internal use). */
  private List<String> banners() {
    List<String> banners = new ArrayList<>();
    if (document.getManifest().map(ReportManifest::isSyntheticData).orElse(false)) {
      banners.add(t(ReportManifest.SYNTHETIC_VI, ReportManifest.SYNTHETIC_EN));
    }
    if (document.isUnsuppressedForInternalUse()) {
      banners.add(t("KHÔNG ẩn số nhỏ: chỉ dùng nội bộ, không công bố",
          "NOT suppressed: internal use only, never publish"));
    }
    return banners;
  }

  /**
   * The manifest as rows: the treem version, the year, the reference date, whether the data are
   * synthetic, then each option, input (its SHA-256, then the encoding it was read in) and WHO table.
   */
  private List<View.Row> manifestRows() {
    List<View.Row> rows = new ArrayList<>();
    document.getManifest().ifPresent(m -> {
      rows.add(new View.Row("treem", m.getTreemVersion()));
      rows.add(new View.Row("year", Integer.toString(m.getYear())));
      rows.add(new View.Row("referenceDate", m.getReferenceDate().toString()));
      rows.add(new View.Row("syntheticData", Boolean.toString(m.isSyntheticData())));
      m.getOptions().forEach((k, v) -> rows.add(new View.Row("option " + k, v)));
      m.getInputs().forEach((k, v) -> rows.add(new View.Row("input " + k + " (sha256)", v)));
      m.getInputEncodings().forEach((k, v) -> rows.add(new View.Row("input " + k + " (encoding)", v)));
      m.getGrowthTables().forEach((k, v) -> rows.add(new View.Row("WHO table " + k + " (sha256)", v)));
    });
    return rows;
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
            "The status is given in words and symbols: ✓ Met, ✗ Not met, – No data."),
        t("Lưu ý", "Caveat"),
        t("Các phân tổ khác", "Other breakdowns"));
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

  /** A reference as shown (its decimals as written or displayed; trailing zeros of a threshold dropped). */
  private String reference(IndicatorUnit unit, BigDecimal ref) {
    BigDecimal b = ref.stripTrailingZeros();
    if (b.scale() < 0) {
      b = b.setScale(0, RoundingMode.UNNECESSARY);
    }
    return unit == IndicatorUnit.PERCENT ? number(b) + "%" : number(b);
  }

  private static String symbol(TargetComparator c) {
    return switch (c) {
      case AT_LEAST -> "≥";
      case AT_MOST -> "≤";
      case BELOW -> "<";
      default -> ">";
    };
  }

  // ---------------------------------------------------------------- cards

  private List<View.Card> cards() {
    List<View.Card> cards = new ArrayList<>();
    for (Target target : plan.getTargets()) {
      cards.add(card(target));
    }
    // the aims without a number, beside the targets: never met or not met
    for (MonitoringAssessment m : document.monitoring()) {
      cards.add(card(m));
    }
    return cards;
  }

  /**
   * The card of a monitoring line: the plan's words, the direction asked, this year's value with
   * last year's and the change, and whether it goes the plan's way; a hidden value, and the change
   * and direction beside it, are x.
   */
  private View.Card card(MonitoringAssessment m) {
    MonitoringLine line = m.getLine();
    String code = m.getIndicatorCode();
    Optional<IndicatorResult> result = resultOf(code);
    IndicatorUnit unit = result.map(r -> r.getIndicator().getUnit()).orElse(IndicatorUnit.PERCENT);
    String name = result.map(r -> name(r.getIndicator())).orElse(code);
    String requirement = t("Dòng theo dõi, kế hoạch không đặt số: mong muốn ", "Monitoring line, the plan sets no number: desired ")
        + t(line.getDirection().getNameVi(), line.getDirection().getNameEn());
    boolean hidden = m.getState() == ValueState.SUPPRESSED;
    String valueText = hidden ? DisclosureControl.SYMBOL
        : m.getValue().map(v -> value(unit, v)).orElse(t("không có dữ liệu", "no data"));
    if (m.getPreviousYear().isPresent()) {
      String before = m.getPreviousState().filter(ValueState.SUPPRESSED::equals).isPresent() ? DisclosureControl.SYMBOL
          : m.getPreviousValue().map(v -> value(unit, v)).orElse(t("không có dữ liệu", "no data"));
      String change = m.getStatus() == MonitoringStatus.SUPPRESSED ? ", " + t("thay đổi ", "change ") + DisclosureControl.SYMBOL
          : m.getChange().map(c -> ", " + change(unit, c)).orElse("");
      valueText += " (" + t("năm ", "") + m.getPreviousYear().getAsInt() + ": " + before + change + ")";
    }
    String status;
    String symbol;
    switch (m.getStatus()) {
      case TOWARDS -> {
        status = "towards";
        symbol = "↗";
      }
      case AWAY -> {
        status = "away";
        symbol = "↘";
      }
      case UNCHANGED -> {
        status = "unchanged";
        symbol = "=";
      }
      default -> {
        status = "no-data";
        symbol = "–";
      }
    }
    String statusText = t(m.getStatus().getNameVi(), m.getStatus().getNameEn());
    if (m.getStatus() == MonitoringStatus.NO_DATA && m.getPreviousYear().isEmpty()) {
      statusText += t(": chưa có số liệu năm trước", ": no previous year's value");
    }
    statusText = t("Không đánh giá đạt/chưa đạt; ", "Never met or not met; ") + statusText;
    String num = result.map(r -> (hidden ? DisclosureControl.SYMBOL : count(r.getNumerator())) + " – "
        + t(r.getIndicator().getNumeratorVi(), r.getIndicator().getNumeratorEn())).orElse("–");
    String den = result.map(r -> unit == IndicatorUnit.COUNT ? "–"
        : (hidden ? DisclosureControl.SYMBOL : count(r.getDenominator())) + " – "
        + t(r.getIndicator().getDenominatorVi(), r.getIndicator().getDenominatorEn())).orElse("–");
    Optional<PlanItem> item = line.getItemId().flatMap(plan::item);
    String lead = item.flatMap(PlanItem::getLeadUnitId)
        .map(id -> plan.unit(id).map(this::unitName).orElse(id)
            + (item.get().getUnitsBasis() == AssignmentBasis.READING ? " " + t(Target.INFERRED_LEAD_VI, Target.INFERRED_LEAD_EN) : ""))
        .orElse("–");
    String coop = item.map(i -> i.getCooperatingUnitIds().stream().map(id -> plan.unit(id).map(this::unitName).orElse(id))
        .collect(Collectors.joining("; "))).orElse("");
    // in English, the gloss of the plan's words (the words themselves stay Vietnamese)
    String caveat = vi ? "" : "“" + line.getTextEn() + "” (a gloss of the plan's words)";
    View.Gauge gauge = gauge(unit, name, hidden ? Optional.empty() : m.getValue(), Optional.empty(), requirement);
    return new View.Card("monitoring-" + htmlId(line.getId()), code, name, line.getTextVi(), requirement, valueText,
        status, symbol, statusText, num, den, lead, coop, caveat, gauge);
  }

  private Optional<IndicatorResult> resultOf(String code) {
    return report.getResults().stream().filter(r -> r.getCode().equals(code)).findFirst();
  }

  private View.Card card(Target target) {
    Optional<IndicatorResult> result = resultOf(target.getIndicatorCode());
    IndicatorUnit unit = result.map(r -> r.getIndicator().getUnit()).orElse(IndicatorUnit.PERCENT);
    String name = result.map(r -> name(r.getIndicator())).orElse(target.getIndicatorCode());
    TargetAssessment assessment = assessment(target);
    Optional<BigDecimal> ref = referenceOf(target);
    String requirement;
    if (target.getComparator() == TargetComparator.INCREASE) {
      requirement = t("tăng so với năm trước", "an increase on the previous year")
          + ref.map(r -> " (> " + reference(unit, r) + ")").orElse("");
    } else {
      requirement = symbol(target.getComparator()) + ref.map(r -> " " + reference(unit, r)).orElse("");
    }
    // this year's value as every writer shows it (ValueFormat beside the targets)
    Optional<BigDecimal> value = document.value(target.getIndicatorCode());
    String status;
    String statusSymbol;
    String statusText;
    if (assessment.getStatus() == TargetStatus.MET) {
      status = "met";
      statusSymbol = "✓";
      statusText = t("Đạt", "Met");
    } else if (assessment.getStatus() == TargetStatus.NOT_MET) {
      BigDecimal g = assessment.getGap().orElse(BigDecimal.ZERO).abs();
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
    boolean hiddenTotal = result.map(r -> r.getState() == ValueState.SUPPRESSED).orElse(false);
    String valueText = hiddenTotal ? DisclosureControl.SYMBOL
        : value.map(v -> value(unit, v)).orElse(t("không có dữ liệu", "no data"));
    Optional<IndicatorReport> lastYear = document.lastYear();
    if (lastYear.isPresent()) {
      // last year's value and the change beside this year's, both as shown: the change is their difference
      int y = lastYear.get().getYear();
      Optional<BigDecimal> before = document.previousValue(y, target.getIndicatorCode());
      if (before.isPresent()) {
        valueText += " (" + t("năm ", "") + y + ": " + value(unit, before.get())
            + document.changeSince(y, target.getIndicatorCode()).map(c -> ", " + change(unit, c)).orElse("") + ")";
      }
    }
    // a hidden total (a sensitive population's small total) is x, as a hidden cell is
    String num = result.map(r -> (hiddenTotal ? DisclosureControl.SYMBOL : count(r.getNumerator())) + " – "
        + t(r.getIndicator().getNumeratorVi(), r.getIndicator().getNumeratorEn())).orElse("–");
    String den = result.map(r -> unit == IndicatorUnit.COUNT ? "–"
        : (hiddenTotal ? DisclosureControl.SYMBOL : count(r.getDenominator())) + " – "
        + t(r.getIndicator().getDenominatorVi(), r.getIndicator().getDenominatorEn())).orElse("–");
    String lead = plan.unit(target.getLeadUnitId()).map(this::unitName).orElse(target.getLeadUnitId())
        + (target.isLeadUnitInferred() ? " " + t(Target.INFERRED_LEAD_VI, Target.INFERRED_LEAD_EN) : "");
    String coop = target.getCooperatingUnitIds().stream()
        .map(id -> plan.unit(id).map(this::unitName).orElse(id)).collect(Collectors.joining("; "));
    String caveat = Indicators.fromCode(target.getIndicatorCode()).map(i -> vi ? i.getCaveatVi() : i.getCaveatEn())
        .flatMap(c -> c).orElse("");
    View.Gauge gauge = gauge(unit, name, value, ref, requirement);
    return new View.Card("target-" + htmlId(target.getId()), target.getIndicatorCode(), name, target.getTextVi(),
        requirement, valueText, status, statusSymbol, statusText, num, den, lead, coop, caveat, gauge);
  }

  /** A change since last year as shown beside the values: signed, in percentage points for a rate. */
  private String change(IndicatorUnit unit, BigDecimal c) {
    return t("thay đổi ", "change ") + (c.signum() > 0 ? "+" : c.signum() < 0 ? "−" : "")
        + (unit == IndicatorUnit.PERCENT ? number(c.abs()) + t(" điểm phần trăm", " percentage points")
            : count(c.abs().longValueExact()));
  }

  private String unitName(ResponsibleUnit u) {
    return vi || u.getNameEn().isBlank() ? u.getNameVi() : u.getNameEn();
  }

  private String name(Indicator i) {
    return t(i.getNameVi(), i.getNameEn());
  }

  private View.Gauge gauge(IndicatorUnit unit, String name, Optional<BigDecimal> value, Optional<BigDecimal> ref,
      String requirement) {
    double max = unit == IndicatorUnit.PERCENT ? 100.0
        : niceMax(Math.max(value.map(BigDecimal::doubleValue).orElse(0.0), ref.map(BigDecimal::doubleValue).orElse(0.0)));
    int barWidth = value.map(v -> scale(v.doubleValue(), max, GAUGE_WIDTH)).orElse(0);
    boolean hasThreshold = ref.isPresent();
    int tx = hasThreshold ? scale(ref.get().doubleValue(), max, GAUGE_WIDTH) : 0;
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
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      sb.append(c < 128 && (Character.isLetterOrDigit(c) || c == '-' || c == '_') ? c : '-');
    }
    return sb.toString();
  }

  // ---------------------------------------------------------------- charts

  private List<View.Chart> charts() {
    List<View.Chart> charts = new ArrayList<>();
    for (IndicatorResult r : report.getResults()) {
      Optional<BreakdownDimension> dim = placeDimension(r);
      dim.ifPresent(d -> charts.add(chart(r, d, naturalOrder(r.getBreakdowns().getOrDefault(d, List.of())))));
    }
    return charts;
  }

  /**
   * The tables of every breakdown not drawn as a chart (sex, ethnicity, disability, age, group,
   * and a second place dimension), one per indicator and dimension, with hidden cells as
   * {@link DisclosureControl#SYMBOL}.
   */
  private List<View.Table> tables() {
    List<View.Table> tables = new ArrayList<>();
    caseTotals().ifPresent(tables::add);
    for (IndicatorResult r : report.getResults()) {
      Optional<BreakdownDimension> charted = placeDimension(r);
      for (Map.Entry<BreakdownDimension, List<BreakdownCell>> e : r.getBreakdowns().entrySet()) {
        if ((charted.isPresent() && charted.get() == e.getKey()) || e.getValue().isEmpty()) {
          continue;
        }
        BreakdownDimension dim = e.getKey();
        ValueFormat format = document.format(r);
        List<View.TableRow> rows = new ArrayList<>();
        int hidden = 0;
        for (BreakdownCell c : naturalOrder(e.getValue())) {
          rows.add(tableRow(r.getIndicator().getUnit(), format, c,
              dim.hasCellNames() ? t(dim.cellNameVi(c.getKey()), dim.cellNameEn(c.getKey())) : key(c.getKey())));
          hidden += c.getState() == ValueState.SUPPRESSED ? 1 : 0;
        }
        String note = hidden == 0 ? "" : t(hidden + " ô được ẩn. ", hidden + " cells hidden. ")
            + t(DisclosureControl.NOTE_VI, DisclosureControl.NOTE_EN);
        tables.add(new View.Table("table-" + htmlId(r.getCode()) + "-" + e.getKey().getKey(),
            name(r.getIndicator()) + " " + t("theo ", "by ") + t(dim.getNameVi(), dim.getNameEn()),
            t(dim.getNameVi(), dim.getNameEn()), rows, note));
      }
    }
    return tables;
  }

  /**
   * The totals of the protection-case indicators, when the report has them ({@code treem report
   * --cases}): they have no target card, so that their totals are a table of their own, one row
   * per indicator; a hidden total (1 to 4 cases) is x in every column, with the note.
   */
  private Optional<View.Table> caseTotals() {
    List<View.TableRow> rows = new ArrayList<>();
    int hidden = 0;
    for (IndicatorResult r : report.getResults()) {
      if (CaseIndicators.fromCode(r.getCode()).isEmpty()) {
        continue;
      }
      IndicatorUnit unit = r.getIndicator().getUnit();
      boolean sup = r.getState() == ValueState.SUPPRESSED;
      hidden += sup ? 1 : 0;
      String valueText = sup ? DisclosureControl.SYMBOL
          : document.format(r).format(r).map(v -> value(unit, v)).orElse("–");
      rows.add(new View.TableRow(name(r.getIndicator()), sup ? DisclosureControl.SYMBOL : count(r.getNumerator()),
          unit == IndicatorUnit.COUNT ? "–" : sup ? DisclosureControl.SYMBOL : count(r.getDenominator()),
          valueText, t(r.getState().getNameVi(), r.getState().getNameEn()), sup));
    }
    if (document.getDaysToPlan().isPresent()) {
      hidden += daysToPlanRows(document.getDaysToPlan().get(), rows);
    }
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    String note = hidden == 0 ? "" : t(hidden + " số tổng được ẩn. ", hidden + " totals hidden. ")
        + t(DisclosureControl.NOTE_VI, DisclosureControl.NOTE_EN);
    return Optional.of(new View.Table("table-protection-cases", t("Số liệu vụ việc bảo vệ trẻ em (Nghị định 56/2017/NĐ-CP)",
        "Protection case figures (Decree 56/2017/ND-CP)"), t("Chỉ số", "Indicator"), rows, note));
  }

  /**
   * The two rows of the median days from receipt to an approved plan ({@link MedianDaysToPlan},
   * docs/protection-cases.md), as every output shows it: the median (cases giving it as the
   * numerator, no denominator, the median in days with one decimal, its state), then its
   * exclusion (the cases received without a plan approved by R). A hidden median (1 to τ cases)
   * and hidden counts are x, the row marked hidden as a hidden total is.
   *
   * @return the rows added hidden (0, 1 or 2), counted with the hidden totals of the note
   */
  private int daysToPlanRows(MedianDaysToPlan m, List<View.TableRow> rows) {
    boolean medianHidden = m.getState() == ValueState.SUPPRESSED;
    boolean countsHidden = m.getCases().isEmpty();
    String median = medianHidden ? DisclosureControl.SYMBOL
        : m.getMedian().map(v -> number(v) + t(" ngày", " days")).orElse("–");
    rows.add(new View.TableRow(t("Số ngày trung vị từ khi nhận thông tin đến khi kế hoạch hỗ trợ, can thiệp được phê duyệt",
        "Median days from information received to an approved intervention plan"),
        countsHidden ? DisclosureControl.SYMBOL : count(m.getCases().getAsLong()), "–", median,
        t(m.getState().getNameVi(), m.getState().getNameEn()), medianHidden || countsHidden));
    rows.add(new View.TableRow(t("Loại trừ khỏi số ngày trung vị: chưa có kế hoạch được phê duyệt",
        "Excluded from the median days: no approved plan"),
        countsHidden ? DisclosureControl.SYMBOL : count(m.getExcluded().getAsLong()), "–", "–", "", countsHidden));
    return (medianHidden || countsHidden ? 1 : 0) + (countsHidden ? 1 : 0);
  }

  /** A row of a data table: a hidden cell is x in every column. */
  private View.TableRow tableRow(IndicatorUnit unit, ValueFormat format, BreakdownCell c, String label) {
    boolean sup = c.getState() == ValueState.SUPPRESSED;
    boolean noData = c.getState() == ValueState.NO_DATA;
    String valueText = sup ? DisclosureControl.SYMBOL : noData ? "–" : value(unit, format.format(c).orElseThrow());
    return new View.TableRow(label,
        c.getNumerator().isPresent() ? count(c.getNumerator().getAsLong()) : DisclosureControl.SYMBOL,
        unit == IndicatorUnit.COUNT ? "–" : c.getDenominator().isPresent() ? count(c.getDenominator().getAsLong())
            : DisclosureControl.SYMBOL,
        valueText, t(c.getState().getNameVi(), c.getState().getNameEn()), sup);
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
    Optional<BigDecimal> ref = target.flatMap(this::referenceOf);
    ValueFormat format = document.format(r);
    double largest = cells.stream().flatMap(c -> c.getValue().stream()).mapToDouble(BigDecimal::doubleValue).max()
        .orElse(0.0);
    double max = unit == IndicatorUnit.PERCENT ? 100.0
        : niceMax(Math.max(largest, ref.map(BigDecimal::doubleValue).orElse(0.0)));
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
        BigDecimal v = format.format(c).orElseThrow();
        w = scale(v.doubleValue(), max, PLOT_WIDTH);
        valueText = value(unit, v);
      }
      bars.add(new View.Bar(label, PLOT_X - 8, textY, PLOT_X, y, w, BAR, valueText, PLOT_X + w + 6, sup, noData));
      desc.append(label).append(": ").append(valueText).append("; ");
      rows.add(tableRow(unit, format, c, label));
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
      thresholdX = PLOT_X + scale(ref.get().doubleValue(), max, PLOT_WIDTH);
      thresholdLabel = t("chỉ tiêu ", "target ")
          + (target.get().getComparator() == TargetComparator.INCREASE ? ">" : symbol(target.get().getComparator()))
          + " " + reference(unit, ref.get());
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
              reason.name(), hidden ? DisclosureControl.SYMBOL : count(r.getExclusions().getOrDefault(reason, 0L))));
        }
      }
    }
    document.getDaysToPlan().ifPresent(m -> ex.add(new View.ExclusionRow(
        t("Số ngày trung vị từ khi nhận thông tin đến khi kế hoạch được phê duyệt", "Median days to an approved plan"),
        t("Chưa có kế hoạch được phê duyệt", "No approved plan"), ReportCsv.NO_APPROVED_PLAN,
        m.getExcluded().isPresent() ? count(m.getExcluded().getAsLong()) : DisclosureControl.SYMBOL)));
    String note = t("Số liệu đã qua kiểm soát công bố: số nhỏ của các nhóm nhạy cảm được ẩn, cùng với các số cần ẩn "
        + "thêm để không suy ra được số bị ẩn. ", "Disclosure control has been applied: small numbers of sensitive "
        + "groups are hidden, with enough other figures that the hidden ones cannot be worked out. ")
        + t(DisclosureControl.NOTE_VI, DisclosureControl.NOTE_EN);
    return new View.DataQualityView(dq.isPresent(), rows, ex, note);
  }
}
