package io.github.treem.planreport;

import io.github.treem.planreport.internal.TreemStyle;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * One published figure with its label, for the period and last year: a line of the case figures
 * (e.g. "Số trường hợp trẻ em bị xâm hại được tiếp nhận").
 *
 * <p>Implementation requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@TreemStyle
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public abstract class FigureLine {
  FigureLine() {}

  /** {@return the label, in Vietnamese} */
  public abstract String getLabelVi();

  /** {@return the figure for the period, as published} */
  public abstract Figure getValue();

  /** {@return last year's figure, as published} */
  @Value.Default
  public Figure getPreviousValue() {
    return Figure.noData();
  }

  /**
   * A line.
   *
   * @param labelVi the label
   * @param value the figure for the period
   * @param previousValue last year's figure
   * @return the line
   */
  public static FigureLine of(String labelVi, Figure value, Figure previousValue) {
    return new Builder().labelVi(labelVi).value(value).previousValue(previousValue).build();
  }

  /** Builds a {@link FigureLine}. */
  static final class Builder extends ImmutableFigureLine.Builder {
    Builder() {}
  }
}
