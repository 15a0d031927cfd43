package io.github.treem.planreport;

import io.github.treem.planreport.internal.TreemStyle;
import java.util.OptionalLong;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * One row of a {@link CountTable}: a count of children (attendances), by sex where known, before
 * disclosure control, and whether the row is sensitive (its children were chosen for their
 * circumstances, so a small count can point to a child).
 *
 * <p>Invariants (checked when built): the counts are not negative; the counts by sex do not exceed
 * the total.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@TreemStyle
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public abstract class CountRow {
  CountRow() {}

  /** {@return the key of the row, unique in its table (e.g. an activity kind)} */
  public abstract String getKey();

  /** {@return the label of the row, in Vietnamese} */
  public abstract String getLabelVi();

  /** {@return whether small counts in this row must be hidden} */
  public abstract boolean isSensitive();

  /** {@return the number of children} */
  public abstract long getTotal();

  /** {@return the number of girls, if known} */
  public abstract OptionalLong getFemale();

  /** {@return the number of boys, if known} */
  public abstract OptionalLong getMale();

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    long f = getFemale().orElse(0);
    long m = getMale().orElse(0);
    if (getTotal() < 0 || f < 0 || m < 0 || f > getTotal() || m > getTotal() - f) {
      throw new IllegalStateException("row " + getKey() + ": counts must be non-negative and the counts by sex within the total");
    }
  }

  /** Builds a {@link CountRow}. */
  public static final class Builder extends ImmutableCountRow.Builder {
    Builder() {}
  }
}
