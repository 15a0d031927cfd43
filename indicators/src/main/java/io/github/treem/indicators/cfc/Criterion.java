package io.github.treem.indicators.cfc;

import io.github.treem.core.validation.InvalidValueException;
import io.github.treem.indicators.internal.TreemStyle;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * One criterion (tiêu chí) of the standard: its number and names, its items, its maximum, and the
 * points it needs to be met.
 *
 * <p>The points of a criterion are the sum of its items' points. It is met when they reach
 * {@link #getMetMinimum()}. Invariants (checked when built, code {@code TREEM-CFC-0004}): the
 * number is 1 or more, there is at least one item, item identifiers are unique, the maximum is the
 * sum of the items' maxima, and the minimum is between 0 and the maximum.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@TreemStyle
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public abstract class Criterion {
  Criterion() {}

  /** {@return the number, e.g. 6 for "Tiêu chí 6"} */
  public abstract int getNumber();

  /** {@return the Vietnamese name, e.g. "Trẻ em có hoàn cảnh đặc biệt được trợ giúp"} */
  public abstract String getNameVi();

  /** {@return the English name} */
  public abstract String getNameEn();

  /** {@return the maximum points (số điểm)} */
  public abstract int getMaximum();

  /** {@return how well the maximum is established} */
  public abstract Certainty getMaximumCertainty();

  /** {@return the points needed for the criterion to be met (1: met when not at 0)} */
  @Value.Default
  public int getMetMinimum() {
    return 1;
  }

  /** {@return how well the minimum is established} */
  public abstract Certainty getMetCertainty();

  /** {@return the items, in the order of the table} */
  public abstract List<ScoringItem> getItems();

  /** {@return the keys of the table's sources for the criterion} */
  public abstract List<String> getSources();

  /** {@return true when the maximum, the minimum or any item is provisional} */
  public boolean isProvisional() {
    return !getMaximumCertainty().isDecisive() || !getMetCertainty().isDecisive()
        || getItems().stream().anyMatch(ScoringItem::isProvisional);
  }

  /**
   * A copy with an item replaced (same identifier).
   *
   * @param item the new item
   * @return the copy
   * @throws InvalidValueException (code {@code TREEM-CFC-0004}) when no item has its identifier,
   *     or the maxima no longer add up
   */
  public Criterion withItem(ScoringItem item) {
    if (getItems().stream().noneMatch(i -> i.getId().equals(item.getId()))) {
      throw new InvalidValueException("TREEM-CFC-0004", "criterion " + getNumber() + " has no item " + item.getId());
    }
    return new Builder().from(this)
        .items(getItems().stream().map(i -> i.getId().equals(item.getId()) ? item : i).toList()).build();
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    if (getNumber() < 1) {
      throw error("a criterion's number is 1 or more: " + getNumber());
    }
    if (getNameVi().isBlank() || getNameEn().isBlank()) {
      throw error("criterion " + getNumber() + " needs a Vietnamese and an English name");
    }
    if (getItems().isEmpty()) {
      throw error("criterion " + getNumber() + " has no item");
    }
    Set<String> ids = new HashSet<>();
    int sum = 0;
    for (ScoringItem i : getItems()) {
      if (!ids.add(i.getId())) {
        throw error("criterion " + getNumber() + ": the item " + i.getId() + " is given twice");
      }
      sum += i.getMaximum();
    }
    if (sum != getMaximum()) {
      throw error("criterion " + getNumber() + ": the items' maxima add up to " + sum + ", not the maximum "
          + getMaximum());
    }
    if (getMetMinimum() < 0 || getMetMinimum() > getMaximum()) {
      throw error("criterion " + getNumber() + ": the minimum to be met must be 0.." + getMaximum());
    }
  }

  private static InvalidValueException error(String message) {
    return new InvalidValueException("TREEM-CFC-0004", message);
  }

  /** Builds a {@link Criterion}. */
  public static final class Builder extends ImmutableCriterion.Builder {
    Builder() {}
  }
}
