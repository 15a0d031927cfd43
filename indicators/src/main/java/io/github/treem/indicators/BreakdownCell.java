package io.github.treem.indicators;

import io.github.treem.core.validation.InvalidValueException;
import io.github.treem.indicators.internal.CellKeys;
import io.github.treem.indicators.internal.IndicatorErrorCode;
import io.github.treem.indicators.internal.TreemStyle;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.Optional;
import java.util.OptionalLong;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * One cell of a breakdown: its key (a village, {@code MALE}, a group letter, {@code UNKNOWN},
 * ...), its own numerator and denominator, and its value. A suppressed cell (state
 * {@link ValueState#SUPPRESSED}) shows neither counts nor value.
 *
 * <p>For a {@link IndicatorUnit#COUNT} indicator the denominator is 0 and the value is the
 * numerator.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@TreemStyle
@API(status = API.Status.STABLE, since = "0.1")
public abstract class BreakdownCell {
  BreakdownCell() {}

  /** {@return the key of the cell} */
  public abstract String getKey();

  /** {@return the numerator, empty when suppressed} */
  public abstract OptionalLong getNumerator();

  /** {@return the denominator, empty when suppressed} */
  public abstract OptionalLong getDenominator();

  /** {@return the value, empty for NO_DATA and SUPPRESSED} */
  public abstract Optional<BigDecimal> getValue();

  /** {@return the state of the value} */
  public abstract ValueState getState();

  /**
   * The order in which a report lists the cells of a breakdown, by key: natural order (runs of
   * digits compared as numbers, so {@code "Thôn 2"} comes before {@code "Thôn 10"}), then
   * {@code NONE}, then {@code UNKNOWN} last. For presenting cells from elsewhere in the same order.
   *
   * @return the comparator of cell keys
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public static Comparator<String> keyOrder() {
    return CellKeys.ORDER;
  }

  /**
   * A cell with its figures.
   *
   * @param key the key
   * @param unit the indicator's unit
   * @param numerator the numerator
   * @param denominator the denominator (0 for a count)
   * @return the cell
   */
  public static BreakdownCell of(String key, IndicatorUnit unit, long numerator, long denominator) {
    Optional<BigDecimal> v = IndicatorResult.valueOf(unit, numerator, denominator);
    return new Builder().key(key).numerator(numerator).denominator(denominator).value(v)
        .state(v.isPresent() ? ValueState.VALUE : ValueState.NO_DATA).build();
  }

  /**
   * A suppressed cell.
   *
   * @param key the key
   * @return the cell, without figures
   */
  public static BreakdownCell suppressed(String key) {
    return new Builder().key(key).state(ValueState.SUPPRESSED).build();
  }

  @Value.Check
  void check() {
    boolean hidden = getState() == ValueState.SUPPRESSED;
    if (hidden != getNumerator().isEmpty() || hidden != getDenominator().isEmpty()
        || (getState() == ValueState.VALUE) != getValue().isPresent()) {
      throw new InvalidValueException(IndicatorErrorCode.CELL_STATE_MISMATCH, "cell figures do not match its state " + getState());
    }
  }

  /** Builds a {@link BreakdownCell}. */
  static final class Builder extends ImmutableBreakdownCell.Builder {
    Builder() {}
  }
}
