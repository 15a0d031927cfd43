package io.github.treem.core.plan;

import io.github.treem.core.internal.TreemStyle;
import io.github.treem.core.validation.InvalidValueException;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * An amount planned from one source for one item of a plan (a task, solution or duty), in whole
 * đồng. The allocations of a source add up to at most its planned total ({@link PlanValidator}).
 *
 * <pre>{@code
 * FundingAllocation midAutumn = FundingAllocation.builder()
 *     .sourceId("NS_HUYEN").itemId("NV3").plannedDong(8_000_000L).build();
 * }</pre>
 *
 * <p>Invariants (checked when built): the source and item identifiers are not blank.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@TreemStyle
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public abstract class FundingAllocation {
  FundingAllocation() {}

  /** {@return the identifier of the funding source} */
  public abstract String getSourceId();

  /** {@return the identifier of the plan item funded} */
  public abstract String getItemId();

  /** {@return the amount planned, in đồng} */
  public abstract long getPlannedDong();

  /** {@return a note, if any} */
  public abstract Optional<String> getNoteVi();

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    if (getSourceId().isBlank() || getItemId().isBlank()) {
      throw new InvalidValueException("TREEM-CORE-0547", "a funding allocation needs a source and an item");
    }
  }

  /** Builds a {@link FundingAllocation}. */
  public static final class Builder extends ImmutableFundingAllocation.Builder {
    Builder() {}
  }
}
