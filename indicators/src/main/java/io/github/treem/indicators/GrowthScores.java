package io.github.treem.indicators;

import io.github.treem.indicators.internal.TreemStyle;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * The three WHO 2006 z-scores of one measurement that the under-5 indicators use.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@TreemStyle
@API(status = API.Status.STABLE, since = "0.1")
public abstract class GrowthScores {
  GrowthScores() {}

  /** {@return weight-for-age} */
  public abstract ZScore getWeightForAge();

  /** {@return length/height-for-age} */
  public abstract ZScore getLengthForAge();

  /** {@return weight-for-length/height} */
  public abstract ZScore getWeightForLength();

  /**
   * The three scores.
   *
   * @param weightForAge weight-for-age
   * @param lengthForAge length/height-for-age
   * @param weightForLength weight-for-length/height
   * @return the scores
   */
  public static GrowthScores of(ZScore weightForAge, ZScore lengthForAge, ZScore weightForLength) {
    return new Builder().weightForAge(weightForAge).lengthForAge(lengthForAge).weightForLength(weightForLength).build();
  }

  /** Builds a {@link GrowthScores}. */
  static final class Builder extends ImmutableGrowthScores.Builder {
    Builder() {}
  }
}
