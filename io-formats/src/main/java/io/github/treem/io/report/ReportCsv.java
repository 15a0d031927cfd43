package io.github.treem.io.report;

import io.github.treem.indicators.BreakdownCell;
import io.github.treem.indicators.BreakdownDimension;
import io.github.treem.indicators.DisclosureControl;
import io.github.treem.indicators.ExclusionReason;
import io.github.treem.indicators.IndicatorResult;
import io.github.treem.indicators.IndicatorUnit;
import io.github.treem.indicators.MonitoringAssessment;
import io.github.treem.indicators.MonitoringStatus;
import io.github.treem.indicators.ReportManifest;
import io.github.treem.indicators.TargetAssessment;
import io.github.treem.indicators.ValueFormat;
import io.github.treem.indicators.ValueState;
import io.github.treem.indicators.cases.MedianDaysToPlan;
import io.github.treem.io.internal.csv.Text;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The indicator report as CSV, exactly as {@code treem report --format csv} writes it: a header
 * {@code indicator,dimension,key,numerator,denominator,value,state} ({@link #COLUMNS}), then per
 * indicator one {@code total} row (a total hidden by disclosure control, which only a sensitive
 * population's can be, shows {@link DisclosureControl#SYMBOL} as numerator and denominator), one {@code exclusion} row per reason (the count as numerator;
 * a count hidden by disclosure control shows {@link DisclosureControl#SYMBOL}) and one row per
 * breakdown cell (dimension and key; a hidden cell shows {@link DisclosureControl#SYMBOL} as
 * numerator and denominator and no value); then one {@code target} row per target (comparator as
 * key, the gap as value, the status as state); after them, per monitoring line of the plan (an
 * aim without a number, {@link ReportDocument#monitoring()}), the rows {@code monitoring},
 * {@code monitoring_previous}, {@code monitoring_change} and {@code monitoring_text} (see
 * {@code monitoring} below: never a status MET or NOT_MET); before the targets, with case figures
 * ({@link ReportDocument#getDaysToPlan()}), the row {@code DAYS_TO_PLAN,median,,<cases>,,<median>,<state>}
 * and the row {@code DAYS_TO_PLAN,exclusion,NO_APPROVED_PLAN,<excluded>,,,} (a hidden count or
 * median shows {@link DisclosureControl#SYMBOL} as count, an empty value); with earlier years' reports
 * ({@link ReportDocument#getPrevious()}), after each total one {@code previous} row per earlier
 * year (the year as key, that year's total) and one {@code change} row (the year as key, the
 * change since as value); with the child-friendly commune standard
 * ({@link ReportDocument#getChildFriendly()}), rows of indicator {@code CHILD_FRIENDLY_COMMUNE}:
 * one {@code score} row (the table and version as key, the total as numerator, the threshold as
 * denominator, the status as state), one {@code outcome_if_provisional} row (the outcome the
 * provisional bands would give, as state) when the status is undecided, then per criterion one
 * {@code criterion} row (its number as key, points as numerator, maximum as denominator, its
 * status as state) followed by one {@code item} row per item (its id as key, the points as
 * numerator, the value as shown as value, {@link DisclosureControl#SYMBOL} for a hidden one, the
 * source as state); a row whose points rest on a provisional band or rule has the dimension
 * suffixed {@code _provisional} ({@code score_provisional}, {@code criterion_provisional},
 * {@code item_provisional}); then, when a figure is hidden, the notes
 * {@code note,vi,<NOTE_VI>} and {@code note,en,<NOTE_EN>} ({@link DisclosureControl#NOTE_VI},
 * {@link DisclosureControl#NOTE_EN}); for the unsuppressed internal form, the note
 * {@code note,unsuppressed,<text>} saying it must not be published; then, when the document has a
 * manifest, rows
 * {@code manifest,<name>,<value>} (first the version marker of this output, {@code format}
 * {@value #FORMAT} and {@code version} {@value #VERSION}, then {@code treemVersion}, {@code year}, {@code referenceDate},
 * {@code option:<name>}, {@code input:<file>} (its SHA-256), {@code encoding:<file>} (the encoding
 * it was read in, {@link ReportManifest#getInputEncodings()}), {@code table:<file>}, then always
 * {@code syntheticData} {@code true} or {@code false}: {@link ReportManifest#isSyntheticData()}). A count indicator has an
 * empty denominator; an absent figure is an empty cell. Every value is written as the indicator's
 * {@link io.github.treem.indicators.ValueFormat} shows it beside the targets (19,999/20,000
 * against {@code ≥ 100} is {@code 99.99}).
 *
 * <p>What is written is {@link ReportDocument#published()}: a report not yet suppressed is
 * suppressed and audited first; the unsuppressed figures only for a document asked for by name
 * ({@link ReportDocument#unsuppressedForInternalUse}).
 *
 * <p>Written by treem's one CSV policy (that of every treem CSV writer): comma separator, line
 * feed after every row, a field quoted (RFC 4180) only when it holds a comma, a double quote, CR
 * or LF or starts or ends with white space; a cell that a spreadsheet would run as a formula
 * (starting with {@code = + - @}, tab or CR) is prefixed with a single quote, except a plain
 * number such as {@code -1.50}; numbers are written plain, without exponent.
 *
 * <p>Implementation requirements: stateless and thread-safe.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ReportCsv {
  /** The {@code format} of the manifest rows ({@code manifest,format,treem-report-csv}): {@value}. */
  public static final String FORMAT = "treem-report-csv";

  /** The {@code version} of the manifest rows ({@code manifest,version,1}): {@value}. */
  public static final int VERSION = 1;

  /** The columns, in order. */
  public static final List<String> COLUMNS =
      List.of("indicator", "dimension", "key", "numerator", "denominator", "value", "state");

  /** The indicator column of the median days to an approved plan: {@value}. */
  public static final String DAYS_TO_PLAN = "DAYS_TO_PLAN";

  /** The exclusion key of the cases received without a plan approved by R: {@value}. */
  public static final String NO_APPROVED_PLAN = "NO_APPROVED_PLAN";

  /** The note of the unsuppressed internal form. */
  static final String INTERNAL_NOTE = "KHÔNG ẩn số nhỏ: chỉ dùng nội bộ, không công bố / "
      + "NOT suppressed: internal use only, never publish";

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
    try {
      row(out, COLUMNS.toArray(new String[0]));
      rows(out, document);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void rows(Writer g, ReportDocument given) throws IOException {
    ReportDocument document = given.published();
    for (IndicatorResult r : document.getReport().getResults()) {
      boolean count = r.getIndicator().getUnit() == IndicatorUnit.COUNT;
      ValueFormat format = document.format(r);
      boolean hiddenTotal = r.getState() == ValueState.SUPPRESSED; // a sensitive population's small total
      row(g, r.getCode(), "total", "", hiddenTotal ? DisclosureControl.SYMBOL : Long.toString(r.getNumerator()),
          count ? "" : hiddenTotal ? DisclosureControl.SYMBOL : Long.toString(r.getDenominator()),
          decimal(format.format(r)), r.getState().name());
      for (ReportDocument.PreviousYear p : document.getPrevious()) {
        int y = p.getReport().getYear();
        Optional<IndicatorResult> before = document.previous(y, r.getCode());
        if (before.isPresent()) {
          IndicatorResult b = before.get();
          boolean hiddenBefore = b.getState() == ValueState.SUPPRESSED;
          row(g, r.getCode(), "previous", Integer.toString(y),
              hiddenBefore ? DisclosureControl.SYMBOL : Long.toString(b.getNumerator()),
              count ? "" : hiddenBefore ? DisclosureControl.SYMBOL : Long.toString(b.getDenominator()),
              decimal(document.previousValue(y, r.getCode())), b.getState().name());
          row(g, r.getCode(), "change", Integer.toString(y), "", "", decimal(document.changeSince(y, r.getCode())), "");
        }
      }
      for (ExclusionReason reason : ExclusionReason.values()) {
        if (r.getSuppressedExclusions().contains(reason)) {
          row(g, r.getCode(), "exclusion", reason.name(), DisclosureControl.SYMBOL, "", "", "");
        } else if (r.getExclusions().containsKey(reason)) {
          row(g, r.getCode(), "exclusion", reason.name(), Long.toString(r.getExclusions().get(reason)), "", "", "");
        }
      }
      for (Map.Entry<BreakdownDimension, List<BreakdownCell>> d : r.getBreakdowns().entrySet()) {
        for (BreakdownCell c : d.getValue()) {
          boolean hidden = c.getState() == ValueState.SUPPRESSED;
          row(g, r.getCode(), d.getKey().getKey(), c.getKey(),
              hidden ? DisclosureControl.SYMBOL : Long.toString(c.getNumerator().getAsLong()),
              hidden ? DisclosureControl.SYMBOL : count ? "" : Long.toString(c.getDenominator().getAsLong()),
              decimal(format.format(c)), c.getState().name());
        }
      }
    }
    if (document.getDaysToPlan().isPresent()) {
      MedianDaysToPlan m = document.getDaysToPlan().get();
      row(g, DAYS_TO_PLAN, "median", "", count(m.getCases()), "", decimal(m.getMedian()), m.getState().name());
      row(g, DAYS_TO_PLAN, "exclusion", NO_APPROVED_PLAN, count(m.getExcluded()), "", "", "");
    }
    for (TargetAssessment t : document.getTargets()) {
      row(g, t.getIndicatorCode(), "target", t.getComparator().name(), "", "", decimal(t.getGap()),
          t.getStatus().name());
    }
    monitoring(g, document);
    if (document.getChildFriendly().isPresent()) {
      childFriendly(g, document.getChildFriendly().get());
    }
    cellNames(g, document);
    if (document.hasHiddenFigures()) {
      row(g, "note", "vi", DisclosureControl.NOTE_VI, "", "", "", "");
      row(g, "note", "en", DisclosureControl.NOTE_EN, "", "", "", "");
    }
    if (document.isUnsuppressedForInternalUse()) {
      row(g, "note", "unsuppressed", INTERNAL_NOTE, "", "", "", "");
    }
    if (document.getManifest().isPresent()) {
      ReportManifest m = document.getManifest().get();
      // the version marker of this output: treem never reads it back, other systems' tests may
      manifest(g, "format", FORMAT);
      manifest(g, "version", Integer.toString(VERSION));
      manifest(g, "treemVersion", m.getTreemVersion());
      manifest(g, "year", Integer.toString(m.getYear()));
      manifest(g, "referenceDate", m.getReferenceDate().toString());
      for (Map.Entry<String, String> e : m.getOptions().entrySet()) {
        manifest(g, "option:" + e.getKey(), e.getValue());
      }
      for (Map.Entry<String, String> e : m.getInputs().entrySet()) {
        manifest(g, "input:" + e.getKey(), e.getValue());
      }
      for (Map.Entry<String, String> e : m.getInputEncodings().entrySet()) {
        manifest(g, "encoding:" + e.getKey(), e.getValue());
      }
      for (Map.Entry<String, String> e : m.getGrowthTables().entrySet()) {
        manifest(g, "table:" + e.getKey(), e.getValue());
      }
      manifest(g, "syntheticData", Boolean.toString(m.isSyntheticData()));
    }
  }

  /**
   * The names of the cells of a dimension whose keys are codes ({@code legacy_group}): rows
   * {@code name,legacy_group:KEY:vi,NAME} and {@code ...:en}, once per key written, in key order,
   * after the figures (as the manifest's rows, the text is in the third column).
   */
  private static void cellNames(Writer g, ReportDocument document) throws IOException {
    Map<BreakdownDimension, java.util.SortedSet<String>> keys = new java.util.EnumMap<>(BreakdownDimension.class);
    for (IndicatorResult r : document.getReport().getResults()) {
      for (Map.Entry<BreakdownDimension, List<BreakdownCell>> d : r.getBreakdowns().entrySet()) {
        if (d.getKey().hasCellNames()) {
          java.util.SortedSet<String> set = keys.computeIfAbsent(d.getKey(), x -> new java.util.TreeSet<>(BreakdownCell.keyOrder()));
          d.getValue().forEach(c -> set.add(c.getKey()));
        }
      }
    }
    for (Map.Entry<BreakdownDimension, java.util.SortedSet<String>> e : keys.entrySet()) {
      for (String k : e.getValue()) {
        String at = e.getKey().getKey() + ":" + k;
        row(g, "name", at + ":vi", e.getKey().cellNameVi(k), "", "", "", "");
        row(g, "name", at + ":en", e.getKey().cellNameEn(k), "", "", "", "");
      }
    }
  }

  private static void childFriendly(Writer g, ChildFriendlyStanding s) throws IOException {
    String code = io.github.treem.indicators.cfc.ChildFriendlyTargetAssessment.INDICATOR_CODE;
    row(g, code, provisional("score", s.isProvisional()), s.getTableId() + " " + s.getTableVersion(),
        Integer.toString(s.getTotal()), Integer.toString(s.getThreshold()), "", s.getStatus().name());
    if (s.getProvisionalOutcome().isPresent()) {
      row(g, code, "outcome_if_provisional", "", "", "", "", s.getProvisionalOutcome().get().name());
    }
    for (ChildFriendlyStanding.CriterionLine c : s.getCriteria()) {
      row(g, code, provisional("criterion", c.provisional()), Integer.toString(c.number()), Integer.toString(c.points()),
          Integer.toString(c.maximum()), "", c.status().name());
      for (ChildFriendlyStanding.ItemLine i : c.items()) {
        row(g, code, provisional("item", i.provisional()), i.id(), i.points().map(String::valueOf).orElse(""), "",
            i.valueHidden() ? DisclosureControl.SYMBOL : i.value().orElse(""),
            i.source().map(Enum::name).orElse(""));
      }
    }
  }

  private static String provisional(String dimension, boolean provisional) {
    return provisional ? dimension + "_provisional" : dimension;
  }

  private static void manifest(Writer g, String name, String value) throws IOException {
    row(g, "manifest", name, value, "", "", "", "");
  }

  private static String count(java.util.OptionalLong n) {
    return n.isPresent() ? Long.toString(n.getAsLong()) : DisclosureControl.SYMBOL;
  }

  private static String decimal(Optional<BigDecimal> v) {
    return v.map(x -> Text.decimal(x, ',')).orElse("");
  }

  /**
   * The plan's monitoring lines: per line a {@code monitoring} row (the line's id as key, this
   * year's value and state), a {@code monitoring_previous} row when an earlier report has the
   * indicator (the year as key, that year's value and state), a {@code monitoring_change} row (the
   * direction asked as key, the change as value, {@link DisclosureControl#SYMBOL} when hidden, the
   * status as state), and the plan's words as {@code monitoring_text,<id>:vi} and {@code :en} rows.
   */
  private static void monitoring(Writer g, ReportDocument document) throws IOException {
    for (MonitoringAssessment m : document.monitoring()) {
      String code = m.getIndicatorCode();
      String id = m.getLine().getId();
      row(g, code, "monitoring", id, "", "", decimal(m.getValue()), m.getState().name());
      if (m.getPreviousYear().isPresent()) {
        row(g, code, "monitoring_previous", Integer.toString(m.getPreviousYear().getAsInt()), "", "",
            decimal(m.getPreviousValue()), m.getPreviousState().orElseThrow().name());
      }
      row(g, code, "monitoring_change", m.getLine().getDirection().name(), "", "",
          m.getStatus() == MonitoringStatus.SUPPRESSED ? DisclosureControl.SYMBOL : decimal(m.getChange()),
          m.getStatus().name());
      row(g, "monitoring_text", id + ":vi", m.getLine().getTextVi(), "", "", "", "");
      row(g, "monitoring_text", id + ":en", m.getLine().getTextEn(), "", "", "", "");
    }
  }

  private static void row(Writer out, String... cells) throws IOException {
    out.write(Text.exportRecord(Arrays.asList(cells), ','));
    out.write('\n');
  }
}
