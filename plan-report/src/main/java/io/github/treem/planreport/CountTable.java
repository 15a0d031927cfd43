package io.github.treem.planreport;

import io.github.treem.planreport.internal.TreemStyle;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A table of counts of children before disclosure control: rows (total, girls, boys) and, implied,
 * a total row that sums them. A report gives each such table to a {@link ChildFigureDisclosure}
 * and prints only what comes back.
 *
 * <p>Invariants (checked when built): row keys are unique.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@TreemStyle
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public abstract class CountTable {
  CountTable() {}

  /** {@return the identifier of the table in its report, e.g. {@code "reach-by-kind"}} */
  public abstract String getId();

  /** {@return the rows, in order} */
  public abstract List<CountRow> getRows();

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    Set<String> keys = new HashSet<>();
    for (CountRow r : getRows()) {
      if (!keys.add(r.getKey())) {
        throw new IllegalStateException("table " + getId() + ": two rows with key " + r.getKey());
      }
    }
  }

  /** Builds a {@link CountTable}. */
  public static final class Builder extends ImmutableCountTable.Builder {
    Builder() {}
  }
}
