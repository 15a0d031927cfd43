package io.github.treem.core.plan;

import io.github.treem.core.internal.CoreErrorCode;
import io.github.treem.core.internal.TreemStyle;
import io.github.treem.core.taxonomy.LegalReference;
import io.github.treem.core.validation.InvalidValueException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A target of a plan: an indicator, a comparator and a threshold for a year, with the units
 * responsible and the legal basis (docs/indicators.md §7). Thresholds and values are in
 * the unit of the indicator: percent (0..100) for rates, so that a gap is in percentage points.
 * Thresholds and baselines are exact decimals ({@link BigDecimal}): a plan that writes
 * {@code 9} or {@code 9.5} is compared with exactly that number, never with a binary
 * approximation of it.
 *
 * <pre>{@code
 * Target underweight = Target.builder()
 *     .id("T2")
 *     .indicatorCode("UNDERWEIGHT_U5")
 *     .comparator(TargetComparator.BELOW)
 *     .threshold(new BigDecimal("9"))
 *     .year(2020)
 *     .leadUnitId("HEALTH_STATION")
 *     .textVi("Giảm tỷ lệ trẻ em dưới 05 tuổi bị suy dinh dưỡng thể nhẹ cân xuống dưới 9%.")
 *     .build();
 * underweight.isMet(new BigDecimal("8.5"), Optional.empty()); // true
 * }</pre>
 *
 * <p>Invariants (checked when built): the identifier, indicator code and lead unit id are not
 * blank; a threshold is present unless the comparator is {@link TargetComparator#INCREASE};
 * the lead unit is not also listed as co-operating.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@TreemStyle
@API(status = API.Status.STABLE, since = "0.1")
public abstract class Target {
  Target() {}

  /** {@return the identifier of the target within its plan} */
  public abstract String getId();

  /** {@return the code of the indicator, e.g. {@code "UNDERWEIGHT_U5"} (docs/indicators.md §2)} */
  public abstract String getIndicatorCode();

  /** {@return how the value is compared with the threshold} */
  public abstract TargetComparator getComparator();

  /** {@return the threshold, in the unit of the indicator; empty only for {@code INCREASE}} */
  public abstract Optional<BigDecimal> getThreshold();

  /**
   * {@return the baseline of an {@code INCREASE} target (usually the previous year's value), if
   * known when the plan was written}
   */
  public abstract Optional<BigDecimal> getBaseline();

  /** {@return the year the target is for} */
  public abstract int getYear();

  /** {@return the identifier of the lead unit (a {@link ResponsibleUnit} of the plan)} */
  public abstract String getLeadUnitId();

  /** {@return the identifiers of the co-operating units} */
  public abstract List<String> getCooperatingUnitIds();

  /**
   * {@return whether the plan names the target's units ({@link AssignmentBasis#STATED}, the
   * default) or treem (or the officer) inferred them from the plan ({@link AssignmentBasis#READING}):
   * every output that shows the lead unit marks an inferred one}
   * @since 0.1.0
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  @Value.Default
  public AssignmentBasis getLeadUnitBasis() {
    return AssignmentBasis.STATED;
  }

  /**
   * {@return whether the lead unit is inferred, not named by the plan}
   * @since 0.1.0
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public boolean isLeadUnitInferred() {
    return getLeadUnitBasis() == AssignmentBasis.READING;
  }

  /**
   * The mark every output puts after an inferred lead unit ({@link #isLeadUnitInferred()}), in
   * Vietnamese.
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public static final String INFERRED_LEAD_VI = "(suy ra: kế hoạch không nêu đơn vị chủ trì)";

  /** The mark of an inferred lead unit, in English. */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public static final String INFERRED_LEAD_EN = "(inferred: the plan names no lead unit)";

  /** {@return the legal basis of the target} */
  public abstract List<LegalReference> getLegalBasis();

  /** {@return the target as the plan words it, in Vietnamese} */
  public abstract String getTextVi();

  /**
   * {@return a note on how the target is assessed, e.g. which part of a compound target the
   * indicator covers, if any}
   */
  public abstract Optional<String> getAssessmentNote();

  /**
   * The reference a value is compared with: the threshold, or for {@code INCREASE} the given
   * baseline, else this target's baseline.
   *
   * @param baseline the baseline to use for an {@code INCREASE} target (e.g. last year's computed
   *     value); empty to use {@link #getBaseline()}
   * @return the reference, or empty when an {@code INCREASE} target has no baseline
   */
  public Optional<BigDecimal> referenceValue(Optional<BigDecimal> baseline) {
    Objects.requireNonNull(baseline, "baseline must not be null");
    if (getComparator() == TargetComparator.INCREASE) {
      return baseline.isPresent() ? baseline : getBaseline();
    }
    return getThreshold();
  }

  /**
   * Whether an exact value meets this target. For a rate computed from a numerator and a
   * denominator, compare the fraction itself (the indicators module's {@code TargetAssessment}
   * does, without dividing); this method is for values that are exact decimals.
   *
   * @param value the exact value of the indicator
   * @param baseline the baseline for an {@code INCREASE} target (empty to use
   *     {@link #getBaseline()}); ignored by the other comparators
   * @return true when the value meets the target
   * @throws InvalidValueException (code {@code TREEM-CORE-0510}) when an {@code INCREASE} target
   *     has no baseline at all
   */
  public boolean isMet(BigDecimal value, Optional<BigDecimal> baseline) {
    return getComparator().test(value, requireReference(baseline));
  }

  /**
   * The exact signed distance of a value to the target, in the unit of the indicator (percentage
   * points for rates): 0 when the target is met, otherwise {@code value - reference}, negative
   * when the value falls short of an {@code AT_LEAST} or {@code INCREASE} target and positive when
   * it exceeds an {@code AT_MOST} or {@code BELOW} target (0 for a {@code BELOW} or
   * {@code INCREASE} target missed by equality). Not rounded: a display rounds it (see the
   * indicators module's {@code TargetAssessment} for the rule that never shows a missed target's
   * gap as 0).
   *
   * @param value the exact value of the indicator
   * @param baseline the baseline for an {@code INCREASE} target (empty to use
   *     {@link #getBaseline()})
   * @return the gap, 0 when met
   * @throws InvalidValueException (code {@code TREEM-CORE-0510}) when an {@code INCREASE} target
   *     has no baseline at all
   */
  public BigDecimal gap(BigDecimal value, Optional<BigDecimal> baseline) {
    BigDecimal reference = requireReference(baseline);
    return getComparator().test(value, reference) ? BigDecimal.ZERO : value.subtract(reference);
  }

  private BigDecimal requireReference(Optional<BigDecimal> baseline) {
    Optional<BigDecimal> reference = referenceValue(baseline);
    if (reference.isEmpty()) {
      throw new InvalidValueException(CoreErrorCode.TARGET_NO_BASELINE, "target " + getId() + " (INCREASE) has no baseline");
    }
    return reference.get();
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    if (getId().isBlank()) {
      throw new InvalidValueException(CoreErrorCode.TARGET_ID_BLANK, "target id must not be blank");
    }
    if (getIndicatorCode().isBlank()) {
      throw new InvalidValueException(CoreErrorCode.TARGET_INDICATOR_BLANK, "target " + getId() + ": indicator code must not be blank");
    }
    if (getComparator().isThresholdRequired() && getThreshold().isEmpty()) {
      throw new InvalidValueException(CoreErrorCode.TARGET_THRESHOLD_MISSING,
          "target " + getId() + ": a " + getComparator() + " target needs a threshold");
    }
    if (getLeadUnitId().isBlank()) {
      throw new InvalidValueException(CoreErrorCode.TARGET_LEAD_UNIT_BLANK, "target " + getId() + ": lead unit id must not be blank");
    }
    if (getCooperatingUnitIds().contains(getLeadUnitId())) {
      throw new InvalidValueException(CoreErrorCode.TARGET_LEAD_ALSO_COOPERATING,
          "target " + getId() + ": the lead unit must not also be a co-operating unit");
    }
  }

  /** Builds a {@link Target}. */
  public static final class Builder extends ImmutableTarget.Builder {
    Builder() {}
  }
}
