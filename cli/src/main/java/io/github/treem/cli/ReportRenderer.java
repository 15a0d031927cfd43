package io.github.treem.cli;

import io.github.treem.core.validation.Language;
import io.github.treem.indicators.BreakdownCell;
import io.github.treem.indicators.BreakdownDimension;
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
import io.github.treem.io.report.ChildFriendlyStanding;
import io.github.treem.io.report.ReportCsv;
import io.github.treem.io.report.ReportDocument;
import io.github.treem.io.report.ReportJson;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Writes an indicator report as a console table; JSON and CSV are io-formats' {@link ReportJson} and
 * {@link ReportCsv} (package-private).
 */
final class ReportRenderer {

  private ReportRenderer() {}

  // ------------------------------------------------------------------ JSON and CSV (io-formats)

  /** {@return the report as JSON (io-formats' {@link ReportJson}), without a manifest} */
  static String json(IndicatorReport report, List<TargetAssessment> targets, boolean vi) {
    return json(ReportDocument.of(report, targets), vi);
  }

  /** {@return the report as JSON (io-formats' {@link ReportJson}), names in Vietnamese or English} */
  static String json(ReportDocument document, boolean vi) {
    return ReportJson.of(vi ? Language.VI : Language.EN).write(document);
  }

  /** {@return the report as CSV (io-formats' {@link ReportCsv}), without a manifest} */
  static String csv(IndicatorReport report, List<TargetAssessment> targets) {
    return csv(ReportDocument.of(report, targets));
  }

  /** {@return the report as CSV (io-formats' {@link ReportCsv})} */
  static String csv(ReportDocument document) {
    return ReportCsv.write(document);
  }

  // ------------------------------------------------------------------ manifest

  /** {@return a console table with its manifest added as indented lines} */
  static String tableWithManifest(String table, ReportManifest m, boolean vi) {
    StringBuilder b = new StringBuilder(table).append('\n')
        .append(vi ? "Nguồn dữ liệu và phiên bản (manifest):" : "Manifest (what this report was made from):")
        .append('\n');
    m.toLines().forEach(l -> b.append("  ").append(l).append('\n'));
    return b.toString();
  }

  // ------------------------------------------------------------------ table

  /** {@return the console table of a report given without a document (published first)} */
  static String table(IndicatorReport report, List<TargetAssessment> targets, boolean vi) {
    return table(ReportDocument.of(report, targets), vi);
  }

