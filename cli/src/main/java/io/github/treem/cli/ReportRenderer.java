package io.github.treem.cli;

import io.github.treem.core.validation.Language;
import io.github.treem.indicators.BreakdownCell;
import io.github.treem.indicators.BreakdownDimension;
import io.github.treem.indicators.ExclusionReason;
import io.github.treem.indicators.Indicator;
import io.github.treem.indicators.IndicatorReport;
import io.github.treem.indicators.IndicatorResult;
import io.github.treem.indicators.IndicatorUnit;
import io.github.treem.indicators.ReportManifest;
import io.github.treem.indicators.TargetAssessment;
import io.github.treem.indicators.ValueState;
import io.github.treem.io.report.ReportCsv;
import io.github.treem.io.report.ReportDocument;
import io.github.treem.io.report.ReportJson;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

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

  private static String num(Optional<BigDecimal> v) {
    return v.isPresent() ? v.get().toPlainString() : "null";
  }

  // ------------------------------------------------------------------ table

  static String table(IndicatorReport report, List<TargetAssessment> targets, boolean vi) {
    return table(ReportDocument.of(report, targets), vi);
  }

  /** {@return the console table of a document: with each earlier year's total and the change since} */
  static String table(ReportDocument document, boolean vi) {
    IndicatorReport report = document.getReport();
    List<TargetAssessment> targets = document.getTargets();
    StringBuilder b = new StringBuilder();
    b.append(vi ? "Báo cáo chỉ tiêu năm " : "Indicator report, year ").append(report.getYear())
        .append(vi ? ", ngày tham chiếu " : ", reference date ").append(report.getReferenceDate())
        .append(report.isSuppressed() ? (vi ? " (đã ẩn số nhỏ)" : " (small numbers suppressed)")
            : (vi ? " (KHÔNG ẩn số nhỏ: chỉ dùng nội bộ)" : " (NOT suppressed: internal use only)"))
        .append('\n');
    for (IndicatorResult r : report.getResults()) {
      Indicator i = r.getIndicator();
      boolean count = i.getUnit() == IndicatorUnit.COUNT;
      b.append('\n').append(String.format(Locale.ROOT, "%-22s %s%n", r.getCode(), vi ? i.getNameVi() : i.getNameEn()));
      b.append("  ").append(figures(count, r.getNumerator(), r.getDenominator(), r.getValue(), r.getState(), vi))
          .append('\n');
      for (ReportDocument.PreviousYear p : document.getPrevious()) {
        int y = p.getReport().getYear();
        Optional<IndicatorResult> before = document.previous(y, r.getCode());
        if (before.isPresent()) {
          IndicatorResult x = before.get();
          b.append(vi ? "  năm " : "  in ").append(y).append(": ")
              .append(figures(count, x.getNumerator(), x.getDenominator(), x.getValue(), x.getState(), vi));
          document.changeSince(y, r.getCode()).ifPresent(c -> b.append(vi ? " (thay đổi " : " (change ")
              .append(c.signum() > 0 ? "+" : "").append(c.toPlainString()).append(count ? "" : (vi ? " điểm %" : " points"))
              .append(')'));
          b.append('\n');
        }
      }
      if (!r.getExclusions().isEmpty()) {
        b.append(vi ? "  loại trừ: " : "  excluded: ");
        boolean f = true;
        for (Map.Entry<ExclusionReason, Long> e : r.getExclusions().entrySet()) {
          b.append(f ? "" : ", ").append(e.getKey()).append(' ').append(e.getValue());
          f = false;
        }
        b.append('\n');
      }
      for (Map.Entry<BreakdownDimension, List<BreakdownCell>> d : r.getBreakdowns().entrySet()) {
        b.append("  ").append(vi ? d.getKey().getNameVi() : d.getKey().getNameEn()).append(":\n");
        for (BreakdownCell c : d.getValue()) {
          String fig = c.getState() == ValueState.SUPPRESSED ? "<5"
              : figures(count, c.getNumerator().getAsLong(), c.getDenominator().getAsLong(), c.getValue(), c.getState(), vi);
          b.append(String.format(Locale.ROOT, "    %-20s %s%n", c.getKey(), fig));
        }
      }
    }
    if (!targets.isEmpty()) {
      b.append('\n').append(vi ? "Mục tiêu của kế hoạch:\n" : "Plan targets:\n");
      for (TargetAssessment t : targets) {
        b.append(String.format(Locale.ROOT, "  %-22s %-3s %-7s %-10s %s%s%n", t.getIndicatorCode(),
            t.getComparator().getSymbol(), num(t.getReference()).replace("null", "-"),
            t.getValue().map(BigDecimal::toPlainString).orElse("-"),
            vi ? t.getStatus().getNameVi() : t.getStatus().getNameEn(),
            t.getGap().map(g -> (vi ? " (chênh lệch " : " (gap ") + g.toPlainString() + ")").orElse("")));
      }
    }
    report.getDataQuality().ifPresent(q -> b.append('\n')
        .append(vi ? "Dòng đọc: " : "Rows read: ").append(q.getRowsRead())
        .append(vi ? ", chấp nhận: " : ", accepted: ").append(q.getRowsAccepted())
        .append(vi ? ", từ chối: " : ", rejected: ").append(q.getRowsRejected()).append('\n'));
    return b.toString();
  }

  private static String figures(boolean count, long num, long den, Optional<BigDecimal> value, ValueState state,
      boolean vi) {
    if (count) {
      return Long.toString(num);
    }
    String v = state == ValueState.VALUE ? value.orElseThrow().toPlainString() + "%"
        : (vi ? "không có dữ liệu" : "no data");
    return num + "/" + den + " = " + v;
  }
}
