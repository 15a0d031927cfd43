package io.github.treem.planreport;

import io.github.treem.planreport.internal.TreemStyle;
import java.math.BigDecimal;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * The commune's score against the child-friendly standard (xã, phường, thị trấn phù hợp với trẻ em,
 * Quyết định 06/QĐ-TTg): total points, the threshold that applies to the commune, criteria met,
 * whether the standard is met, and whether the score rests on provisional point tables. Given to
 * the report through {@link ChildFriendlyScores}.
 *
 * <p>Invariants (checked when built): criteria met between 0 and the number of criteria.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@TreemStyle
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public abstract class ChildFriendlyResult {
  ChildFriendlyResult() {}

  /** {@return the year scored} */
  public abstract int getYear();

  /** {@return the total points} */
  public abstract BigDecimal getPoints();

  /** {@return the points the commune needs (800, 850 or 900 by its kind)} */
  public abstract BigDecimal getThreshold();

  /** {@return the number of criteria met} */
  public abstract int getCriteriaMet();

  /** {@return the number of criteria (13 under Quyết định 06/QĐ-TTg)} */
  public abstract int getCriteriaCount();

  /** {@return whether the standard is met} */
  public abstract boolean isStandardMet();

  /** {@return whether some points rest on provisional tables (the decision's annex not confirmed)} */
  public abstract boolean isProvisional();

  /** {@return last year's total points, if scored} */
  public abstract Optional<BigDecimal> getPreviousPoints();

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    if (getCriteriaMet() < 0 || getCriteriaMet() > getCriteriaCount()) {
      throw new IllegalStateException("criteria met must be between 0 and the number of criteria");
    }
  }

  /** Builds a {@link ChildFriendlyResult}. */
  public static final class Builder extends ImmutableChildFriendlyResult.Builder {
    Builder() {}
  }
}