  /**
   * The console table of a document as published ({@link ReportDocument#published()}): every
   * value through its indicator's {@link ValueFormat}; a rate as numerator/denominator = value, a
   * count as the count; hidden figures as {@link DisclosureControl#SYMBOL} with the note; in
   * Vietnamese, dates dd/MM/yyyy, decimals with a comma, exclusion reasons by their Vietnamese
   * names, gaps in "điểm phần trăm"; the first line says when the data are synthetic
   * ({@link ReportManifest#isSyntheticData()}); each target with its indicator's caveat.
   */
  static String table(ReportDocument given, boolean vi) {
    ReportDocument document = given.published();
    IndicatorReport report = document.getReport();
    StringBuilder b = new StringBuilder();
    if (document.getManifest().map(ReportManifest::isSyntheticData).orElse(false)) {
      // the first line: figures of synthetic data are never read as a commune's real results
      b.append("*** ").append(vi ? ReportManifest.SYNTHETIC_VI : ReportManifest.SYNTHETIC_EN).append(" ***\n");
    }
    b.append(vi ? "Báo cáo chỉ tiêu năm " : "Indicator report, year ").append(report.getYear())
        .append(vi ? ", ngày tham chiếu " : ", reference date ").append(date(report.getReferenceDate(), vi))
        .append(report.isSuppressed() ? (vi ? " (đã ẩn số nhỏ)" : " (small numbers suppressed)")
            : (vi ? " (KHÔNG ẩn số nhỏ: chỉ dùng nội bộ)" : " (NOT suppressed: internal use only)"))
        .append('\n');
    for (IndicatorResult r : report.getResults()) {
      Indicator i = r.getIndicator();
      boolean count = i.getUnit() == IndicatorUnit.COUNT;
      ValueFormat format = document.format(r);
      b.append('\n').append(String.format(Locale.ROOT, "%-22s %s%n", r.getCode(), vi ? i.getNameVi() : i.getNameEn()));
      // a hidden total (a sensitive population's small total, e.g. a protection-case indicator's): x
      b.append("  ").append(r.getState() == ValueState.SUPPRESSED ? DisclosureControl.SYMBOL
          : figures(count, r.getNumerator(), r.getDenominator(), format.format(r), vi)).append('\n');
      for (ReportDocument.PreviousYear p : document.getPrevious()) {
        int y = p.getReport().getYear();
        Optional<IndicatorResult> before = document.previous(y, r.getCode());
        if (before.isPresent()) {
          IndicatorResult x = before.get();
          b.append(vi ? "  năm " : "  in ").append(y).append(": ")
              .append(x.getState() == ValueState.SUPPRESSED ? DisclosureControl.SYMBOL
                  : figures(count, x.getNumerator(), x.getDenominator(), document.previousValue(y, r.getCode()), vi));
          document.changeSince(y, r.getCode()).ifPresent(c -> b.append(vi ? " (thay đổi " : " (change ")
              .append(c.signum() > 0 ? "+" : "").append(decimal(c, vi))
              .append(count ? "" : (vi ? " điểm phần trăm" : " percentage points")).append(')'));
          b.append('\n');
        }
      }
      if (!r.getExclusions().isEmpty() || !r.getSuppressedExclusions().isEmpty()) {
        b.append(vi ? "  loại trừ: " : "  excluded: ");
        boolean f = true;
        for (ExclusionReason reason : ExclusionReason.values()) {
          boolean hidden = r.getSuppressedExclusions().contains(reason);
          if (!hidden && !r.getExclusions().containsKey(reason)) {
            continue;
          }
          b.append(f ? "" : "; ").append(vi ? reason.getNameVi() : reason.getNameEn()).append(' ')
              .append(hidden ? DisclosureControl.SYMBOL : Long.toString(r.getExclusions().getOrDefault(reason, 0L)));
          f = false;
        }
        b.append('\n');
      }
      for (Map.Entry<BreakdownDimension, List<BreakdownCell>> d : r.getBreakdowns().entrySet()) {
        b.append("  ").append(vi ? d.getKey().getNameVi() : d.getKey().getNameEn()).append(":\n");
        for (BreakdownCell c : d.getValue()) {
          String fig = c.getState() == ValueState.SUPPRESSED ? DisclosureControl.SYMBOL
              : figures(count, c.getNumerator().getAsLong(), c.getDenominator().orElse(0), format.format(c), vi);
          String name = vi ? d.getKey().cellNameVi(c.getKey()) : d.getKey().cellNameEn(c.getKey());
          b.append(String.format(Locale.ROOT, "    %-20s %s%n", name, fig));
        }
      }
    }
    document.getDaysToPlan().ifPresent(m -> {
      // the median days from receipt to an approved plan (docs/protection-cases.md)
      b.append('\n').append(String.format(Locale.ROOT, "%-22s %s%n", ReportCsv.DAYS_TO_PLAN,
          vi ? "Số ngày trung vị từ khi nhận thông tin đến khi kế hoạch hỗ trợ, can thiệp được phê duyệt"
              : "Median days from information received to an approved intervention plan"));
      String median = m.getState() == ValueState.SUPPRESSED ? DisclosureControl.SYMBOL
          : m.getMedian().map(v -> decimal(v, vi) + (vi ? " ngày" : " days")).orElse("-");
      b.append("  ").append(median).append(vi ? " (số vụ việc: " : " (cases: ")
          .append(m.getCases().isPresent() ? Long.toString(m.getCases().getAsLong()) : DisclosureControl.SYMBOL)
          .append(")\n");
      b.append(vi ? "  loại trừ: chưa có kế hoạch được phê duyệt " : "  excluded: no approved plan ")
          .append(m.getExcluded().isPresent() ? Long.toString(m.getExcluded().getAsLong()) : DisclosureControl.SYMBOL)
          .append('\n');
    });
    if (!document.getTargets().isEmpty()) {
      b.append('\n').append(vi ? "Mục tiêu của kế hoạch:\n" : "Plan targets:\n");
      for (TargetAssessment t : document.getTargets()) {
        boolean rate = Indicators.fromCode(t.getIndicatorCode()).map(x -> x.getUnit() != IndicatorUnit.COUNT).orElse(true);
        // a target whose figure is hidden has no status to show (NO_DATA): say that it is hidden,
        // not that there are no data
        boolean hidden = t.getStatus() == TargetStatus.NO_DATA && report.getResults().stream()
            .anyMatch(r -> r.getCode().equals(t.getIndicatorCode()) && r.getState() == ValueState.SUPPRESSED);
        b.append(String.format(Locale.ROOT, "  %-22s %-3s %-7s %-10s %s%s%n", t.getIndicatorCode(),
            t.getComparator().getSymbol(), t.getReference().map(v -> decimal(v, vi)).orElse("-"),
            hidden ? DisclosureControl.SYMBOL : t.getValue().map(v -> decimal(v, vi)).orElse("-"),
            hidden ? (vi ? ValueState.SUPPRESSED.getNameVi() : ValueState.SUPPRESSED.getNameEn())
                : vi ? t.getStatus().getNameVi() : t.getStatus().getNameEn(),
            t.getGap().map(g -> (vi ? " (chênh lệch " : " (gap ") + decimal(g, vi)
                + (rate ? (vi ? " điểm phần trăm" : " percentage points") : "") + ")").orElse("")));
        // where the indicator measures less than the plan's sentence
        Indicators.fromCode(t.getIndicatorCode()).flatMap(i -> vi ? i.getCaveatVi() : i.getCaveatEn())
            .ifPresent(c -> b.append("      ").append(vi ? "Lưu ý: " : "Caveat: ").append(c).append('\n'));
      }
    }
    monitoring(b, document, vi);
    document.getChildFriendly().ifPresent(s -> childFriendly(b, s, vi));
    report.getDataQuality().ifPresent(q -> b.append('\n')
        .append(vi ? "Dòng đọc: " : "Rows read: ").append(q.getRowsRead())
        .append(vi ? ", chấp nhận: " : ", accepted: ").append(q.getRowsAccepted())
        .append(vi ? ", từ chối: " : ", rejected: ").append(q.getRowsRejected()).append('\n'));
    if (document.hasHiddenFigures()) {
      b.append('\n').append(vi ? DisclosureControl.NOTE_VI : DisclosureControl.NOTE_EN).append('\n');
    }
    return b.toString();
  }

