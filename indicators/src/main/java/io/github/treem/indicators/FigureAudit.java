package io.github.treem.indicators;

import java.util.Optional;
import org.apiguardian.api.API;

/**
 * What the disclosure audit found for one hidden figure: the least and greatest values of its
 * count (the denominator of a rate's cell, the count of a count), of its numerator and of the
 * children without the attribute (denominator − numerator), consistent with every published
 * figure, and whether that satisfies the protection rule of {@link DisclosureControl}.
 *
 * @param figure the hidden figure
 * @param sensitive whether the protection interval applies (see {@link DisclosureRule#isSensitive(Figure)})
 * @param size the range of its count (denominator for a rate)
 * @param numerator the range of its numerator (rates only)
 * @param complement the range of denominator − numerator (rates only)
 * @param requiredUpper the least upper end the count's range must reach (sensitive figures)
 * @param strictModel true when the ranges come from the strict model (no child in two groups),
 *     false when that model is refuted by the published figures and the overlapping model was used
 * @param problem empty when protected, else why not (e.g. {@code "count pinned to one value"})
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record FigureAudit(Figure figure, boolean sensitive, Range size, Optional<Range> numerator,
    Optional<Range> complement, long requiredUpper, boolean strictModel, Optional<String> problem) {

  /**
   * A range of integers.
   *
   * @param min the least value
   * @param max the greatest value ({@value io.github.treem.indicators.internal.IntegerRanges#UNBOUNDED}
   *     when only the solver's bound limits it)
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public record Range(long min, long max) {
    /** {@return whether the range is a single value (the figure is disclosed exactly)} */
    public boolean isPinned() {
      return min == max;
    }

    /** {@return e.g. {@code "[1, 8]"}} */
    @Override
    public String toString() {
      return "[" + min + ", " + max + "]";
    }
  }

  /** {@return whether the figure is protected} */
  public boolean isProtected() {
    return problem.isEmpty();
  }
}
