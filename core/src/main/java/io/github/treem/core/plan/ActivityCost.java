package io.github.treem.core.plan;

import io.github.treem.core.internal.TreemStyle;
import io.github.treem.core.validation.InvalidValueException;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * What an activity cost from one funding source of the plan, in whole đồng.
 *
 * <pre>{@code
 * ActivityCost c = ActivityCost.of("NS_HUYEN", 3_500_000L);
 * }</pre>
 *
 * <p>Invariants (checked when built): the source identifier is not blank. The amount is checked by
 * {@link ActivityValidator} (not negative, plausible, within the plan's funding).
 *
 * <p>Implementation requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@TreemStyle
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public abstract class ActivityCost {
  ActivityCost() {}

  /** {@return the identifier of the funding source (a {@link FundingSource} of the plan)} */
  @Value.Parameter
  public abstract String getSourceId();

  /** {@return the amount, in đồng} */
  @Value.Parameter
  public abstract long getAmountDong();

  /**
   * A cost.
   *
   * @param sourceId the funding source
   * @param amountDong the amount, in đồng
   * @return the cost
   */
  public static ActivityCost of(String sourceId, long amountDong) {
    return ImmutableActivityCost.of(sourceId, amountDong);
  }

  @Value.Check
  void check() {
    if (getSourceId().isBlank()) {
      throw new InvalidValueException("TREEM-CORE-0560", "an activity cost needs its funding source");
    }
  }
}