  /**
   * The plan's monitoring lines (aims without a number): the plan's words, this year's value, last
   * year's, the change and its direction; never met or not met. A hidden value is x, and so are
   * the change and the direction beside it.
   */
  static void monitoring(StringBuilder b, ReportDocument document, boolean vi) {
    List<MonitoringAssessment> lines = document.monitoring();
    if (lines.isEmpty()) {
      return;
    }
    int year = document.getReport().getYear();
    b.append('\n').append(vi ? "Dòng theo dõi (mục tiêu kế hoạch không đặt số):\n"
        : "Monitoring lines (aims the plan sets no number for):\n");
    for (MonitoringAssessment m : lines) {
      boolean rate = Indicators.fromCode(m.getIndicatorCode()).map(x -> x.getUnit() != IndicatorUnit.COUNT).orElse(true);
      String unit = rate ? "%" : "";
      b.append(String.format(Locale.ROOT, "  %-22s %-9s %d: %-9s %s: %-9s %s %s%n", m.getIndicatorCode(),
          vi ? m.getLine().getDirection().getNameVi() : m.getLine().getDirection().getNameEn(), year,
          shown(m.getState(), m.getValue(), unit, vi),
          m.getPreviousYear().isPresent() ? Integer.toString(m.getPreviousYear().getAsInt()) : (vi ? "năm trước" : "last year"),
          m.getPreviousState().map(st -> shown(st, m.getPreviousValue(), unit, vi)).orElse("-"),
          (vi ? "thay đổi " : "change ") + (m.getStatus() == MonitoringStatus.SUPPRESSED ? DisclosureControl.SYMBOL
              : m.getChange().map(c -> (c.signum() > 0 ? "+" : "") + decimal(c, vi)
                  + (rate ? (vi ? " điểm phần trăm" : " percentage points") : "")).orElse("-")) + ";",
          vi ? m.getStatus().getNameVi() : m.getStatus().getNameEn()));
      b.append("      \"").append(m.getLine().getTextVi()).append('"')
          .append(m.getLine().getItemId().map(id -> " (" + id + ")").orElse(""));
      if (!vi) {
        b.append(" (").append(m.getLine().getTextEn()).append(')');
      }
      b.append('\n');
    }
  }

