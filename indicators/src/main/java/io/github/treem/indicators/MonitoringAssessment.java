package io.github.treem.indicators;

import io.github.treem.core.plan.DesiredDirection;
import io.github.treem.core.plan.MonitoringLine;
import io.github.treem.indicators.internal.TreemStyle;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A plan's {@link MonitoringLine monitoring line} (an aim without a number) read against this
 * year's and last year's values: the two values, the change, and whether it goes the
 * {@link DesiredDirection desired way}. Never {@link TargetStatus#MET} or
 * {@link TargetStatus#NOT_MET}: the plan sets no number.
 *
 * <pre>{@code
 * MonitoringAssessment a = MonitoringAssessment.of(line,
 *     ValueState.VALUE, Optional.of(new BigDecimal("12.50")),
 *     OptionalInt.of(2019), Optional.of(ValueState.VALUE), Optional.of(new BigDecimal("13.10")));
 * a.getChange();  // -0.60
 * a.getStatus();  // TOWARDS, for a line that asks a DECREASE
 * }</pre>
 *
 * <h2>Rule</h2>
 * <ol>
 *   <li>The values are those a report shows (its display rule, {@link ValueFormat}), and the
 *       change is this year's shown value minus last year's, in the indicator's unit (percentage
 *       points for a rate): so the judgement always agrees with the change a reader sees, and two
 *       values shown equal are {@link MonitoringStatus#UNCHANGED}.</li>
 *   <li>A value hidden in either year ({@link ValueState#SUPPRESSED}) stays hidden, and so do the
 *       change and its direction ({@link MonitoringStatus#SUPPRESSED}): either would tell the
 *       hidden value from the other.</li>
 *   <li>Otherwise, no earlier report, or no value in either year: {@link MonitoringStatus#NO_DATA},
 *       no change.</li>
 *   <li>A line without a direction ({@link DesiredDirection#NONE}) shows its change,
 *       {@link MonitoringStatus#NOT_JUDGED}.</li>
 *   <li>Else a change of 0 is {@link MonitoringStatus#UNCHANGED}, a change the desired way
 *       {@link MonitoringStatus#TOWARDS}, any other {@link MonitoringStatus#AWAY}.</li>
 * </ol>
 *
 * <p>Implementation requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@TreemStyle
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public abstract class MonitoringAssessment {
  MonitoringAssessment() {}

  /** {@return the line, as the plan gives it} */
  public abstract MonitoringLine getLine();

  /** {@return this year's state} */
  public abstract ValueState getState();

  /** {@return this year's value as shown; empty unless the state is {@link ValueState#VALUE}} */
  public abstract Optional<BigDecimal> getValue();

  /** {@return the earlier year compared with (last year), empty when no earlier report has the indicator} */
  public abstract OptionalInt getPreviousYear();

  /** {@return that year's state, empty when no earlier report has the indicator} */
  public abstract Optional<ValueState> getPreviousState();

  /** {@return that year's value as shown; empty unless its state is {@link ValueState#VALUE}} */
  public abstract Optional<BigDecimal> getPreviousValue();

  /** {@return this year's value minus last year's, as shown; empty unless both are values and neither is hidden} */
  public abstract Optional<BigDecimal> getChange();

  /** {@return how the line moved} */
  public abstract MonitoringStatus getStatus();

  /** {@return the indicator's code, the line's} */
  public String getIndicatorCode() {
    return getLine().getIndicatorCode();
  }

  /**
   * Reads a monitoring line against this year's and last year's values as shown.
   *
   * @param line the plan's line
   * @param state this year's state
   * @param value this year's value as shown: present exactly when the state is {@link ValueState#VALUE}
   * @param previousYear the earlier year, empty when no earlier report has the indicator
   * @param previousState that year's state: present exactly when the year is
   * @param previousValue that year's value as shown: present exactly when its state is {@link ValueState#VALUE}
   * @return the assessment
   * @throws IllegalArgumentException when a value does not agree with its state, or a state with its year
   */
  public static MonitoringAssessment of(MonitoringLine line, ValueState state, Optional<BigDecimal> value,
      OptionalInt previousYear, Optional<ValueState> previousState, Optional<BigDecimal> previousValue) {
    Objects.requireNonNull(line, "line must not be null");
    if (value.isPresent() != (state == ValueState.VALUE)
        || previousYear.isPresent() != previousState.isPresent()
        || previousValue.isPresent() != previousState.filter(ValueState.VALUE::equals).isPresent()) {
      throw new IllegalArgumentException("monitoring line " + line.getId() + ": a value is given exactly with the state VALUE");
    }
    Builder b = new Builder().line(line).state(state).value(value).previousYear(previousYear)
        .previousState(previousState).previousValue(previousValue);
    if (state == ValueState.SUPPRESSED || previousState.filter(ValueState.SUPPRESSED::equals).isPresent()) {
      return b.status(MonitoringStatus.SUPPRESSED).build();
    }
    if (value.isEmpty() || previousValue.isEmpty()) {
      return b.status(MonitoringStatus.NO_DATA).build();
    }
    BigDecimal change = value.get().subtract(previousValue.get());
    b.change(change);
    DesiredDirection d = line.getDirection();
    MonitoringStatus status = d == DesiredDirection.NONE ? MonitoringStatus.NOT_JUDGED
        : change.signum() == 0 ? MonitoringStatus.UNCHANGED
        : d.isDesired(change.signum()) ? MonitoringStatus.TOWARDS : MonitoringStatus.AWAY;
    return b.status(status).build();
  }

  /** Builds a {@link MonitoringAssessment}. */
  static final class Builder extends ImmutableMonitoringAssessment.Builder {
    Builder() {}
  }
}
