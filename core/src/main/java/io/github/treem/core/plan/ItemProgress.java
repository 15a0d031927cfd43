package io.github.treem.core.plan;

import io.github.treem.core.internal.TreemStyle;
import java.time.LocalDate;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A plan item's status at a date, with what it rests on: made by {@link PlanProgress}.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@TreemStyle
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public abstract class ItemProgress {
  ItemProgress() {}

  /** {@return the identifier of the plan item} */
  public abstract String getItemId();

  /** {@return the date of the status} */
  public abstract LocalDate getAsOf();

  /** {@return the status} */
  public abstract ItemStatus getStatus();

  /** {@return what the status rests on} */
  public abstract ProgressBasis getBasis();

  /** {@return the officer's reason, when the item is not done and a reason was given} */
  public abstract Optional<String> getReasonVi();

  /** {@return the officer's remark, if any} */
  public abstract Optional<String> getNoteVi();

  /** {@return the number of activities logged for the item on or before the date} */
  public abstract int getActivityCount();

  /** {@return the day of the first such activity, if any} */
  public abstract Optional<LocalDate> getFirstActivity();

  /** {@return the day of the last such activity, if any} */
  public abstract Optional<LocalDate> getLastActivity();

  /** Builds an {@link ItemProgress}. */
  static final class Builder extends ImmutableItemProgress.Builder {
    Builder() {}
  }
}
