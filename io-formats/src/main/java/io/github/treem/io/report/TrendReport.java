package io.github.treem.io.report;

import io.github.treem.core.validation.InvalidValueException;
import io.github.treem.core.validation.Language;
import io.github.treem.core.validation.Location;
import io.github.treem.core.validation.Severity;
import io.github.treem.indicators.DisclosureControl;
import io.github.treem.indicators.IndicatorUnit;
import io.github.treem.indicators.Trend;
import io.github.treem.indicators.ValueState;
import io.github.treem.io.internal.codec.TrendCodec;
import io.github.treem.io.internal.csv.Text;
import io.github.treem.io.internal.json.CodecSerializer;
import io.github.treem.io.internal.json.JsonProblems;
import io.github.treem.io.internal.report.ReportPrettyPrinter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apiguardian.api.API;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

/**
 * The figures of a commune's reports of several years side by side ({@code treem trend}): each
 * indicator's {@link Trend} (its total and each breakdown cell, year by year, with the change per
 * year) as a console table, JSON or CSV; treem-report-html's {@code TrendHtml} draws it as a
 * self-contained HTML page with one small line chart (inline SVG) per indicator.
 *
 * <pre>{@code
 * TrendReport t = TrendReport.of(List.of(json2019, json2020, json2021)); // ReportDocuments, any order
 * String csv = t.csv();
 * }</pre>
 *
 * <p>The reports are those treem published (read back by {@link ReportJson}): their figures are
 * already protected, and figures hidden in any year stay hidden ({@link Trend}). They must be of
 * one commune (the manifests' {@code commune}, followed through the communes' successions) and of
 * distinct years, else {@link ReportSeriesException}.
 *
 * <p>JSON: {@code {"years":[...],"series":[{"indicator","name","unit","dimension","key","points":[
 * {"year","numerator","denominator","value","state","change","changeFrom"}]}]}} ({@code dimension}
 * and {@code key} null for a total; absent figures null), written by the trend's codec on the
 * codec layer, as every JSON treem writes. CSV: the header {@link #CSV_COLUMNS},
 * one row per point, cells neutralised as in {@link ReportCsv}.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class TrendReport {
  /** The CSV columns, in order. */
  public static final List<String> CSV_COLUMNS =
      List.of("indicator", "dimension", "key", "year", "numerator", "denominator", "value", "state", "change");

  /** The trend's codec on Jackson, in the report's layout (one series per line). */
  private static final ObjectWriter JSON = JsonMapper.builder()
      .addModule(new SimpleModule("treem-trend").addSerializer(Trend.class,
          new CodecSerializer<>(Trend.class, TrendCodec.TREND)))
      .build().writerFor(Trend.class).with(ReportPrettyPrinter.INSTANCE);

  private final Trend trend;

  private TrendReport(Trend trend) {
    this.trend = trend;
  }

  /**
   * The trend of published reports.
   *
   * @param documents the reports, in any order
   * @return the trend report
   * @throws ReportSeriesException when two reports are of one year or of different communes
   */
  public static TrendReport of(List<ReportDocument> documents) {
    Objects.requireNonNull(documents, "documents must not be null");
    List<ReportDocument> sorted = new ArrayList<>(documents);
    sorted.sort((a, b) -> Integer.compare(a.getReport().getYear(), b.getReport().getYear()));
    if (!sorted.isEmpty()) {
      ReportDocument latest = sorted.get(sorted.size() - 1);
      Optional<String> commune = communeOf(latest);
      for (ReportDocument d : sorted) {
        Optional<String> c = communeOf(d);
        if (c.isPresent() && commune.isPresent() && !ReportPipeline.sameCommune(c.get(),
            d.getReport().getReferenceDate(), commune.get(), latest.getReport().getReferenceDate())) {
          throw new ReportSeriesException(ReportSeriesIssueCode.SERIES_OTHER_COMMUNE.issue(Severity.ERROR,
              Location.unknown(), c.get() + " (" + d.getReport().getYear() + "), " + commune.get() + " ("
                  + latest.getReport().getYear() + ")"));
        }
      }
    }
    try {
      return new TrendReport(Trend.of(sorted.stream().map(ReportDocument::getReport).collect(Collectors.toList())));
    } catch (InvalidValueException e) {
      List<Integer> years = sorted.stream().map(d -> d.getReport().getYear()).collect(Collectors.toList());
      throw new ReportSeriesException(ReportSeriesIssueCode.SERIES_DUPLICATE_YEAR.issue(Severity.ERROR,
          Location.unknown(), years.toString()));
    }
  }

  private static Optional<String> communeOf(ReportDocument d) {
    return d.getManifest().flatMap(m -> Optional.ofNullable(m.getOptions().get("commune")));
  }

  /** {@return the trend} */
  public Trend getTrend() {
    return trend;
  }

  // ------------------------------------------------------------------ table

  /**
   * The console table: per indicator its total, then its cells, one line a year.
   *
   * @param language the language of names and headings
   * @return the text
   */
  public String table(Language language) {
    boolean vi = language == Language.VI;
    StringBuilder b = new StringBuilder(vi ? "Xu hướng các chỉ tiêu, năm " : "Indicator trends, years ")
        .append(trend.getYears().stream().map(String::valueOf).collect(Collectors.joining(", "))).append('\n');
    for (Trend.Series s : trend.getSeries()) {
      boolean count = s.getIndicator().getUnit() == IndicatorUnit.COUNT;
      if (s.getDimension().isEmpty()) {
        b.append('\n').append(String.format(Locale.ROOT, "%-22s %s%n", s.getIndicator().getCode(),
            vi ? s.getIndicator().getNameVi() : s.getIndicator().getNameEn()));
      } else {
        b.append("  ").append(vi ? s.getDimension().get().getNameVi() : s.getDimension().get().getNameEn())
            .append(' ').append(s.getKey().orElseThrow()).append(":\n");
      }
      String indent = s.getDimension().isEmpty() ? "  " : "    ";
      for (Trend.Point p : s.getPoints()) {
        b.append(indent).append(p.getYear()).append("  ").append(shown(p, count, vi));
        p.getChange().ifPresent(c -> b.append("  (").append(signed(c)).append(count ? "" : vi ? " điểm %" : " points")
            .append(vi ? " so với " : " on ").append(p.getChangeFrom().getAsInt()).append(')'));
        b.append('\n');
      }
    }
    return b.toString();
  }

  private static String shown(Trend.Point p, boolean count, boolean vi) {
    if (p.getState() == ValueState.SUPPRESSED) {
      return vi ? DisclosureControl.SYMBOL + " (ẩn)" : DisclosureControl.SYMBOL + " (hidden)";
    }
    if (p.getState() == ValueState.NO_DATA) {
      return vi ? "không có dữ liệu" : "no data";
    }
    return count ? p.getValue().orElseThrow().toPlainString()
        : p.getNumerator().getAsLong() + "/" + p.getDenominator().getAsLong() + " = "
            + p.getValue().orElseThrow().toPlainString() + "%";
  }

  private static String signed(BigDecimal c) {
    return (c.signum() > 0 ? "+" : "") + c.toPlainString();
  }

  // ------------------------------------------------------------------ JSON

  /**
   * The JSON text (one object, ending with a line feed).
   *
   * @param language the language of the indicator names
   * @return the text
   */
  public String json(Language language) {
    try {
      return JSON.withAttribute(TrendCodec.LANGUAGE, Objects.requireNonNull(language, "language must not be null"))
          .writeValueAsString(trend) + "\n";
    } catch (JacksonException e) {
      JsonProblems.rethrowIo(e);
      throw e;
    }
  }

  // ------------------------------------------------------------------ CSV

  /** {@return the CSV text: the header {@link #CSV_COLUMNS}, then one row per point} */
  public String csv() {
    StringBuilder out = new StringBuilder();
    out.append(Text.exportRecord(CSV_COLUMNS, ',')).append('\n');
    for (Trend.Series s : trend.getSeries()) {
      boolean count = s.getIndicator().getUnit() == IndicatorUnit.COUNT;
      for (Trend.Point p : s.getPoints()) {
        boolean hidden = p.getState() == ValueState.SUPPRESSED;
        List<String> row = List.of(s.getIndicator().getCode(), s.getDimension().map(d -> d.getKey()).orElse("total"),
            s.getKey().orElse(""), Integer.toString(p.getYear()),
            p.getNumerator().isPresent() ? Long.toString(p.getNumerator().getAsLong())
                : hidden ? DisclosureControl.SYMBOL : "",
            p.getDenominator().isPresent() ? Long.toString(p.getDenominator().getAsLong())
                : hidden && !count ? DisclosureControl.SYMBOL : "",
            p.getValue().map(v -> Text.decimal(v, ',')).orElse(""), p.getState().name(),
            p.getChange().map(v -> Text.decimal(v, ',')).orElse(""));
        out.append(Text.exportRecord(row, ',')).append('\n');
      }
    }
    return out.toString();
  }

  @Override
  public String toString() {
    return "TrendReport{" + trend + "}";
  }

}
