package io.github.treem.indicators;

import io.github.treem.core.validation.InvalidValueException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.stream.Collectors;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The figures of several years side by side: for each indicator (its total, and each cell of its
 * breakdowns) the series of its published values, one point a year, with the change from the
 * point before.
 *
 * <pre>{@code
 * Trend trend = Trend.of(List.of(report2021, report2019, report2020)); // any order
 * trend.getYears();                                   // [2019, 2020, 2021]
 * trend.total("CAN_SWIM").orElseThrow().point(2021);  // value, state, change since 2020
 * }</pre>
 *
 * <h2>Rules</h2>
 * <ul>
 *   <li>The reports are of distinct years (two reports of one year: {@value #CODE_DUPLICATE_YEAR}).
 *   <li>The change of a point is its value minus the value of the point before it in the series
 *       (the year before, or the latest earlier year that has the figure: {@link Point#getChangeFrom()}),
 *       in the indicator's unit: percentage points for a rate, children for a count. It is computed
 *       from the values as published, so a reader can check it, and only when both are values.
 *   <li>Figures hidden in any year stay hidden: a point that is {@link ValueState#SUPPRESSED} has
 *       no figures and no change, and the point after it has no change either (a change from a
 *       hidden figure would tell it). A cell that a year does not have (a village not yet in the
 *       register, a breakdown not asked for) has no point that year.
 *   <li>Series are in the order of the latest report's indicators, each total followed by its
 *       breakdowns' cells, dimension by dimension, in key order; then what only earlier reports
 *       had.
 * </ul>
 *
 * <p>Implementation requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class Trend {
  /** The code of the exception for two reports of the same year: {@value}. */
  public static final String CODE_DUPLICATE_YEAR = "TREEM-IND-0030";

  private final List<Integer> years;
  private final List<Series> series;

  private Trend(List<Integer> years, List<Series> series) {
    this.years = List.copyOf(years);
    this.series = List.copyOf(series);
  }

  /**
   * The trend of reports of several years.
   *
   * @param reports the reports (published, as read back from their JSON), in any order
   * @return the trend
   * @throws InvalidValueException (code {@value #CODE_DUPLICATE_YEAR}) when two reports are of
   *     the same year
   */
  public static Trend of(List<IndicatorReport> reports) {
    Objects.requireNonNull(reports, "reports must not be null");
    List<IndicatorReport> sorted = new ArrayList<>(reports);
    sorted.sort(Comparator.comparingInt(IndicatorReport::getYear));
    for (int k = 1; k < sorted.size(); k++) {
      if (sorted.get(k).getYear() == sorted.get(k - 1).getYear()) {
        throw new InvalidValueException(CODE_DUPLICATE_YEAR, "two reports of the year " + sorted.get(k).getYear());
      }
    }
    // series keys in the order of the latest report first, then what earlier reports add
    Map<String, Series.Draft> drafts = new LinkedHashMap<>();
    for (int k = sorted.size() - 1; k >= 0; k--) {
      for (IndicatorResult r : sorted.get(k).getResults()) {
        drafts.computeIfAbsent(key(r.getCode(), null, null), x -> new Series.Draft(r.getIndicator(), null, null));
        for (Map.Entry<BreakdownDimension, List<BreakdownCell>> d : r.getBreakdowns().entrySet()) {
          for (BreakdownCell c : d.getValue()) {
            drafts.computeIfAbsent(key(r.getCode(), d.getKey(), c.getKey()),
                x -> new Series.Draft(r.getIndicator(), d.getKey(), c.getKey()));
          }
        }
      }
    }
    for (IndicatorReport report : sorted) {
      for (IndicatorResult r : report.getResults()) {
        boolean count = r.getIndicator().getUnit() == IndicatorUnit.COUNT;
        // a hidden total (a sensitive population's small total) has no figures, as a hidden cell
        boolean hidden = r.getState() == ValueState.SUPPRESSED;
        Objects.requireNonNull(drafts.get(key(r.getCode(), null, null))).add(report.getYear(),
            hidden ? OptionalLong.empty() : OptionalLong.of(r.getNumerator()),
            count || hidden ? OptionalLong.empty() : OptionalLong.of(r.getDenominator()), r.getValue(), r.getState());
        for (Map.Entry<BreakdownDimension, List<BreakdownCell>> d : r.getBreakdowns().entrySet()) {
          for (BreakdownCell c : d.getValue()) {
            Objects.requireNonNull(drafts.get(key(r.getCode(), d.getKey(), c.getKey()))).add(report.getYear(), c.getNumerator(),
                count ? OptionalLong.empty() : c.getDenominator(), c.getValue(), c.getState());
          }
        }
      }
    }
    // totals first in each indicator's group, as the drafts were met
    Map<String, List<Series>> byIndicator = new LinkedHashMap<>();
    for (Series.Draft d : drafts.values()) {
      byIndicator.computeIfAbsent(d.indicator.getCode(), x -> new ArrayList<>()).add(d.build());
    }
    List<Series> all = new ArrayList<>();
    byIndicator.values().forEach(all::addAll);
    return new Trend(sorted.stream().map(IndicatorReport::getYear).collect(Collectors.toList()), all);
  }

  private static String key(String code, @Nullable BreakdownDimension d, @Nullable String cell) {
    return d == null ? code : code + '\u0000' + d.getKey() + '\u0000' + cell;
  }

  /** {@return the years, ascending} */
  public List<Integer> getYears() {
    return years;
  }

  /** {@return every series: each indicator's total, then its breakdowns' cells} */
  public List<Series> getSeries() {
    return series;
  }

  /** {@return the series of the indicators' totals} */
  public List<Series> getTotals() {
    return series.stream().filter(s -> s.getDimension().isEmpty()).collect(Collectors.toUnmodifiableList());
  }

  /**
   * The series of an indicator's total.
   *
   * @param indicatorCode the indicator's code
   * @return the series, if some report has the indicator
   */
  public Optional<Series> total(String indicatorCode) {
    return series.stream().filter(s -> s.getDimension().isEmpty() && s.getIndicator().getCode().equals(indicatorCode))
        .findFirst();
  }

  /**
   * The series of one cell of an indicator's breakdown.
   *
   * @param indicatorCode the indicator's code
   * @param dimension the dimension
   * @param key the cell's key
   * @return the series, if some report has the cell
   */
  public Optional<Series> cell(String indicatorCode, BreakdownDimension dimension, String key) {
    return series.stream().filter(s -> s.getIndicator().getCode().equals(indicatorCode)
        && s.getDimension().equals(Optional.of(dimension)) && s.getKey().equals(Optional.of(key))).findFirst();
  }

  @Override
  public String toString() {
    return "Trend{years=" + years + ", series=" + series.size() + "}";
  }

  /** One indicator's total, or one cell of its breakdown, year by year. */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public static final class Series {
    private final Indicator indicator;
    private final Optional<BreakdownDimension> dimension;
    private final Optional<String> key;
    private final List<Point> points;

    private Series(Indicator indicator, @Nullable BreakdownDimension dimension, @Nullable String key, List<Point> points) {
      this.indicator = indicator;
      this.dimension = Optional.ofNullable(dimension);
      this.key = Optional.ofNullable(key);
      this.points = List.copyOf(points);
    }

    /** {@return the indicator} */
    public Indicator getIndicator() {
      return indicator;
    }

    /** {@return the breakdown dimension, empty for the total} */
    public Optional<BreakdownDimension> getDimension() {
      return dimension;
    }

    /** {@return the cell's key, empty for the total} */
    public Optional<String> getKey() {
      return key;
    }

    /** {@return the points, by year ascending (a year without the figure has none)} */
    public List<Point> getPoints() {
      return points;
    }

    /**
     * The point of a year.
     *
     * @param year the year
     * @return the point, if the year has the figure
     */
    public Optional<Point> point(int year) {
      return points.stream().filter(p -> p.getYear() == year).findFirst();
    }

    @Override
    public String toString() {
      return "Series{" + indicator.getCode() + dimension.map(d -> " " + d.getKey() + "=" + key.orElse("")).orElse("")
          + ", " + points + "}";
    }

    /** A series being collected. */
    private static final class Draft {
      final Indicator indicator;
      final @Nullable BreakdownDimension dimension;
      final @Nullable String key;
      final List<Point> points = new ArrayList<>();

      Draft(Indicator indicator, @Nullable BreakdownDimension dimension, @Nullable String key) {
        this.indicator = indicator;
        this.dimension = dimension;
        this.key = key;
      }

      void add(int year, OptionalLong numerator, OptionalLong denominator, Optional<BigDecimal> value,
          ValueState state) {
        Optional<BigDecimal> change = Optional.empty();
        OptionalInt from = OptionalInt.empty();
        if (!points.isEmpty()) {
          Point before = points.get(points.size() - 1);
          from = OptionalInt.of(before.getYear());
          if (state == ValueState.VALUE && before.getState() == ValueState.VALUE) {
            change = Optional.of(value.orElseThrow().subtract(before.getValue().orElseThrow()));
          }
        }
        boolean hidden = state == ValueState.SUPPRESSED;
        points.add(new Point(year, hidden ? OptionalLong.empty() : numerator,
            hidden ? OptionalLong.empty() : denominator, hidden ? Optional.empty() : value, state, change, from));
      }

      Series build() {
        return new Series(indicator, dimension, key, points);
      }
    }
  }

  /** One year's figure of a series, with the change from the point before. */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public static final class Point {
    private final int year;
    private final OptionalLong numerator;
    private final OptionalLong denominator;
    private final Optional<BigDecimal> value;
    private final ValueState state;
    private final Optional<BigDecimal> change;
    private final OptionalInt changeFrom;

    private Point(int year, OptionalLong numerator, OptionalLong denominator, Optional<BigDecimal> value,
        ValueState state, Optional<BigDecimal> change, OptionalInt changeFrom) {
      this.year = year;
      this.numerator = numerator;
      this.denominator = denominator;
      this.value = value;
      this.state = state;
      this.change = change;
      this.changeFrom = changeFrom;
    }

    /** {@return the year} */
    public int getYear() {
      return year;
    }

    /** {@return the numerator (the count, for a count indicator); empty when hidden} */
    public OptionalLong getNumerator() {
      return numerator;
    }

    /** {@return the denominator; empty for a count indicator and when hidden} */
    public OptionalLong getDenominator() {
      return denominator;
    }

    /** {@return the value as published; empty when there is no data or it is hidden} */
    public Optional<BigDecimal> getValue() {
      return value;
    }

    /** {@return the state as published} */
    public ValueState getState() {
      return state;
    }

    /**
     * {@return the value minus the value of the point before, in the indicator's unit; empty for
     * the first point and when either is not a value}
     */
    public Optional<BigDecimal> getChange() {
      return change;
    }

    /** {@return the year of the point before, the one the change is from; empty for the first point} */
    public OptionalInt getChangeFrom() {
      return changeFrom;
    }

    @Override
    public String toString() {
      return year + ":" + (state == ValueState.VALUE ? value.orElseThrow().toPlainString() : state.name())
          + change.map(c -> "(" + (c.signum() > 0 ? "+" : "") + c.toPlainString() + ")").orElse("");
    }
  }
}
