package io.github.treem.core.protection;

import io.github.treem.core.internal.TreemStyle;
import io.github.treem.core.taxonomy.LegalReference;
import io.github.treem.core.validation.InvalidValueException;
import java.util.List;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A deadline of the case workflow as data: the step it counts from, the step that must follow, the
 * period (an amount of hours, calendar days or working days), the cases it applies to, and its
 * legal basis. Whether the legal text behind the rule was confirmed is part of the rule: a rule
 * whose text, or whose reading, is not confirmed says so ({@link #isTextConfirmed()}) and is
 * replaceable like any other ({@link DeadlineRules#with(DeadlineRule)}).
 *
 * <p>Counting: the start is the first event of kind {@link #getStartStep()}, the end the first event of
 * kind {@link #getEndStep()}. Hours run from the recorded time of the start and are met at the due
 * instant itself. Days (calendar or working) count from the day after the start (Civil Code 2015
 * Điều 147 khoản 3) and end at 24:00 of the last day, in Viet Nam; a calendar-day period whose last
 * day is a rest day ends on the next working day (Điều 148 khoản 5) when
 * {@link #isExtendedOverRestDays()}.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@TreemStyle
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public abstract class DeadlineRule {
  DeadlineRule() {}

  /** {@return the stable code, e.g. {@code EMERGENCY_WITHIN_12_HOURS}} */
  public abstract String getCode();

  /** {@return the name in Vietnamese} */
  public abstract String getNameVi();

  /** {@return the name in English} */
  public abstract String getNameEn();

  /** {@return the kind of event the period counts from} */
  public abstract CaseStepKind getStartStep();

  /** {@return the kind of event that must happen within the period} */
  public abstract CaseStepKind getEndStep();

  /** {@return the length of the period, in {@link #getUnit()}} */
  public abstract long getAmount();

  /** {@return the unit of the period} */
  public abstract PeriodUnit getUnit();

  /** {@return the cases the rule applies to} */
  public abstract Applicability getAppliesTo();

  /** {@return for calendar days: whether a last day on a rest day moves to the next working day (Điều 148 khoản 5)} */
  @Value.Default
  public boolean isExtendedOverRestDays() {
    return true;
  }

  /** {@return the legal basis} */
  public abstract LegalReference getLegalReference();

  /** {@return true when the legal text and treem's reading of it are confirmed; false marks a configurable default} */
  public abstract boolean isTextConfirmed();

  /** {@return remarks (English): what is not confirmed, how treem reads the text} */
  public abstract List<String> getNotes();

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    if (!getCode().matches("[A-Z][A-Z0-9_]*")) {
      throw new InvalidValueException("TREEM-CASE-0002", "a deadline rule code is upper snake case: " + getCode());
    }
    if (getAmount() < 1) {
      throw new InvalidValueException("TREEM-CASE-0002", "the period of " + getCode() + " must be at least 1");
    }
    if (getStartStep() == getEndStep()) {
      throw new InvalidValueException("TREEM-CASE-0002", "the rule " + getCode() + " counts from and to the same step");
    }
  }

  @Override
  public String toString() {
    return getCode() + ": " + getStartStep() + " -> " + getEndStep() + " within " + getAmount() + " " + getUnit()
        + " (" + getLegalReference() + (isTextConfirmed() ? "" : ", unconfirmed") + ")";
  }

  /** Builds a {@link DeadlineRule}. */
  public static final class Builder extends ImmutableDeadlineRule.Builder {
    Builder() {}
  }
}
