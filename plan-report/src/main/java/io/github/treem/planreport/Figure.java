package io.github.treem.planreport;

import io.github.treem.indicators.ValueState;
import io.github.treem.planreport.internal.TreemStyle;
import java.math.BigDecimal;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A figure as it may be published: a value, a figure hidden by disclosure control (written
 * {@value #SUPPRESSED_SYMBOL}), or no data. The report holds only figures in this form: every
 * figure of children in it has been through disclosure control before it reaches the report.
 *
 * <pre>{@code
 * Figure.of(120);                        // 120
 * Figure.of(new BigDecimal("96.55"));    // 96.55
 * Figure.suppressed();                   // x
 * Figure.noData();                       // —
 * }</pre>
 *
 * <p>Invariants (checked when built): a value is present exactly when the state is
 * {@link ValueState#VALUE}.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@TreemStyle
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public abstract class Figure {
  /** How a suppressed figure is written. */
  public static final String SUPPRESSED_SYMBOL = "x";
  /** How a missing figure is written. */
  public static final String NO_DATA_SYMBOL = "—";

  private static final Figure SUPPRESSED = new Builder().state(ValueState.SUPPRESSED).build();
  private static final Figure NO_DATA = new Builder().state(ValueState.NO_DATA).build();

  Figure() {}

  /** {@return the state: a value, suppressed, or no data} */
  public abstract ValueState getState();

  /** {@return the value, present only in state {@link ValueState#VALUE}} */
  public abstract Optional<BigDecimal> getValue();

  /**
   * A count.
   *
   * @param count the count
   * @return the figure
   */
  public static Figure of(long count) {
    return of(BigDecimal.valueOf(count));
  }

  /**
   * A value.
   *
   * @param value the value
   * @return the figure
   */
  public static Figure of(BigDecimal value) {
    return new Builder().state(ValueState.VALUE).value(value).build();
  }

  /** {@return a figure hidden by disclosure control} */
  public static Figure suppressed() {
    return SUPPRESSED;
  }

  /** {@return a missing figure} */
  public static Figure noData() {
    return NO_DATA;
  }

  /** {@return whether the figure has a value} */
  public boolean isValue() {
    return getState() == ValueState.VALUE;
  }

  /** {@return whether the figure is hidden} */
  public boolean isSuppressed() {
    return getState() == ValueState.SUPPRESSED;
  }

  @Value.Check
  void check() {
    if (getValue().isPresent() != (getState() == ValueState.VALUE)) {
      throw new IllegalStateException("a figure has a value exactly when its state is VALUE");
    }
  }

  /** {@return the value as plain text, {@value #SUPPRESSED_SYMBOL} or {@value #NO_DATA_SYMBOL}} */
  @Override
  public String toString() {
    return switch (getState()) {
      case VALUE -> getValue().orElseThrow().toPlainString();
      case SUPPRESSED -> SUPPRESSED_SYMBOL;
      default -> NO_DATA_SYMBOL;
    };
  }

  /** Builds a {@link Figure}. */
  static final class Builder extends ImmutableFigure.Builder {
    Builder() {}
  }
}
