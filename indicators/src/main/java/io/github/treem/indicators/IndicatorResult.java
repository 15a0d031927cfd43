package io.github.treem.indicators;

import io.github.treem.core.validation.InvalidValueException;
import io.github.treem.indicators.internal.IndicatorErrorCode;
import io.github.treem.indicators.internal.TreemStyle;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * The result of one indicator: numerator, denominator, value, exclusions by reason, and the
 * requested breakdowns.
 *
 * <p>Value = 100 × numerator / denominator, computed exactly with {@link BigDecimal} and rounded
 * to 2 decimals HALF_UP (e.g. 1/3 gives 33.33, 1/8 gives 12.50); a denominator of 0 gives no
 * value and the state {@link ValueState#NO_DATA}, never 0%. For a {@link IndicatorUnit#COUNT}
 * indicator the denominator is 0, the value is the numerator and the state is always
 * {@link ValueState#VALUE}.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@TreemStyle
@API(status = API.Status.STABLE, since = "0.1")
public abstract class IndicatorResult {
  IndicatorResult() {}

  /** {@return the indicator} */
  public abstract Indicator getIndicator();

  /** {@return the indicator's code} */
  public String getCode() {
    return getIndicator().getCode();
  }

  /** {@return the numerator (the count, for a count indicator)} */
  public abstract long getNumerator();

  /** {@return the denominator (0 for a count indicator)} */
  public abstract long getDenominator();

  /** {@return the value, empty when the state is NO_DATA} */
  public abstract Optional<BigDecimal> getValue();

  /**
   * {@return VALUE or NO_DATA; SUPPRESSED when disclosure control hid the total itself (only for
   * an indicator whose whole population is sensitive, {@link DisclosureRule#sensitivePopulations()}):
   * then the numerator and denominator read 0 and must not be shown, the value is empty and no
   * breakdown is published}
   */
  public abstract ValueState getState();

  /** {@return the number of children excluded, by reason (reasons with 0 are left out), in reason order} */
  public abstract Map<ExclusionReason, Long> getExclusions();

  /**
   * {@return the exclusion reasons whose count is hidden by disclosure control (published as
   * hidden, not as 0; their counts are not in {@link #getExclusions()})}
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public abstract java.util.Set<ExclusionReason> getSuppressedExclusions();

  /** {@return the breakdowns requested, by dimension, each a list of cells sorted by key} */
  public abstract Map<BreakdownDimension, List<BreakdownCell>> getBreakdowns();

  /** {@return the total number of exclusions} */
  public long getExcludedCount() {
    return getExclusions().values().stream().mapToLong(Long::longValue).sum();
  }

  /** A copy with other breakdowns and exclusions (used by disclosure control). */
  IndicatorResult copyWith(Map<BreakdownDimension, List<BreakdownCell>> breakdowns,
      Map<ExclusionReason, Long> exclusions, java.util.Set<ExclusionReason> suppressedExclusions) {
    return new Builder().from(this).breakdowns(breakdowns).exclusions(exclusions)
        .suppressedExclusions(suppressedExclusions).build();
  }

  /**
   * A copy with other breakdowns (e.g. a part of a published report's cells: publishing less of
   * an audited publication discloses nothing more). A hidden total has no breakdowns, and keeps
   * none.
   *
   * @param breakdowns the breakdowns, by dimension, each a list of cells sorted by key
   * @return the copy
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public IndicatorResult withOtherBreakdowns(Map<BreakdownDimension, List<BreakdownCell>> breakdowns) {
    Objects.requireNonNull(breakdowns, "breakdowns must not be null");
    return new Builder().from(this).breakdowns(getState() == ValueState.SUPPRESSED ? Map.of() : breakdowns).build();
  }

  /** A copy whose total is hidden, without breakdowns (used by disclosure control). */
  IndicatorResult copySuppressedTotal(Map<ExclusionReason, Long> exclusions, java.util.Set<ExclusionReason> suppressedExclusions) {
    return new Builder().from(this).numerator(0).denominator(0).value(Optional.empty()).state(ValueState.SUPPRESSED)
        .breakdowns(Map.of()).exclusions(exclusions).suppressedExclusions(suppressedExclusions).build();
  }

  /**
   * A copy whose total is hidden, as a published report shows it (read back from a report JSON or
   * CSV): numerator and denominator 0, no value, state {@link ValueState#SUPPRESSED}, no breakdown.
   *
   * @return the copy
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public IndicatorResult withSuppressedTotal() {
    return copySuppressedTotal(getExclusions(), getSuppressedExclusions());
  }

  /**
   * A copy whose exclusion counts of some reasons are hidden, as a published report lists them
   * (read back from a report JSON or CSV): the reasons must not have a count in
   * {@link #getExclusions()}. Disclosure control makes such results itself; a reader audits the
   * report it rebuilds ({@link DisclosureControl#verify(IndicatorReport, List)}).
   *
   * @param reasons the reasons whose count is hidden
   * @return the copy
   * @throws IllegalArgumentException when a reason also has a count
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public IndicatorResult withSuppressedExclusions(java.util.Set<ExclusionReason> reasons) {
    for (ExclusionReason r : reasons) {
      if (getExclusions().containsKey(r)) {
        throw new IllegalArgumentException("the exclusion count of " + r + " is both published and hidden");
      }
    }
    return new Builder().from(this).suppressedExclusions(reasons).build();
  }

  /**
   * A result.
   *
   * @param indicator the indicator
   * @param numerator the numerator
   * @param denominator the denominator (0 for a count)
   * @param exclusions the exclusions by reason
   * @param breakdowns the breakdowns
   * @return the result
   */
  public static IndicatorResult of(Indicator indicator, long numerator, long denominator,
      Map<ExclusionReason, Long> exclusions, Map<BreakdownDimension, List<BreakdownCell>> breakdowns) {
    Optional<BigDecimal> v = valueOf(indicator.getUnit(), numerator, denominator);
    return new Builder().indicator(indicator).numerator(numerator).denominator(denominator).value(v)
        .state(v.isPresent() ? ValueState.VALUE : ValueState.NO_DATA)
        .exclusions(exclusions).breakdowns(breakdowns).build();
  }

  /**
   * The value of a numerator and a denominator: 100 × n / d rounded to 2 decimals HALF_UP, or
   * empty when d is 0; for a count, n itself.
   *
   * @param unit the unit
   * @param numerator the numerator
   * @param denominator the denominator
   * @return the value
   */
  public static Optional<BigDecimal> valueOf(IndicatorUnit unit, long numerator, long denominator) {
    if (unit == IndicatorUnit.COUNT) {
      return Optional.of(BigDecimal.valueOf(numerator));
    }
    if (denominator == 0) {
      return Optional.empty();
    }
    return Optional.of(BigDecimal.valueOf(numerator).multiply(BigDecimal.valueOf(100))
        .divide(BigDecimal.valueOf(denominator), 2, RoundingMode.HALF_UP));
  }

  @Value.Check
  void check() {
    if (getNumerator() < 0 || getDenominator() < 0
        || (getIndicator().getUnit() == IndicatorUnit.PERCENT && getNumerator() > getDenominator())) {
      throw new InvalidValueException(IndicatorErrorCode.NUMERATOR_OUT_OF_RANGE, "numerator must be 0..denominator");
    }
  }

  /** Builds an {@link IndicatorResult}. */
  static final class Builder extends ImmutableIndicatorResult.Builder {
    Builder() {}
  }
}
