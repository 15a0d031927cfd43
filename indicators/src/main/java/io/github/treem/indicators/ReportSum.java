package io.github.treem.indicators;

import io.github.treem.core.taxonomy.SpecialCircumstanceGroup;
import io.github.treem.core.validation.InvalidValueException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The exact sum of unsuppressed reports of one year and reference date: numerators, denominators,
 * exclusions, breakdown cells and data quality are added as counts, and every value is computed
 * again from the summed counts (never an average of percentages). This is how a province adds up
 * the figures its communes send (io-formats' {@code ProvinceRollUp}): the sum of the reports of
 * disjoint sets of children is, number for number, the report that an {@link Accumulator} gives
 * over all those children, for every breakdown the sum keeps.
 *
 * <p>The sum keeps the breakdowns it is made with ({@link #of}). Each is summed cell by cell from
 * the added reports, except {@link BreakdownDimension#AREA}, whose cells are the added reports'
 * totals under the area key given with each report (a commune, a district or a province code):
 * so a report's own area cells are never added to another's. As in an {@link Accumulator},
 * {@code SPECIAL_CIRCUMSTANCES} keeps its {@link BreakdownDimension#GROUP} breakdown of the 14
 * groups always, and a cell is listed only when its denominator (its count, for a count
 * indicator) is not zero. Breakdowns the sum does not keep are ignored: a village breakdown is
 * usually dropped, since villages of different communes share names.
 *
 * <pre>{@code
 * ReportSum sum = ReportSum.of(2025, LocalDate.of(2025, 12, 31),
 *     EnumSet.of(BreakdownDimension.SEX, BreakdownDimension.AREA));
 * sum.add(communeA, "19885").add(communeB, "19888");
 * IndicatorReport province = sum.result();   // unsuppressed: publish through DisclosureControl
 * }</pre>
 *
 * <p>Implementation requirements: mutable, not thread-safe. Memory is bounded by the number of
 * distinct cells, not by the number of reports added.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@SuppressWarnings("EnumOrdinal") // exclusion counts in arrays indexed by ordinal, in memory only
public final class ReportSum {
  private static final int NUM = 0;
  private static final int DEN = 1;

  private final int year;
  private final LocalDate referenceDate;
  private final Set<BreakdownDimension> dimensions;
  private final Map<String, Totals> totals = new LinkedHashMap<>();
  private @Nullable DataQuality quality;
  private long reports;

  /** The counts of one indicator. */
  private static final class Totals {
    final Indicator indicator;
    final long[] total = new long[2];
    final long[] exclusions = new long[ExclusionReason.values().length];
    final Map<BreakdownDimension, TreeMap<String, long[]>> cells = new EnumMap<>(BreakdownDimension.class);

    Totals(Indicator indicator, Set<BreakdownDimension> dimensions) {
      this.indicator = indicator;
      for (BreakdownDimension d : dimensions) {
        if (applies(indicator, d)) {
          cells.put(d, new TreeMap<>(BreakdownCell.keyOrder()));
        }
      }
      if (indicator.getCode().equals(Indicators.SPECIAL_CIRCUMSTANCES.getCode())) {
        cells.putIfAbsent(BreakdownDimension.GROUP, new TreeMap<>(BreakdownCell.keyOrder()));
      }
    }
  }

  private ReportSum(int year, LocalDate referenceDate, Set<BreakdownDimension> dimensions) {
    this.year = year;
    this.referenceDate = Objects.requireNonNull(referenceDate, "referenceDate must not be null");
    this.dimensions = dimensions.isEmpty() ? EnumSet.noneOf(BreakdownDimension.class) : EnumSet.copyOf(dimensions);
  }

  /**
   * An empty sum.
   *
   * @param year the reporting year of every report added
   * @param referenceDate the reference date of every report added
   * @param breakdowns the breakdowns of the sum ({@link BreakdownDimension#AREA}: one cell per
   *     area key)
   * @return the sum
   */
  public static ReportSum of(int year, LocalDate referenceDate, Set<BreakdownDimension> breakdowns) {
    return new ReportSum(year, referenceDate, Objects.requireNonNull(breakdowns, "breakdowns must not be null"));
  }

  /** {@return the number of reports added} */
  public long getReportsAdded() {
    return reports;
  }

  /**
   * Adds a report.
   *
   * @param report an unsuppressed report of the sum's year and reference date, computing the same
   *     indicators as the reports added before, each with every breakdown of the sum (but
   *     {@code AREA})
   * @param areaKey the key of the report's {@link BreakdownDimension#AREA} cell, or null when the
   *     sum has no area breakdown
   * @return this sum
   * @throws InvalidValueException TREEM-IND-0015 when the report is suppressed, of another year
   *     or reference date, computes other indicators or lacks a breakdown of the sum; the sum is
   *     then unchanged
   */
  public ReportSum add(IndicatorReport report, @Nullable String areaKey) {
    Objects.requireNonNull(report, "report must not be null");
    check(report, areaKey);
    boolean first = totals.isEmpty();
    for (IndicatorResult r : report.getResults()) {
      Totals t = first ? totals.computeIfAbsent(r.getCode(), c -> new Totals(r.getIndicator(), dimensions))
          : Objects.requireNonNull(totals.get(r.getCode())); // check: the same indicators
      t.total[NUM] += r.getNumerator();
      t.total[DEN] += r.getDenominator();
      r.getExclusions().forEach((reason, n) -> t.exclusions[reason.ordinal()] += n);
      for (Map.Entry<BreakdownDimension, TreeMap<String, long[]>> d : t.cells.entrySet()) {
        TreeMap<String, long[]> m = d.getValue();
        if (d.getKey() == BreakdownDimension.AREA) {
          long[] c = m.computeIfAbsent(areaKey, k -> new long[2]);
          c[NUM] += r.getNumerator();
          c[DEN] += r.getDenominator();
          continue;
        }
        for (BreakdownCell cell : Objects.requireNonNull(r.getBreakdowns().get(d.getKey()))) { // check: every breakdown
          long[] c = m.computeIfAbsent(cell.getKey(), k -> new long[2]);
          c[NUM] += cell.getNumerator().orElse(0);
          c[DEN] += cell.getDenominator().orElse(0);
        }
      }
    }
    quality = report.getDataQuality().map(q -> quality == null ? q : quality.plus(q)).orElse(quality);
    reports++;
    return this;
  }

  /**
   * Whether an indicator has a breakdown by a dimension: a register indicator none by a dimension
   * of protection cases, a case indicator none by village, ethnicity or disability (a case record
   * has none of them).
   */
  private static boolean applies(Indicator indicator, BreakdownDimension d) {
    if (indicator instanceof io.github.treem.indicators.CaseIndicators) {
      return d.isCaseOnly() || d == BreakdownDimension.SEX || d == BreakdownDimension.AGE
          || d == BreakdownDimension.GROUP || d == BreakdownDimension.AREA;
    }
    return !d.isCaseOnly();
  }

  /** Checks the whole report before any count is added, so that a refused report changes nothing. */
  private void check(IndicatorReport report, @Nullable String areaKey) {
    if (report.isSuppressed()) {
      throw refused("a suppressed report cannot be summed: its small figures are hidden");
    }
    if (report.getYear() != year || !report.getReferenceDate().equals(referenceDate)) {
      throw refused("a report of another year or reference date cannot be summed");
    }
    if (dimensions.contains(BreakdownDimension.AREA) && (areaKey == null || areaKey.isEmpty())) {
      throw refused("the sum has an area breakdown: each report needs an area key");
    }
    List<IndicatorResult> results = report.getResults();
    if (!totals.isEmpty()) {
      if (results.size() != totals.size()) {
        throw refused("the report computes other indicators than the reports added before");
      }
      for (IndicatorResult r : results) {
        if (!totals.containsKey(r.getCode())) {
          throw refused("the report computes other indicators than the reports added before");
        }
      }
    }
    for (IndicatorResult r : results) {
      Set<BreakdownDimension> needed = EnumSet.copyOf(new Totals(r.getIndicator(), dimensions).cells.keySet());
      needed.remove(BreakdownDimension.AREA);
      if (!r.getBreakdowns().keySet().containsAll(needed)) {
        throw refused("the report lacks a breakdown of the sum");
      }
    }
  }

  private static InvalidValueException refused(String message) {
    return new InvalidValueException("TREEM-IND-0015", message);
  }

  /**
   * The sum so far, unsuppressed (call {@link DisclosureControl#publish(IndicatorReport, List)}
   * before publishing it), with the summed data quality when the reports added had one.
   *
   * @return the report
   */
  public IndicatorReport result() {
    List<IndicatorResult> results = new ArrayList<>(totals.size());
    for (Totals t : totals.values()) {
      IndicatorUnit unit = t.indicator.getUnit();
      boolean count = unit == IndicatorUnit.COUNT;
      Map<ExclusionReason, Long> excl = new LinkedHashMap<>();
      for (ExclusionReason r : ExclusionReason.values()) {
        if (t.exclusions[r.ordinal()] > 0) {
          excl.put(r, t.exclusions[r.ordinal()]);
        }
      }
      Map<BreakdownDimension, List<BreakdownCell>> bd = new LinkedHashMap<>();
      for (Map.Entry<BreakdownDimension, TreeMap<String, long[]>> d : t.cells.entrySet()) {
        List<BreakdownCell> list = new ArrayList<>();
        boolean groups = d.getKey() == BreakdownDimension.GROUP
            && t.indicator.getCode().equals(Indicators.SPECIAL_CIRCUMSTANCES.getCode());
        if (groups) {
          for (SpecialCircumstanceGroup g : SpecialCircumstanceGroup.values()) {
            long[] c = d.getValue().get(g.getCode());
            list.add(BreakdownCell.of(g.getCode(), unit, c == null ? 0 : c[NUM], 0));
          }
        } else {
          for (Map.Entry<String, long[]> c : d.getValue().entrySet()) {
            long[] v = c.getValue();
            if (v[DEN] > 0 || (count && v[NUM] > 0)) {
              list.add(BreakdownCell.of(c.getKey(), unit, v[NUM], count ? 0 : v[DEN]));
            }
          }
        }
        bd.put(d.getKey(), List.copyOf(list));
      }
      results.add(IndicatorResult.of(t.indicator, t.total[NUM], count ? 0 : t.total[DEN], excl, bd));
    }
    IndicatorReport report = IndicatorReport.of(year, referenceDate, results);
    return quality == null ? report : report.withDataQuality(quality);
  }

  @Override
  public String toString() {
    return "ReportSum{year=" + year + ", referenceDate=" + referenceDate + ", breakdowns=" + dimensions
        + ", reports=" + reports + "}";
  }
}
