package io.github.treem.indicators;

import org.apiguardian.api.API;
import io.github.treem.core.plan.Plan;
import io.github.treem.core.plan.Target;
import io.github.treem.core.plan.TargetComparator;
import io.github.treem.indicators.internal.TreemStyle;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * A plan target assessed against a computed value: {@link TargetStatus#MET},
 * {@link TargetStatus#NOT_MET} with the gap, or {@link TargetStatus#NO_DATA}.
 *
 * <p>Rules: the published value (rounded to 2 decimals) is compared with the reference by the
 * target's comparator ({@code AT_LEAST} value &ge; threshold, {@code AT_MOST} value &le;
 * threshold, {@code BELOW} value &lt; threshold, {@code INCREASE} value &gt; baseline). The
 * reference of an {@code INCREASE} target is the previous value given (e.g. last year's report),
 * else the baseline written in the target; with neither, the status is NO_DATA. A value in state
 * NO_DATA gives NO_DATA. The gap, given only when NOT_MET, is value − reference in percentage
 * points (the unit of the indicator), rounded to 2 decimals HALF_UP: negative when short of an
 * AT_LEAST or INCREASE target, positive when above an AT_MOST or BELOW target, 0.00 for a BELOW or
 * INCREASE target missed by equality.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@TreemStyle
@API(status = API.Status.STABLE, since = "0.1")
public abstract class TargetAssessment {
  TargetAssessment() {}

  /** {@return the identifier of the target in its plan (empty text when assessed without a plan)} */
  public abstract String getTargetId();

  /** {@return the indicator code} */
  public abstract String getIndicatorCode();

  /** {@return the comparator} */
  public abstract TargetComparator getComparator();

  /** {@return the reference the value was compared with (threshold, or baseline for INCREASE), if any} */
  public abstract OptionalDouble getReference();

  /** {@return the value assessed, if any} */
  public abstract Optional<BigDecimal> getValue();

  /** {@return the status} */
  public abstract TargetStatus getStatus();

  /** {@return value − reference in percentage points (2 decimals), present only when NOT_MET} */
  public abstract Optional<BigDecimal> getGap();

  /**
   * Assesses a value against a comparator and reference, without a plan.
   *
   * @param indicatorCode the indicator code
   * @param comparator the comparator
   * @param reference the threshold (the baseline for INCREASE); empty gives NO_DATA
   * @param value the value; empty gives NO_DATA
   * @return the assessment
   */
  public static TargetAssessment of(String indicatorCode, TargetComparator comparator, OptionalDouble reference,
      Optional<BigDecimal> value) {
    return assess("", indicatorCode, comparator, reference, value);
  }

  /**
   * Assesses a value against a comparator and reference for a target of a known identifier, for
   * example when a published report is read back: the status and the gap are computed by the
   * rules of this class, never taken on trust.
   *
   * @param targetId the identifier of the target in its plan (empty text when none)
   * @param indicatorCode the indicator code
   * @param comparator the comparator
   * @param reference the threshold (the baseline for INCREASE); empty gives NO_DATA
   * @param value the value; empty gives NO_DATA
   * @return the assessment
   * @since 0.1.0
   */
  public static TargetAssessment of(String targetId, String indicatorCode, TargetComparator comparator,
      OptionalDouble reference, Optional<BigDecimal> value) {
    Objects.requireNonNull(targetId, "targetId must not be null");
    return assess(targetId, indicatorCode, comparator, reference, value);
  }

  /**
   * Assesses a plan target against a report.
   *
   * @param target the target
   * @param report the report (its result of the target's indicator is used)
   * @param previous the previous value for an {@code INCREASE} target (empty: the target's baseline)
   * @return the assessment
   */
  public static TargetAssessment of(Target target, IndicatorReport report, OptionalDouble previous) {
    Objects.requireNonNull(previous, "previous must not be null");
    Optional<BigDecimal> value = Indicators.fromCode(target.getIndicatorCode())
        .flatMap(report::result)
        .flatMap(IndicatorResult::getValue);
    return assess(target.getId(), target.getIndicatorCode(), target.getComparator(), target.referenceValue(previous), value);
  }

  /**
   * Assesses every target of a plan against a report; INCREASE targets use the value of the same
   * indicator in the previous report, when given, else their baseline.
   *
   * @param plan the plan
   * @param report the report
   * @param previous last year's report, if any
   * @return the assessments, in the plan's order of targets
   */
  public static List<TargetAssessment> assessAll(Plan plan, IndicatorReport report, Optional<IndicatorReport> previous) {
    List<TargetAssessment> out = new ArrayList<>();
    for (Target t : plan.getTargets()) {
      OptionalDouble prev = OptionalDouble.empty();
      if (previous.isPresent()) {
        Optional<BigDecimal> v = Indicators.fromCode(t.getIndicatorCode()).flatMap(previous.get()::result)
            .flatMap(IndicatorResult::getValue);
        if (v.isPresent()) {
          prev = OptionalDouble.of(v.get().doubleValue());
        }
      }
      out.add(of(t, report, prev));
    }
    return List.copyOf(out);
  }

  private static TargetAssessment assess(String id, String code, TargetComparator comparator, OptionalDouble reference,
      Optional<BigDecimal> value) {
    Builder b = new Builder().targetId(id).indicatorCode(code).comparator(comparator).reference(reference).value(value);
    if (value.isEmpty() || reference.isEmpty()) {
      return b.status(TargetStatus.NO_DATA).build();
    }
    double ref = reference.getAsDouble();
    if (comparator.test(value.get().doubleValue(), ref)) {
      return b.status(TargetStatus.MET).build();
    }
    BigDecimal gap = value.get().subtract(BigDecimal.valueOf(ref)).setScale(2, RoundingMode.HALF_UP);
    return b.status(TargetStatus.NOT_MET).gap(gap).build();
  }

  /** Builds a {@link TargetAssessment}. */
  static final class Builder extends ImmutableTargetAssessment.Builder {
    Builder() {}
  }
}
