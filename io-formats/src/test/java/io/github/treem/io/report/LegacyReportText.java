package io.github.treem.io.report;

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
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * The oracle of byte identity: the hand-written JSON and CSV of {@code treem report} as they were
 * before they moved to {@link ReportJson} and {@link ReportCsv} (cli's {@code ReportRenderer} at
 * commit 0bc4807, unchanged but for the table, which stays in cli). Test code only.
 */
final class LegacyReportText {

  private LegacyReportText() {}

  // ------------------------------------------------------------------ JSON

  static String json(IndicatorReport report, List<TargetAssessment> targets, boolean vi) {
    StringBuilder b = new StringBuilder(4096);
    b.append("{\"year\":").append(report.getYear())
        .append(",\"referenceDate\":\"").append(report.getReferenceDate()).append('"')
        .append(",\"suppressed\":").append(report.isSuppressed())
        .append(",\"indicators\":[");
    boolean first = true;
    for (IndicatorResult r : report.getResults()) {
      if (!first) {
        b.append(',');
      }
      first = false;
      Indicator i = r.getIndicator();
      boolean count = i.getUnit() == IndicatorUnit.COUNT;
      b.append("\n{\"code\":").append(str(r.getCode()))
          .append(",\"name\":").append(str(vi ? i.getNameVi() : i.getNameEn()))
          .append(",\"unit\":\"").append(i.getUnit()).append('"')
          .append(",\"numerator\":").append(r.getNumerator())
          .append(",\"denominator\":").append(count ? "null" : Long.toString(r.getDenominator()))
          .append(",\"value\":").append(num(r.getValue()))
          .append(",\"state\":\"").append(r.getState()).append('"')
          .append(",\"exclusions\":{");
      boolean f2 = true;
      for (Map.Entry<ExclusionReason, Long> e : r.getExclusions().entrySet()) {
        b.append(f2 ? "" : ",").append('"').append(e.getKey()).append("\":").append(e.getValue());
        f2 = false;
      }
      b.append("},\"breakdowns\":{");
      f2 = true;
      for (Map.Entry<BreakdownDimension, List<BreakdownCell>> d : r.getBreakdowns().entrySet()) {
        b.append(f2 ? "" : ",").append('"').append(d.getKey().getKey()).append("\":[");
        f2 = false;
        boolean f3 = true;
        for (BreakdownCell c : d.getValue()) {
          b.append(f3 ? "" : ",").append("{\"key\":").append(str(c.getKey()))
              .append(",\"numerator\":").append(num(c.getNumerator()))
              .append(",\"denominator\":").append(count ? "null" : num(c.getDenominator()))
              .append(",\"value\":").append(num(c.getValue()))
              .append(",\"state\":\"").append(c.getState()).append("\"}");
          f3 = false;
        }
        b.append(']');
      }
      b.append("}}");
    }
    b.append("],\"targets\":[");
    first = true;
    for (TargetAssessment t : targets) {
      b.append(first ? "\n" : ",\n");
      first = false;
      b.append("{\"id\":").append(str(t.getTargetId()))
          .append(",\"indicator\":").append(str(t.getIndicatorCode()))
          .append(",\"comparator\":\"").append(t.getComparator()).append('"')
          .append(",\"threshold\":").append(num(t.getReference()))
          .append(",\"value\":").append(num(t.getValue()))
          .append(",\"status\":\"").append(t.getStatus()).append('"')
          .append(",\"gap\":").append(num(t.getGap())).append('}');
    }
    b.append(']');
    report.getDataQuality().ifPresent(q -> b.append(",\"dataQuality\":{\"rowsRead\":").append(q.getRowsRead())
        .append(",\"rowsAccepted\":").append(q.getRowsAccepted())
        .append(",\"rowsRejected\":").append(q.getRowsRejected()).append('}'));
    b.append("}\n");
    return b.toString();
  }

  private static String num(Optional<BigDecimal> v) {
    return v.map(BigDecimal::toPlainString).orElse("null");
  }

  private static String num(OptionalLong v) {
    return v.isPresent() ? Long.toString(v.getAsLong()) : "null";
  }

  private static String num(OptionalDouble v) {
    return v.isPresent() ? BigDecimal.valueOf(v.getAsDouble()).toPlainString() : "null";
  }

  static String str(String s) {
    StringBuilder b = new StringBuilder(s.length() + 2).append('"');
    for (int k = 0; k < s.length(); k++) {
      char c = s.charAt(k);
      switch (c) {
        case '"':
          b.append("\\\"");
          break;
        case '\\':
          b.append("\\\\");
          break;
        case '\n':
          b.append("\\n");
          break;
        case '\r':
          b.append("\\r");
          break;
        case '\t':
          b.append("\\t");
          break;
        default:
          if (c < 0x20) {
            b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            b.append(c);
          }
      }
    }
    return b.append('"').toString();
  }

