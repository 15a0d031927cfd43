package io.github.treem.planreport;

import io.github.treem.indicators.TargetStatus;
import io.github.treem.planreport.internal.TreemStyle;
import java.math.BigDecimal;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A target of the plan as assessed for a report: the published value for the period, last year's
 * published value, the status and the gap. Made by whatever assesses targets (treem indicators'
 * target assessment on a published report) and given to the report through {@link TargetResults}.
 *
 * <p>Invariants (checked when built): a gap only when the status is {@link TargetStatus#NOT_MET}.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@TreemStyle
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public abstract class TargetResult {
  TargetResult() {}

  /** {@return the identifier of the target in the plan} */
  public abstract String getTargetId();

  /** {@return the value for the period, as published} */
  public abstract Figure getValue();

  /** {@return last year's value, as published} */
  @Value.Default
  public Figure getPreviousValue() {
    return Figure.noData();
  }

  /** {@return the status} */
  public abstract TargetStatus getStatus();

  /** {@return value minus reference when the target is not met} */
  public abstract Optional<BigDecimal> getGap();

  /**
   * {@return the reference as the report shows it (e.g. "≥ 100"), when the assessment gives its
   * own display; else the report writes the target's comparator and threshold}
   */
  public abstract Optional<String> getReferenceText();

  /** {@return the unit of the values, e.g. "%"} */
  @Value.Default
  public String getUnit() {
    return "%";
  }

  /** {@return a note on the value (what it counts, a provisional figure), if any} */
  public abstract Optional<String> getNoteVi();

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    if (getGap().isPresent() && getStatus() != TargetStatus.NOT_MET) {
      throw new IllegalStateException("target " + getTargetId() + ": a gap is given only when the target is not met");
    }
  }

  /** Builds a {@link TargetResult}. */
  public static final class Builder extends ImmutableTargetResult.Builder {
    Builder() {}
  }
}
