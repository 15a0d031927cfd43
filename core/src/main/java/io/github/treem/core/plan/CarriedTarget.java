package io.github.treem.core.plan;

import io.github.treem.core.internal.TreemStyle;
import io.github.treem.core.validation.InvalidValueException;
import java.math.BigDecimal;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A target that a draft plan carries over from last year's plan: last year's value (the new
 * baseline) and how last year's target ended, so that a target not met is flagged for the
 * officer.
 *
 * <p>Invariants (checked when built): the target identifier is not blank.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@TreemStyle
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public abstract class CarriedTarget {
  CarriedTarget() {}

  /** {@return the identifier of the target (the same in both plans)} */
  public abstract String getTargetId();

  /** {@return the year of last year's plan} */
  public abstract int getPreviousYear();

  /** {@return last year's published value, if there was one} */
  public abstract Optional<BigDecimal> getPreviousValue();

  /** {@return how last year's target ended} */
  public abstract PreviousOutcome getOutcome();

  /** {@return last year's gap (value minus reference) when the target was not met} */
  public abstract Optional<BigDecimal> getPreviousGap();

  /** {@return whether the draft flags the target for the officer (it was not met)} */
  public boolean isFlagged() {
    return getOutcome() == PreviousOutcome.NOT_MET;
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    if (getTargetId().isBlank()) {
      throw new InvalidValueException("TREEM-CORE-0557", "a carried target needs its target id");
    }
  }

  /** Builds a {@link CarriedTarget}. */
  public static final class Builder extends ImmutableCarriedTarget.Builder {
    Builder() {}
  }
}