  private static String shown(ValueState state, Optional<BigDecimal> value, String unit, boolean vi) {
    return switch (state) {
      case SUPPRESSED -> DisclosureControl.SYMBOL;
      case NO_DATA -> vi ? "không có dữ liệu" : "no data";
      case VALUE -> value.map(v -> decimal(v, vi) + unit).orElse("-");
    };
  }

  /**
   * The score card of the child-friendly commune standard: per criterion its points of its
   * maximum, its status and why, per item the value (x when hidden), the source and the points;
   * the total, the threshold and the status, every provisional figure marked with an asterisk.
   */
  static void childFriendly(StringBuilder b, ChildFriendlyStanding s, boolean vi) {
    b.append('\n').append(vi ? "Tiêu chuẩn xã phù hợp với trẻ em (" : "Child-friendly commune standard (")
        .append(s.getLegalBasis()).append("; ").append(vi ? "bảng điểm " : "scoring table ").append(s.getTableId())
        .append(' ').append(s.getTableVersion()).append(s.isSynthetic() ? (vi ? "; dữ liệu mẫu" : "; synthetic data") : "")
        .append("):\n");
    for (ChildFriendlyStanding.CriterionLine c : s.getCriteria()) {
      b.append(String.format(Locale.ROOT, "  %2d %-60s %4d/%-4d%s %s%n", c.number(), clip(vi ? c.nameVi() : c.nameEn(), 60),
          c.points(), c.maximum(), c.provisional() ? "*" : " ", vi ? c.status().getNameVi() : c.status().getNameEn()));
      for (ChildFriendlyStanding.ItemLine i : c.items()) {
        String value = i.valueText(vi);
        b.append(String.format(Locale.ROOT, "     %-5s %-12s %-22s %s%s%n", i.id(), value,
            i.source().map(x -> vi ? x.getNameVi() : x.getNameEn()).orElse(vi ? "không có số liệu" : "no value"),
            i.points().map(p -> p + (vi ? " điểm" : " points")).orElse("-"), i.provisional() ? "*" : ""));
      }
    }
    b.append("  ").append(s.explanation(vi)).append('\n');
    for (io.github.treem.indicators.cfc.ScoreReason r : s.getReasons()) {
      b.append("  - ").append(vi ? r.getMessageVi() : r.getMessageEn()).append('\n');
    }
    if (s.isProvisional()) {
      b.append(vi ? "  * tạm tính: mức điểm chưa được xác nhận; xã không được kết luận đạt chuẩn trên thang điểm tạm tính\n"
          : "  * provisional: an unconfirmed band; a commune is never declared recognised on provisional bands\n");
    }
  }

  private static String clip(String s, int n) {
    return s.length() <= n ? s : s.substring(0, n - 1) + "…";
  }

  /** A date as the language writes it: dd/MM/yyyy in Vietnamese, ISO in English. */
  static String date(LocalDate d, boolean vi) {
    return vi ? String.format(Locale.ROOT, "%02d/%02d/%04d", d.getDayOfMonth(), d.getMonthValue(), d.getYear())
        : d.toString();
  }

  /** A decimal as the language writes it: a decimal comma in Vietnamese. */
  static String decimal(BigDecimal v, boolean vi) {
    String s = v.toPlainString();
    return vi ? s.replace('.', ',') : s;
  }

  private static String figures(boolean count, long num, long den, Optional<BigDecimal> shown, boolean vi) {
    if (count) {
      return Long.toString(num);
    }
    String v = shown.isPresent() ? decimal(shown.get(), vi) + "%" : (vi ? "không có dữ liệu" : "no data");
    return num + "/" + den + " = " + v;
  }
}
