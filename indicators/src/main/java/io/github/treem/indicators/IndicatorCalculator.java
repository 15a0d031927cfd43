package io.github.treem.indicators;

import io.github.treem.core.Child;
import io.github.treem.core.validation.InvalidValueException;
import io.github.treem.indicators.internal.IndicatorErrorCode;
import java.io.DataInput;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.BinaryOperator;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collector;
import java.util.stream.Stream;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Computes the plan's indicators ({@link Indicators}, docs/indicators.md) for a reporting year Y
 * at a reference date R, streaming: children are added one at a time to an {@link Accumulator},
 * which keeps counts only (per indicator and breakdown cell), so a register of any size is
 * processed in constant memory. Accumulators merge associatively and commutatively, so
 * villages' accumulators can be merged into a commune's and communes' into a province's, in any
 * order, in one thread or in parallel, with identical results.
 *
 * <pre>{@code
 * IndicatorCalculator calc = IndicatorCalculator.builder()
 *     .year(2020)
 *     .breakdowns(BreakdownDimension.VILLAGE, BreakdownDimension.SEX)
 *     .build();
 * Accumulator acc = calc.newAccumulator();
 * children.forEach(c -> acc.add(c, "19768"));
 * IndicatorReport report = io.github.treem.indicators.DisclosureControl.publish(acc.result(), java.util.List.of()).report();
 * }</pre>
 *
 * <p>Implementation requirements: immutable and thread-safe (accumulators are not).
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class IndicatorCalculator {

  private final int year;
  private final LocalDate referenceDate;
  private final List<Indicators> indicators;
  private final Set<BreakdownDimension> dimensions;
  private final GrowthScorer scorer;

  private IndicatorCalculator(Builder b) {
    this.year = b.year;
    this.referenceDate = b.referenceDate != null ? b.referenceDate : LocalDate.of(b.year, 12, 31);
    this.indicators = List.copyOf(EnumSet.copyOf(b.indicators));
    this.dimensions = Collections.unmodifiableSet(EnumSet.copyOf(b.dimensions));
    this.scorer = b.scorer != null ? b.scorer : DefaultGrowthScorer.get();
  }

  /** {@return the reporting year Y} */
  public int getYear() {
    return year;
  }

  /** {@return the reference date R (31 December of Y unless set)} */
  public LocalDate getReferenceDate() {
    return referenceDate;
  }

  /** {@return the indicators computed, in catalogue order} */
  public List<Indicators> getIndicators() {
    return indicators;
  }

  /** {@return the breakdown dimensions computed} */
  public Set<BreakdownDimension> getDimensions() {
    return dimensions;
  }

  /** {@return the z-score computer used by the under-5 indicators} */
  public GrowthScorer getGrowthScorer() {
    return scorer;
  }

  /** {@return a new, empty accumulator} */
  public Accumulator newAccumulator() {
    return new Accumulator(this);
  }

  /**
   * Computes the report of a sequence of children of one area, streaming.
   *
   * @param children the children
   * @param area the area key of the {@link BreakdownDimension#AREA} breakdown
   * @return the (unsuppressed) report
   */
  public IndicatorReport compute(Iterable<Child> children, String area) {
    Accumulator acc = newAccumulator();
    for (Child c : children) {
      acc.add(c, area);
    }
    return acc.result();
  }

  /**
   * A collector that adds the children of a stream (parallel streams welcome) to an accumulator.
   *
   * @param area the area key of the {@link BreakdownDimension#AREA} breakdown
   * @return the collector
   */
  public Collector<Child, Accumulator, Accumulator> toAccumulator(String area) {
    Supplier<Accumulator> s = this::newAccumulator;
    BiConsumer<Accumulator, Child> add = (a, c) -> a.add(c, area);
    BinaryOperator<Accumulator> merge = Accumulator::merge;
    return Collector.of(s, add, merge, Function.identity(), Collector.Characteristics.UNORDERED,
        Collector.Characteristics.IDENTITY_FINISH);
  }

  /**
   * Computes the report of a stream of children of one area.
   *
   * @param children the children
   * @param area the area key
   * @return the (unsuppressed) report
   */
  public IndicatorReport compute(Stream<Child> children, String area) {
    return children.collect(toAccumulator(area)).result();
  }

  /**
   * Reads an accumulator's counts written by {@link Accumulator#writeTo(java.io.DataOutput)}
   * (in this process or another) into a new accumulator of this calculator, which can then be
   * added to and merged as usual. The form must have been written by a calculator of the same
   * year, reference date, indicators and breakdowns (the growth scorer is not recorded).
   *
   * <pre>{@code
   * byte[] bytes = ...; // acc.writeTo(new DataOutputStream(buffer)) elsewhere
   * Accumulator acc = calc.readAccumulator(new DataInputStream(new ByteArrayInputStream(bytes)));
   * }</pre>
   *
   * @param in the binary form (read up to its end, not closed)
   * @return a new accumulator holding the counts read
   * @throws IOException when {@code in} fails or ends early
   * @throws InvalidValueException TREEM-IND-0013 when the form was written by a calculator of
   *     another year, reference date, indicators or breakdowns; TREEM-IND-0014 when it is not the
   *     binary form of an accumulator, is of an unknown version, or is inconsistent
   * @since 0.1.0
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public Accumulator readAccumulator(DataInput in) throws IOException {
    Objects.requireNonNull(in, "in must not be null");
    return Accumulator.readFrom(this, in);
  }

  boolean isCompatible(IndicatorCalculator o) {
    return o == this || (year == o.year && referenceDate.equals(o.referenceDate) && indicators.equals(o.indicators)
        && dimensions.equals(o.dimensions));
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds an {@link IndicatorCalculator}. The year is required; the reference date defaults to
   * 31 December of the year, the indicators to all built-ins, the breakdowns to none, and the
   * z-score computer to the WHO 2006 standards of this library.
   *
   * <p>Implementation requirements: not thread-safe.
   */
  public static final class Builder {
    private @Nullable Integer yearSet;
    private int year;
    private @Nullable LocalDate referenceDate;
    private final List<Indicators> indicators = new ArrayList<>(Indicators.all());
    private final Set<BreakdownDimension> dimensions = EnumSet.noneOf(BreakdownDimension.class);
    private @Nullable GrowthScorer scorer;

    Builder() {}

    /**
     * Sets the reporting year Y.
     *
     * @param year the year
     * @return this builder
     */
    public Builder year(int year) {
      this.year = year;
      this.yearSet = year;
      return this;
    }

    /**
     * Sets the reference date R (default 31 December of Y).
     *
     * @param referenceDate the date
     * @return this builder
     */
    public Builder referenceDate(LocalDate referenceDate) {
      this.referenceDate = Objects.requireNonNull(referenceDate, "referenceDate must not be null");
      return this;
    }

    /**
     * Sets the indicators to compute (default all).
     *
     * @param indicators the indicators
     * @return this builder
     */
    public Builder indicators(Iterable<Indicators> indicators) {
      this.indicators.clear();
      indicators.forEach(i -> this.indicators.add(Objects.requireNonNull(i, "indicator must not be null")));
      return this;
    }

    /**
     * Sets the breakdown dimensions (default none).
     *
     * @param dimensions the dimensions
     * @return this builder
     */
    public Builder breakdowns(BreakdownDimension... dimensions) {
      return breakdowns(List.of(dimensions));
    }

    /**
     * Sets the breakdown dimensions (default none).
     *
     * @param dimensions the dimensions
     * @return this builder
     */
    public Builder breakdowns(Iterable<BreakdownDimension> dimensions) {
      this.dimensions.clear();
      dimensions.forEach(d -> this.dimensions.add(Objects.requireNonNull(d, "dimension must not be null")));
      return this;
    }

    /**
     * Sets the z-score computer (default: the WHO 2006 standards of this library).
     *
     * @param scorer the computer
     * @return this builder
     */
    public Builder growthScorer(GrowthScorer scorer) {
      this.scorer = Objects.requireNonNull(scorer, "scorer must not be null");
      return this;
    }

    /**
     * Builds the calculator.
     *
     * @return the calculator
     * @throws InvalidValueException when the year is missing, or no indicator is chosen
     */
    public IndicatorCalculator build() {
      if (yearSet == null) {
        throw new InvalidValueException(IndicatorErrorCode.CALCULATOR_YEAR_MISSING, "year must be set");
      }
      if (indicators.isEmpty()) {
        throw new InvalidValueException(IndicatorErrorCode.CALCULATOR_NO_INDICATORS, "indicators must not be empty");
      }
      return new IndicatorCalculator(this);
    }
  }
}
