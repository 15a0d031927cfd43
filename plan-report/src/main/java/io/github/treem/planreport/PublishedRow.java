package io.github.treem.planreport;

import io.github.treem.planreport.internal.TreemStyle;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * One row of a {@link PublishedTable}: the figures of a {@link CountRow} as they may be published.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@TreemStyle
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public abstract class PublishedRow {
  PublishedRow() {}

  /** {@return the key of the row} */
  public abstract String getKey();

  /** {@return the label of the row, in Vietnamese} */
  public abstract String getLabelVi();

  /** {@return the number of children} */
  public abstract Figure getTotal();

  /** {@return the number of girls} */
  public abstract Figure getFemale();

  /** {@return the number of boys} */
  public abstract Figure getMale();

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PublishedRow}. */
  public static final class Builder extends ImmutablePublishedRow.Builder {
    Builder() {}
  }
}
