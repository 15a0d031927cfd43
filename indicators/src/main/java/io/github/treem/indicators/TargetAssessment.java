package io.github.treem.indicators;

import io.github.treem.core.plan.Plan;
import io.github.treem.core.plan.Target;
import io.github.treem.core.plan.TargetComparator;
import io.github.treem.indicators.internal.TreemStyle;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A plan target assessed against a computed value: {@link TargetStatus#MET},
 * {@link TargetStatus#NOT_MET} with the gap, or {@link TargetStatus#NO_DATA}.
 *
 * <h2>Assessment rule</h2>
 * The status is decided on the exact value ({@link ExactValue}), never on a rounded one: for a
 * rate, {@code 100 × numerator} is compared with {@code threshold × denominator} in integers, by
 * the target's comparator ({@code AT_LEAST} ≥, {@code AT_MOST} ≤, {@code BELOW} &lt;,
 * {@code INCREASE} &gt;). 19,999 of 20,000 does not meet "≥ 100%". The reference of an
 * {@code INCREASE} target is last year's exact value (numerator and denominator of the previous
 * report's result), else the baseline written in the target, compared exactly as a decimal; with
 * neither, the status is NO_DATA. A value in state NO_DATA gives NO_DATA.
 *
 * <p>What is shown: {@link #getValue()} and {@link #getReference()} are the value and reference as
 * {@link ValueFormat} displays them, so a value that misses its target is never shown meeting it
 * or equal to it (99.995% is shown {@code 99.99}). The gap, present only when NOT_MET, is the shown
 * value minus the shown reference, in the indicator's unit (percentage points for a rate), so that
 * a reader can check it; it is never 0: a {@code BELOW} or {@code INCREASE} target missed by exact
 * equality shows one unit of the last decimal in the direction of the miss ({@code +0.01} for
 * BELOW, {@code -0.01} for INCREASE; {@code ±1} for a count), the least change the target asks
 * for. The exact gap is {@link #getExactGap()}.
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

  /**
   * {@return the exact reference: the threshold, or for INCREASE last year's exact value or the
   * target's baseline; empty when an INCREASE target has neither}
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public abstract Optional<ExactValue> getExactReference();

  /** {@return the exact value assessed, if any} */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public abstract Optional<ExactValue> getExactValue();

  /** {@return the reference as shown (threshold as written, or last year's value displayed), if any} */
  public abstract Optional<BigDecimal> getReference();

  /** {@return the value as shown (by {@link ValueFormat}), if any} */
  public abstract Optional<BigDecimal> getValue();

  /** {@return the status} */
  public abstract TargetStatus getStatus();

  /** {@return shown value − shown reference, never 0, present only when NOT_MET} */
  public abstract Optional<BigDecimal> getGap();

  /** {@return exact value − exact reference, present only when NOT_MET (0 when missed by equality)} */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public Optional<ExactValue> getExactGap() {
    if (getStatus() != TargetStatus.NOT_MET) {
      return Optional.empty();
    }
    return Optional.of(getExactValue().orElseThrow().subtract(getExactReference().orElseThrow()));
  }

  /**
   * Assesses an exact value against a comparator and an exact reference, without a plan.
   *
   * @param targetId the identifier of the target in its plan (empty text when none)
   * @param indicatorCode the indicator code (its unit decides the decimals shown: a code that is
   *     not a built-in indicator is taken as a rate)
   * @param comparator the comparator
   * @param reference the threshold (last year's value or the baseline for INCREASE); empty gives
   *     NO_DATA
   * @param value the exact value; empty gives NO_DATA
   * @return the assessment
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public static TargetAssessment of(String targetId, String indicatorCode, TargetComparator comparator,
      Optional<ExactValue> reference, Optional<ExactValue> value) {
    Objects.requireNonNull(targetId, "targetId must not be null");
    return assess(targetId, indicatorCode, comparator, reference, Optional.empty(), value);
  }

  /**
   * Assesses an exact value against a threshold (or baseline) as written, which is also shown as
   * written (its own decimals, e.g. {@code 100.0}): the assessment of a plan's target, without
   * the plan (a report read back rebuilds its targets so).
   *
   * @param targetId the identifier of the target in its plan (empty text when none)
   * @param indicatorCode the indicator code
   * @param comparator the comparator
   * @param threshold the threshold as written (the baseline for INCREASE); empty gives NO_DATA
   * @param value the exact value; empty gives NO_DATA
   * @return the assessment
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public static TargetAssessment ofThreshold(String targetId, String indicatorCode, TargetComparator comparator,
      Optional<BigDecimal> threshold, Optional<ExactValue> value) {
    Objects.requireNonNull(targetId, "targetId must not be null");
    return assess(targetId, indicatorCode, comparator, threshold.map(ExactValue::of), threshold, value);
  }

  /**
   * Assesses decimals read back from a published report: the shown value and reference are taken
   * as exact; since the display rule never puts a shown value on the other side of its reference,
   * the status and gap recomputed from them are those published (never taken on trust).
   *
   * @param targetId the identifier of the target in its plan (empty text when none)
   * @param indicatorCode the indicator code
   * @param comparator the comparator
   * @param reference the threshold or reference as published; empty gives NO_DATA
   * @param value the value as published; empty gives NO_DATA
   * @return the assessment
   */
  public static TargetAssessment ofDecimals(String targetId, String indicatorCode, TargetComparator comparator,
      Optional<BigDecimal> reference, Optional<BigDecimal> value) {
    Objects.requireNonNull(targetId, "targetId must not be null");
    return assess(targetId, indicatorCode, comparator, reference.map(ExactValue::of), reference,
        value.map(ExactValue::of));
  }

  /**
   * Assesses a plan target against a report.
   *
   * @param target the target
   * @param report the report (its result of the target's indicator is used)
   * @param previous last year's result of the same indicator, for an {@code INCREASE} target
   *     (empty, or without value: the target's baseline)
   * @return the assessment
   */
  public static TargetAssessment of(Target target, IndicatorReport report, Optional<IndicatorResult> previous) {
    Objects.requireNonNull(previous, "previous must not be null");
    Optional<ExactValue> value = Indicators.fromCode(target.getIndicatorCode())
        .flatMap(report::result)
        .flatMap(ExactValue::of);
    Optional<ExactValue> reference;
    Optional<BigDecimal> written;
    if (target.getComparator() == TargetComparator.INCREASE) {
      reference = previous.flatMap(ExactValue::of);
      written = Optional.empty();
      if (reference.isEmpty()) {
        written = target.getBaseline();
        reference = written.map(ExactValue::of);
      }
    } else {
      written = target.getThreshold();
      reference = written.map(ExactValue::of);
    }
    return assess(target.getId(), target.getIndicatorCode(), target.getComparator(), reference, written, value);
  }

  /**
   * Assesses every target of a plan against a report; INCREASE targets use the result of the same
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
      Optional<IndicatorResult> prev = previous.flatMap(p -> Indicators.fromCode(t.getIndicatorCode()).flatMap(p::result));
      out.add(of(t, report, prev));
    }
    return List.copyOf(out);
  }

  private static TargetAssessment assess(String id, String code, TargetComparator comparator,
      Optional<ExactValue> reference, Optional<BigDecimal> written, Optional<ExactValue> value) {
    Builder b = new Builder().targetId(id).indicatorCode(code).comparator(comparator)
        .exactReference(reference).exactValue(value);
    IndicatorUnit unit = Indicators.fromCode(code).map(Indicators::getUnit).orElse(IndicatorUnit.PERCENT);
    TargetAssessment draft = b.status(TargetStatus.NO_DATA).build();
    ValueFormat format = ValueFormat.of(unit, value, List.of(draft));
    // a threshold or baseline is shown as written (its own decimals); last year's fraction by the rule
    Optional<BigDecimal> shownRef = written.isPresent() ? written : format.reference(draft);
    Optional<BigDecimal> shown = value.map(format::formatTotal);
    b = new Builder().from(draft).reference(shownRef).value(shown);
    if (value.isEmpty() || reference.isEmpty()) {
      return b.status(TargetStatus.NO_DATA).build();
    }
    if (comparator.isSatisfiedBy(value.get().compareTo(reference.get()))) {
      return b.status(TargetStatus.MET).build();
    }
    BigDecimal gap = shown.orElseThrow().subtract(shownRef.orElseThrow());
    if (gap.signum() == 0) {
      // missed by exact equality (BELOW, INCREASE): one unit of the last decimal towards the miss
      BigDecimal unitStep = BigDecimal.ONE.movePointLeft(shown.orElseThrow().scale());
      gap = comparator == TargetComparator.INCREASE || comparator == TargetComparator.AT_LEAST
          ? unitStep.negate() : unitStep;
    }
    return b.status(TargetStatus.NOT_MET).gap(gap).build();
  }

  /** Builds a {@link TargetAssessment}. */
  static final class Builder extends ImmutableTargetAssessment.Builder {
    Builder() {}
  }
}
