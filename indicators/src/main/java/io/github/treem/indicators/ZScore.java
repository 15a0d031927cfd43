package io.github.treem.indicators;

import io.github.treem.core.validation.InvalidValueException;
import io.github.treem.indicators.internal.IndicatorErrorCode;
import io.github.treem.indicators.internal.TreemStyle;
import java.util.OptionalDouble;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * One WHO z-score as the indicators use it: the value rounded to 2 decimals as the WHO software
 * rounds it, and whether it is flagged as biologically implausible; or no value when the WHO
 * software computes none (missing or out-of-range input, oedema for weight-based indices).
 *
 * <p>Implementation requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@TreemStyle
@API(status = API.Status.STABLE, since = "0.1")
public abstract class ZScore {
  ZScore() {}

  /** {@return the z-score rounded to 2 decimals, or empty when none is computed} */
  public abstract OptionalDouble getValue();

  /** {@return true when the z-score is flagged as implausible (WHO flag bounds)} */
  @Value.Default
  public boolean isFlagged() {
    return false;
  }

  /**
   * A computed z-score.
   *
   * @param rounded the z-score rounded to 2 decimals
   * @param flagged whether it is flagged
   * @return the z-score
   */
  public static ZScore of(double rounded, boolean flagged) {
    return new Builder().value(rounded).flagged(flagged).build();
  }

  /** {@return a z-score that could not be computed} */
  public static ZScore notComputed() {
    return new Builder().build();
  }

  @Value.Check
  void check() {
    if (getValue().isPresent() && !Double.isFinite(getValue().getAsDouble())) {
      throw new InvalidValueException(IndicatorErrorCode.ZSCORE_NOT_FINITE, "z-score must be finite");
    }
    if (getValue().isEmpty() && isFlagged()) {
      throw new InvalidValueException(IndicatorErrorCode.ZSCORE_FLAG_WITHOUT_VALUE, "a z-score that is not computed cannot be flagged");
    }
  }

  /** Builds a {@link ZScore}. */
  static final class Builder extends ImmutableZScore.Builder {
    Builder() {}
  }
}
