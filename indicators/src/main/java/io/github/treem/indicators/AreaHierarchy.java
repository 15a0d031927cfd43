package io.github.treem.indicators;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * How the cells of a {@link BreakdownDimension#AREA} breakdown nest: each cell's parent cell in the
 * same breakdown, when the breakdown holds areas of several levels at once (a province's merge:
 * its communes, its districts and the province, published together). Disclosure control and its
 * audit then know that a parent cell counts exactly the children of its child cells, and that the
 * cells without a parent add up to the indicator's total; so that a hidden commune cell cannot be
 * worked out as its district's cell minus the other communes' (see {@link DisclosureControl},
 * "Areas of several levels").
 *
 * <p>A breakdown without a hierarchy ({@link #NONE}) is a partition of the total, as every other
 * breakdown by village, sex or age is.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class AreaHierarchy {
  /** No nesting: the area cells partition the total. */
  public static final AreaHierarchy NONE = new AreaHierarchy(Map.of());

  private final Map<String, String> parents;

  private AreaHierarchy(Map<String, String> parents) {
    this.parents = Map.copyOf(parents);
  }

  /**
   * A hierarchy from each cell's parent.
   *
   * @param parentByKey the key of each area cell's parent cell, by the cell's key; a cell without
   *     an entry (or whose parent is not in the breakdown) is a top cell, counted in the total
   * @return the hierarchy
   * @throws IllegalArgumentException when a cell is its own parent
   */
  public static AreaHierarchy of(Map<String, String> parentByKey) {
    Objects.requireNonNull(parentByKey, "parentByKey must not be null");
    parentByKey.forEach((k, p) -> {
      if (k.equals(p)) {
        throw new IllegalArgumentException("an area cell is not its own parent");
      }
    });
    return parentByKey.isEmpty() ? NONE : new AreaHierarchy(parentByKey);
  }

  /**
   * The parent of a cell.
   *
   * @param key the cell's key
   * @return the parent's key, or empty for a top cell
   */
  public Optional<String> parentOf(String key) {
    return Optional.ofNullable(parents.get(key));
  }

  /** {@return whether no cell has a parent (the area cells partition the total)} */
  public boolean isFlat() {
    return parents.isEmpty();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AreaHierarchy h && h.parents.equals(parents);
  }

  @Override
  public int hashCode() {
    return parents.hashCode();
  }

  /** {@return e.g. {@code "AreaHierarchy[cells with a parent=712]"}} */
  @Override
  public String toString() {
    return "AreaHierarchy[cells with a parent=" + parents.size() + "]";
  }
}
