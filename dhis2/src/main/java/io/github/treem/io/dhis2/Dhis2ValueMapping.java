package io.github.treem.io.dhis2;

import io.github.treem.io.internal.dhis2.TreemStyle;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * Maps one figure of the report to DHIS2: an indicator's total, one cell of a breakdown, or
 * every cell of a place breakdown ({@code village} or {@code area}, one value per place, each at
 * the place's org unit). The numerator and the denominator go to SEPARATE data elements, because
 * DHIS2 aggregates them separately and computes the ratio itself (a DHIS2 indicator
 * numerator/denominator); a count indicator has only a numerator. The one figure that is not a
 * count, the median days to an approved plan (indicator {@value Dhis2Export#DAYS_TO_PLAN}), has
 * the median in the {@code numerator}'s data element (value type NUMBER, aggregation type NONE in
 * DHIS2: not aggregatable by sum) and its cases in the optional {@code denominator}'s.
 *
 * <ul>
 *   <li>no breakdown: the indicator's total, at the mapping's org unit;
 *   <li>{@code breakdown} and {@code key}: that cell (e.g. {@code sex}/{@code FEMALE}), at the
 *       mapping's org unit, or at the place's org unit for {@code village}/{@code area};
 *   <li>{@code breakdown} {@code village} or {@code area} without a key: every cell, each at its
 *       place's org unit (cells of unmapped places are left out with a warning).
 * </ul>
 *
 * <p>Implementation requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@TreemStyle
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public abstract class Dhis2ValueMapping {
  Dhis2ValueMapping() {}

  /** {@return the indicator code, e.g. {@code "HI_U6"}} */
  public abstract String getIndicator();

  /** {@return the breakdown dimension key (e.g. {@code "sex"}, {@code "village"}); empty for the total} */
  public abstract Optional<String> getBreakdown();

  /** {@return the key of the cell (e.g. {@code "FEMALE"}); empty for the total or every place} */
  public abstract Optional<String> getKey();

  /** {@return where the numerator goes} */
  public abstract Dhis2Operand getNumerator();

  /** {@return where the denominator goes; empty to leave it out (always for a count)} */
  public abstract Optional<Dhis2Operand> getDenominator();

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Dhis2ValueMapping}. */
  public static final class Builder extends ImmutableDhis2ValueMapping.Builder {
    Builder() {}
  }
}
