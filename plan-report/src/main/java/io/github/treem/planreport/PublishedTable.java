package io.github.treem.planreport;

import io.github.treem.planreport.internal.TreemStyle;
import java.util.List;
import java.util.stream.Stream;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A {@link CountTable} as it may be published: its rows and its total row, each figure a value,
 * hidden, or no data, with the notes the table must carry (what "x" means, how it was protected).
 *
 * <p>Implementation requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@TreemStyle
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public abstract class PublishedTable {
  PublishedTable() {}

  /** {@return the identifier of the table} */
  public abstract String getId();

  /** {@return the rows, in the order of the table} */
  public abstract List<PublishedRow> getRows();

  /** {@return the total row} */
  public abstract PublishedRow getTotalRow();

  /** {@return notes to print under the table, in Vietnamese} */
  public abstract List<String> getNotesVi();

  /** {@return whether any figure is hidden} */
  public boolean hasSuppressed() {
    return Stream.concat(getRows().stream(), Stream.of(getTotalRow()))
        .anyMatch(r -> r.getTotal().isSuppressed() || r.getFemale().isSuppressed() || r.getMale().isSuppressed());
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PublishedTable}. */
  public static final class Builder extends ImmutablePublishedTable.Builder {
    Builder() {}
  }
}
