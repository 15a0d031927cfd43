package io.github.treem.core.protection;

import io.github.treem.core.internal.TreemStyle;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * Where one case stands against one deadline rule at a given moment: the outcome, the due instant
 * and, for periods in days, the last day; when the step was done.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@TreemStyle
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public abstract class DeadlineStatus {
  DeadlineStatus() {}

  /** {@return the rule} */
  public abstract DeadlineRule getRule();

  /** {@return the outcome} */
  public abstract DeadlineOutcome getOutcome();

  /**
   * {@return the instant the period ends, at +07:00: for hours the last instant still in time, for
   * days 24:00 of the last day (exclusive); empty when the rule does not apply}
   */
  public abstract Optional<OffsetDateTime> getDueAt();

  /** {@return for periods in days: the last day of the period} */
  public abstract Optional<LocalDate> getLastDay();

  /** {@return the day the step was done, if done} */
  public abstract Optional<LocalDate> getDoneOn();

  /** {@return the time the step was done, when the step records a time} */
  public abstract Optional<OffsetDateTime> getDoneAt();

  /** {@return true when the due date depends on a year of the calendar that is provisional (not yet announced)} */
  @Value.Default
  public boolean isProvisionalCalendar() {
    return false;
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public String toString() {
    return getRule().getCode() + " " + getOutcome() + getDueAt().map(d -> " due " + d).orElse("")
        + getDoneOn().map(d -> " done " + getDoneAt().map(Object::toString).orElse(d.toString())).orElse("")
        + (isProvisionalCalendar() ? " (provisional calendar)" : "");
  }

  /** Builds a {@link DeadlineStatus}. */
  public static final class Builder extends ImmutableDeadlineStatus.Builder {
    Builder() {}
  }
}
