package io.github.treem.io.report;

import io.github.treem.indicators.BreakdownCell;
import io.github.treem.indicators.BreakdownDimension;
import io.github.treem.indicators.ExclusionReason;
import io.github.treem.indicators.IndicatorResult;
import io.github.treem.indicators.IndicatorUnit;
import io.github.treem.indicators.ReportManifest;
import io.github.treem.indicators.TargetAssessment;
import io.github.treem.indicators.ValueState;
import io.github.treem.io.internal.json.JsonProblems;
import java.io.StringWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apiguardian.api.API;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;
import tools.jackson.dataformat.csv.CsvWriteFeature;

/**
 * The indicator report as CSV, exactly as {@code treem report --format csv} writes it: a header
 * {@code indicator,dimension,key,numerator,denominator,value,state} ({@link #COLUMNS}), then per
 * indicator one {@code total} row, one {@code exclusion} row per reason (the count as numerator)
 * and one row per breakdown cell (dimension and key; a suppressed cell shows {@code <5} as
 * numerator and denominator and no value); with earlier years' reports
 * ({@link ReportDocument#getPrevious()}), after each total one {@code previous} row per earlier
 * year (the year as key, that year's total) and one {@code change} row (the year as key, the
 * change since as value); then one {@code target} row per target (comparator as
 * key, the gap as value, the status as state); then, when the document has a manifest, rows
 * {@code manifest,<name>,<value>} ({@code treemVersion}, {@code year}, {@code referenceDate},
 * {@code option:<name>}, {@code input:<file>}, {@code table:<file>}). A count indicator has an
 * empty denominator; an absent figure is an empty cell.
 *
 * <p>Written with Jackson's CSV generator: comma separator, line feed after every row, a field
 * quoted (RFC 4180) only when it holds a comma, a double quote, CR or LF. A cell that a
 * spreadsheet would run as a formula (starting with {@code = + - @}, tab or CR) is prefixed with
 * a single quote, except a plain number such as {@code -1.50}.
 *
 * <p>Implementation requirements: stateless and thread-safe.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ReportCsv {
  /** The columns, in order. */
  public static final List<String> COLUMNS =
      List.of("indicator", "dimension", "key", "numerator", "denominator", "value", "state");

  private static final Pattern PLAIN_NUMBER = Pattern.compile("-?[0-9.]+");
  private static final CsvMapper MAPPER = CsvMapper.builder()
      .enable(CsvWriteFeature.STRICT_CHECK_FOR_QUOTING)
      .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
      .build();
  private static final CsvSchema SCHEMA = CsvSchema.builder()
      .addColumns(COLUMNS, CsvSchema.ColumnType.STRING)
      .setUseHeader(true)
      .setLineSeparator("\n")
      .build();

  private ReportCsv() {}

  /**
   * Writes a report.
   *
   * @param document the report (its manifest, when present, is written too)
   * @return the CSV text
   */
  public static String write(ReportDocument document) {
    StringWriter out = new StringWriter();
    write(document, out);
    return out.toString();
  }

  /**
   * Writes a report to a character stream, leaving it open.
   *
   * @param document the report (its manifest, when present, is written too)
   * @param out the character stream
   * @throws java.io.UncheckedIOException when the stream fails
   */
  public static void write(ReportDocument document, Writer out) {
    Objects.requireNonNull(document, "document must not be null");
    Objects.requireNonNull(out, "out must not be null");
    try (JsonGenerator g = MAPPER.writer(SCHEMA).createGenerator(out)) {
      rows(g, document);
    } catch (JacksonException e) {
      JsonProblems.rethrowIo(e);
      throw e;
    }
  }

  private static void rows(JsonGenerator g, ReportDocument document) {
    for (IndicatorResult r : document.getReport().getResults()) {
      boolean count = r.getIndicator().getUnit() == IndicatorUnit.COUNT;
      row(g, r.getCode(), "total", "", Long.toString(r.getNumerator()), count ? "" : Long.toString(r.getDenominator()),
          decimal(r.getValue().orElse(null)), r.getState().name());
      for (ReportDocument.PreviousYear p : document.getPrevious()) {
        int y = p.getReport().getYear();
        Optional<IndicatorResult> before = document.previous(y, r.getCode());
        if (before.isPresent()) {
          IndicatorResult b = before.get();
          row(g, r.getCode(), "previous", Integer.toString(y), Long.toString(b.getNumerator()),
              count ? "" : Long.toString(b.getDenominator()), decimal(b.getValue().orElse(null)), b.getState().name());
          row(g, r.getCode(), "change", Integer.toString(y), "", "",
              decimal(document.changeSince(y, r.getCode()).orElse(null)), "");
        }
      }
      for (Map.Entry<ExclusionReason, Long> e : r.getExclusions().entrySet()) {
        row(g, r.getCode(), "exclusion", e.getKey().name(), Long.toString(e.getValue()), "", "", "");
      }
      for (Map.Entry<BreakdownDimension, List<BreakdownCell>> d : r.getBreakdowns().entrySet()) {
        for (BreakdownCell c : d.getValue()) {
          boolean hidden = c.getState() == ValueState.SUPPRESSED;
          row(g, r.getCode(), d.getKey().getKey(), c.getKey(),
              hidden ? "<5" : Long.toString(c.getNumerator().getAsLong()),
              hidden ? "<5" : count ? "" : Long.toString(c.getDenominator().getAsLong()),
              decimal(c.getValue().orElse(null)), c.getState().name());
        }
      }
    }
    for (TargetAssessment t : document.getTargets()) {
      row(g, t.getIndicatorCode(), "target", t.getComparator().name(), "", "", decimal(t.getGap().orElse(null)),
          t.getStatus().name());
    }
    if (document.getManifest().isPresent()) {
      ReportManifest m = document.getManifest().get();
      manifest(g, "treemVersion", m.getTreemVersion());
      manifest(g, "year", Integer.toString(m.getYear()));
      manifest(g, "referenceDate", m.getReferenceDate().toString());
      m.getOptions().forEach((k, v) -> manifest(g, "option:" + k, v));
      m.getInputs().forEach((k, v) -> manifest(g, "input:" + k, v));
      m.getGrowthTables().forEach((k, v) -> manifest(g, "table:" + k, v));
    }
  }

  private static void manifest(JsonGenerator g, String name, String value) {
    row(g, "manifest", name, value, "", "", "", "");
  }

  private static String decimal(BigDecimal v) {
    return v == null ? "" : v.toPlainString();
  }

  private static void row(JsonGenerator g, String... cells) {
    g.writeStartArray();
    for (String c : cells) {
      g.writeString(neutralised(c));
    }
    g.writeEndArray();
  }

  /**
   * A cell made safe for spreadsheets: prefixed with a single quote when it starts with
   * {@code = + - @}, tab or CR and is not a plain number.
   */
  static String neutralised(String cell) {
    if (!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 && !PLAIN_NUMBER.matcher(cell).matches()) {
      return "'" + cell;
    }
    return cell;
  }
}
