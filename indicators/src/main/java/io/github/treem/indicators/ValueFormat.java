package io.github.treem.indicators;

import io.github.treem.core.plan.TargetComparator;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * How every value of one indicator is displayed: the total, each breakdown cell, last year's
 * value and the reference of each target. Every writer (table, JSON, CSV, HTML, DHIS2, Spark)
 * formats an indicator's values with one instance of this class, so that no output shows a figure
 * on the wrong side of a target.
 *
 * <h2>Display rule</h2>
 * A rate is shown with 2 decimals (a count with none), rounded half up, unless that would put it
 * on the other side of a reference of one of the indicator's targets, or on it. A shown value is
 * always on the same side of every reference as the exact value, and equal to a reference only
 * when exactly equal:
 * <ul>
 *   <li>19,999/20,000 (99.995%) against {@code ≥ 100} is shown {@code 99.99} (not met, shown
 *       short);</li>
 *   <li>9.001% against {@code < 9} or {@code ≤ 9} is shown {@code 9.01}, never {@code 9.00};</li>
 *   <li>8.996% against {@code < 9} is shown {@code 8.99} (met, shown met).</li>
 * </ul>
 * The value is then rounded down or up (towards its own side) instead of half up, so it stays
 * within one unit of the last decimal of the exact value. Only if neither neighbour at 2 decimals
 * keeps every reference on its side (two references less than 0.01 apart, or this year's value
 * and last year's rounding to the same figure) is one more decimal used, as many times as needed.
 *
 * <p>The references are the thresholds (exact decimals; a threshold with more than 2 decimals
 * raises the decimals of the indicator's values to its own) and, for the total only, last year's
 * value of an {@code INCREASE} target: last year's value is displayed by the same rule against the
 * thresholds ({@link #previous()}) and this year's total is kept on the right side of it as
 * displayed. Breakdown cells have no last year's figure: they are kept on the right side of the
 * thresholds. Values come from the exact fraction ({@link ExactValue}), never from a value already
 * rounded.
 *
 * <p>Example: {@code ValueFormat f = ValueFormat.of(result, assessments); f.format(result);
 * f.format(cell); f.previous();}
 *
 * <p>Implementation requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ValueFormat {
  /** The most decimals ever used beyond the base scale. */
  private static final int MAX_EXTRA_DECIMALS = 24;

  private final IndicatorUnit unit;
  private final int baseScale;
  private final List<Reference> fixed;
  private final Optional<Reference> increase;
  private final Optional<ExactValue> total;

  private record Reference(TargetComparator comparator, ExactValue value) {}

  private ValueFormat(IndicatorUnit unit, List<Reference> fixed, Optional<Reference> increase,
      Optional<ExactValue> total) {
    this.unit = unit;
    int scale = unit == IndicatorUnit.COUNT ? 0 : 2;
    for (Reference r : fixed) {
      scale = Math.max(scale, scaleOf(r.value));
    }
    this.baseScale = scale;
    this.fixed = List.copyOf(fixed);
    this.increase = increase;
    this.total = total;
  }

  /** The number of decimals of an exact decimal (at most 18, else 18). */
  static int scaleOf(ExactValue v) {
    int s = v.decimalScale();
    return s < 0 || s > 18 ? 18 : s;
  }

  /**
   * The format of an indicator without targets: rounded half up (2 decimals for a rate).
   *
   * @param unit the indicator's unit
   * @return the format
   */
  public static ValueFormat of(IndicatorUnit unit) {
    return new ValueFormat(unit, List.of(), Optional.empty(), Optional.empty());
  }

  /**
   * The format of a result's values against the targets of its indicator.
   *
   * @param result the result (its indicator, unit and total)
   * @param assessments assessments of any targets: those of other indicators are ignored
   * @return the format
   */
  public static ValueFormat of(IndicatorResult result, List<TargetAssessment> assessments) {
    return of(result.getIndicator().getUnit(), ExactValue.of(result),
        assessments.stream().filter(a -> a.getIndicatorCode().equals(result.getCode())).toList());
  }

  /**
   * The format of an indicator's values against its targets, when no result is at hand (e.g. a
   * single assessment).
   *
   * @param unit the indicator's unit
   * @param total the exact value of the indicator's total, if any
   * @param assessments the assessments of the indicator's targets (all are taken)
   * @return the format
   */
  public static ValueFormat of(IndicatorUnit unit, Optional<ExactValue> total, List<TargetAssessment> assessments) {
    List<Reference> fixed = new ArrayList<>();
    Optional<Reference> inc = Optional.empty();
    for (TargetAssessment a : assessments) {
      if (a.getExactReference().isEmpty()) {
        continue;
      }
      Reference r = new Reference(a.getComparator(), a.getExactReference().get());
      if (a.getComparator() != TargetComparator.INCREASE) {
        fixed.add(r);
      } else if (inc.isEmpty()) {
        inc = Optional.of(r);
      }
    }
    return new ValueFormat(unit, fixed, inc, total);
  }

  /**
   * Displays a value that is not the total (a breakdown cell, a value from elsewhere): kept on the
   * right side of the thresholds.
   *
   * @param value the exact value
   * @return the value as shown
   */
  public BigDecimal format(ExactValue value) {
    Objects.requireNonNull(value, "value must not be null");
    for (int s = baseScale; s <= baseScale + MAX_EXTRA_DECIMALS; s++) {
      BigDecimal shown = pick(value, s, null, null);
      if (shown != null) {
        return shown;
      }
    }
    return value.round(baseScale + MAX_EXTRA_DECIMALS, RoundingMode.HALF_UP);
  }

  /**
   * Displays the total of the indicator: kept on the right side of the thresholds and of last
   * year's value as {@link #previous()} shows it.
   *
   * @param result the result
   * @return the value as shown, empty when it has none
   */
  public Optional<BigDecimal> format(IndicatorResult result) {
    return ExactValue.of(result).map(this::formatTotal);
  }

  /**
   * Displays the exact value of the indicator's total (see {@link #format(IndicatorResult)}).
   *
   * @param value the exact value of the total
   * @return the value as shown
   */
  public BigDecimal formatTotal(ExactValue value) {
    return increase.isEmpty() ? format(value) : totalAndPrevious(value)[0];
  }

  /**
   * Displays the value of a breakdown cell.
   *
   * @param cell the cell
   * @return the value as shown, empty when the cell has none or is suppressed
   */
  public Optional<BigDecimal> format(BreakdownCell cell) {
    return ExactValue.of(unit, cell).map(this::format);
  }

  /**
   * Displays last year's value, the reference of the indicator's {@code INCREASE} target: a
   * decimal (a baseline written in the plan, or a fraction that is a short decimal such as 1/2)
   * as it is; another fraction (1/3) against the thresholds, with as many decimals as this year's
   * total needs to be told apart from it.
   *
   * @return last year's value as shown, empty when no INCREASE target has one
   */
  public Optional<BigDecimal> previous() {
    if (increase.isEmpty()) {
      return Optional.empty();
    }
    ExactValue p = increase.get().value;
    if (scaleOf(p) < 18) {
      return Optional.of(p.round(scaleOf(p), RoundingMode.UNNECESSARY));
    }
    if (total.isEmpty()) {
      return Optional.of(format(p));
    }
    return Optional.of(totalAndPrevious(total.get())[1]);
  }

  /**
   * Displays the reference of an assessment: the threshold as written, or for an {@code INCREASE}
   * target last year's value as {@link #previous()} shows it (a baseline written in the plan is a
   * decimal and shown as written when it has at most the indicator's decimals).
   *
   * @param assessment an assessment of this indicator
   * @return the reference as shown, empty when it has none
   */
  public Optional<BigDecimal> reference(TargetAssessment assessment) {
    if (assessment.getExactReference().isEmpty()) {
      return Optional.empty();
    }
    ExactValue r = assessment.getExactReference().get();
    if (assessment.getComparator() != TargetComparator.INCREASE) {
      return Optional.of(r.round(scaleOf(r), RoundingMode.UNNECESSARY));
    }
    if (increase.isPresent() && increase.get().value.equals(r)) {
      return previous();
    }
    return Optional.of(format(r));
  }

  private BigDecimal[] totalAndPrevious(ExactValue v) {
    Reference inc = increase.orElseThrow();
    int written = scaleOf(inc.value);
    for (int s = baseScale; s <= baseScale + MAX_EXTRA_DECIMALS; s++) {
      // a decimal (a baseline written in a plan) is shown as written; a fraction by the rule
      BigDecimal prev = written < 18 ? inc.value.round(written, RoundingMode.UNNECESSARY) : pick(inc.value, s, null, null);
      if (prev == null) {
        continue;
      }
      BigDecimal shown = pick(v, s, inc, prev);
      if (shown != null) {
        return new BigDecimal[] {shown, prev};
      }
    }
    int s = baseScale + MAX_EXTRA_DECIMALS;
    return new BigDecimal[] {v.round(s, RoundingMode.HALF_UP), inc.value.round(s, RoundingMode.HALF_UP)};
  }

  /** The first candidate at scale s that keeps every reference on its side, or null. */
  private @Nullable BigDecimal pick(ExactValue v, int s, @Nullable Reference inc, @Nullable BigDecimal prevShown) {
    BigDecimal half = v.round(s, RoundingMode.HALF_UP);
    if (keeps(v, half, inc, prevShown)) {
      return half;
    }
    BigDecimal down = v.round(s, RoundingMode.FLOOR);
    if (down.compareTo(half) != 0 && keeps(v, down, inc, prevShown)) {
      return down;
    }
    BigDecimal up = v.round(s, RoundingMode.CEILING);
    if (up.compareTo(half) != 0 && keeps(v, up, inc, prevShown)) {
      return up;
    }
    return null;
  }

  private boolean keeps(ExactValue v, BigDecimal shown, @Nullable Reference inc, @Nullable BigDecimal prevShown) {
    for (Reference r : fixed) {
      if (!sameSide(v.compareTo(r.value), ExactValue.of(shown).compareTo(r.value))) {
        return false;
      }
    }
    return inc == null || prevShown == null || sameSide(v.compareTo(inc.value), shown.compareTo(prevShown));
  }

  /** A value is shown on the same side of a reference as it is, and on it only when it is. */
  private static boolean sameSide(int exact, int shown) {
    return Integer.signum(exact) == Integer.signum(shown);
  }
}
