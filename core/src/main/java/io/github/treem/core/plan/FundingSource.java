package io.github.treem.core.plan;

import io.github.treem.core.internal.TreemStyle;
import io.github.treem.core.validation.InvalidValueException;
import java.util.Optional;
import java.util.OptionalLong;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A source of a plan's funding, with the total planned from it when the plan or its budget says.
 * Amounts are whole đồng ({@code long}), never floating point.
 *
 * <pre>{@code
 * FundingSource district = FundingSource.builder()
 *     .id("NS_HUYEN")
 *     .kind(FundingSourceKind.DISTRICT_BUDGET)
 *     .nameVi("Ngân sách huyện bố trí trong dự toán năm 2020")
 *     .plannedDong(20_000_000L)
 *     .build();
 * }</pre>
 *
 * <p>Invariants (checked when built): the identifier and the name are not blank. Amounts are
 * checked by {@link PlanValidator} (not negative; allocations within the total).
 *
 * <p>Implementation requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@TreemStyle
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public abstract class FundingSource {
  FundingSource() {}

  /** {@return the identifier of the source within its plan} */
  public abstract String getId();

  /** {@return the kind of source} */
  public abstract FundingSourceKind getKind();

  /** {@return the source as the plan names it, in Vietnamese} */
  public abstract String getNameVi();

  /** {@return the total planned from this source, in đồng, if known} */
  public abstract OptionalLong getPlannedDong();

  /** {@return a note, e.g. "nguồn hỗ trợ một phần" (a partial contribution), if any} */
  public abstract Optional<String> getNoteVi();

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    if (getId().isBlank()) {
      throw new InvalidValueException("TREEM-CORE-0545", "funding source id must not be blank");
    }
    if (getNameVi().isBlank()) {
      throw new InvalidValueException("TREEM-CORE-0546", "funding source " + getId() + ": name must not be blank");
    }
  }

  /** Builds a {@link FundingSource}. */
  public static final class Builder extends ImmutableFundingSource.Builder {
    Builder() {}
  }
}