  // ------------------------------------------------------------------ manifest

  /** The manifest's JSON as the former {@code ReportManifest.toJson()} wrote it (keys in order, no white space). */
  static String manifestJson(ReportManifest m) {
    StringBuilder b = new StringBuilder("{\"treemVersion\":").append(manifestStr(m.getTreemVersion()))
        .append(",\"year\":").append(m.getYear())
        .append(",\"referenceDate\":\"").append(m.getReferenceDate()).append('"');
    map(b.append(",\"growthTables\":"), m.getGrowthTables());
    map(b.append(",\"inputs\":"), m.getInputs());
    map(b.append(",\"options\":"), m.getOptions());
    return b.append('}').toString();
  }

  private static void map(StringBuilder b, java.util.Map<String, String> m) {
    b.append('{');
    boolean first = true;
    for (java.util.Map.Entry<String, String> e : m.entrySet()) {
      b.append(first ? "" : ",").append(manifestStr(e.getKey())).append(':').append(manifestStr(e.getValue()));
      first = false;
    }
    b.append('}');
  }

  private static String manifestStr(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"' || c == '\\') {
        b.append('\\').append(c);
      } else if (c < 0x20) {
        b.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
      } else {
        b.append(c);
      }
    }
    return b.append('"').toString();
  }

  /** {@return a rendered report with its manifest added: a JSON property, CSV rows or table lines} */
  static String withManifest(String format, String text, ReportManifest m, boolean vi) {
    switch (format) {
      case "json":
        return text.substring(0, text.lastIndexOf('}')) + ",\"manifest\":" + manifestJson(m) + "}\n";
      case "csv": {
        StringBuilder b = new StringBuilder(text);
        row(b, "manifest", "treemVersion", m.getTreemVersion(), "", "", "", "");
        row(b, "manifest", "year", Integer.toString(m.getYear()), "", "", "", "");
        row(b, "manifest", "referenceDate", m.getReferenceDate().toString(), "", "", "", "");
        m.getOptions().forEach((k, v) -> row(b, "manifest", "option:" + k, v, "", "", "", ""));
        m.getInputs().forEach((k, v) -> row(b, "manifest", "input:" + k, v, "", "", "", ""));
        m.getGrowthTables().forEach((k, v) -> row(b, "manifest", "table:" + k, v, "", "", "", ""));
        return b.toString();
      }
      default:
        throw new IllegalArgumentException(format);
    }
  }

  // ------------------------------------------------------------------ CSV

  static String csv(IndicatorReport report, List<TargetAssessment> targets) {
    StringBuilder b = new StringBuilder("indicator,dimension,key,numerator,denominator,value,state\n");
    for (IndicatorResult r : report.getResults()) {
      boolean count = r.getIndicator().getUnit() == IndicatorUnit.COUNT;
      row(b, r.getCode(), "total", "", Long.toString(r.getNumerator()), count ? "" : Long.toString(r.getDenominator()),
          r.getValue().map(BigDecimal::toPlainString).orElse(""), r.getState().name());
      for (Map.Entry<ExclusionReason, Long> e : r.getExclusions().entrySet()) {
        row(b, r.getCode(), "exclusion", e.getKey().name(), Long.toString(e.getValue()), "", "", "");
      }
      for (Map.Entry<BreakdownDimension, List<BreakdownCell>> d : r.getBreakdowns().entrySet()) {
        for (BreakdownCell c : d.getValue()) {
          boolean hidden = c.getState() == ValueState.SUPPRESSED;
          row(b, r.getCode(), d.getKey().getKey(), c.getKey(),
              hidden ? "<5" : Long.toString(c.getNumerator().getAsLong()),
              hidden ? "<5" : count ? "" : Long.toString(c.getDenominator().getAsLong()),
              c.getValue().map(BigDecimal::toPlainString).orElse(""), c.getState().name());
        }
      }
    }
    for (TargetAssessment t : targets) {
      row(b, t.getIndicatorCode(), "target", t.getComparator().name(),
          "", "", t.getGap().map(BigDecimal::toPlainString).orElse(""), t.getStatus().name());
    }
    return b.toString();
  }

  private static void row(StringBuilder b, String... cells) {
    for (int k = 0; k < cells.length; k++) {
      if (k > 0) {
        b.append(',');
      }
      String c = cells[k];
      boolean quote = c.indexOf(',') >= 0 || c.indexOf('"') >= 0 || c.indexOf('\n') >= 0 || c.indexOf('\r') >= 0;
      if (!c.isEmpty() && "=+-@\t\r".indexOf(c.charAt(0)) >= 0 && !c.matches("-?[0-9.]+")) {
        c = "'" + c; // no formula injection in spreadsheets
      }
      b.append(quote ? '"' + c.replace("\"", "\"\"") + '"' : c);
    }
    b.append('\n');
  }
}
