package io.github.treem.core.plan;

import io.github.treem.core.internal.CoreErrorCode;
import io.github.treem.core.internal.TreemStyle;
import io.github.treem.core.validation.InvalidValueException;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * An aim of a plan that sets no number: a monitoring line (dòng theo dõi). The plan's own words,
 * the indicator they are read with and the way the plan wants it to move, but no threshold, so it
 * is never met or missed: a report shows this year's value, last year's, the change, and whether
 * the change goes the {@link DesiredDirection desired way}.
 *
 * <p>Plan 90/KH-UBND of Quảng Vinh asks, in its fourth solution, that child malnutrition improve
 * "nhất là suy dinh dưỡng chiều cao theo tuổi" (stunting) and that overweight and obesity not rise
 * quickly; it sets no number for either:
 *
 * <pre>{@code
 * MonitoringLine stunting = MonitoringLine.builder()
 *     .id("M1")
 *     .indicatorCode("STUNTING_U5")
 *     .direction(DesiredDirection.DECREASE)
 *     .textVi("đảm bảo tình trạng suy dinh dưỡng trẻ em được cải thiện, nhất là suy dinh dưỡng chiều cao theo tuổi")
 *     .textEn("child malnutrition improves, above all stunting (height for age)")
 *     .itemId("GP4")
 *     .build();
 * }</pre>
 *
 * <p>A plan's numeric aims are {@link Target targets}; its aims without a number are monitoring
 * lines, in {@link Plan#getMonitoring()}: one home each, so that no output ever shows a line as
 * met or not met.
 *
 * <p>Invariants (checked when built): the identifier, indicator code and both texts are not blank.
 * The plan checks that identifiers are unique among its targets and lines, and that the item named
 * is one of its items.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@TreemStyle
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public abstract class MonitoringLine {
  MonitoringLine() {}

  /** {@return the identifier of the line within its plan (distinct from every target's)} */
  public abstract String getId();

  /** {@return the code of the indicator the line is read with, e.g. {@code "STUNTING_U5"}} */
  public abstract String getIndicatorCode();

  /** {@return the way the plan wants the indicator to move} */
  public abstract DesiredDirection getDirection();

  /** {@return the plan's own words for the aim, in Vietnamese, quoted exactly} */
  public abstract String getTextVi();

  /** {@return an English gloss of the plan's words (a reading, not the plan's text)} */
  public abstract String getTextEn();

  /** {@return the identifier of the plan item whose text holds the aim, if any (e.g. a solution)} */
  public abstract Optional<String> getItemId();

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    if (getId().isBlank()) {
      throw new InvalidValueException(CoreErrorCode.MONITORING_ID_BLANK, "monitoring line id must not be blank");
    }
    if (getIndicatorCode().isBlank()) {
      throw new InvalidValueException(CoreErrorCode.MONITORING_INDICATOR_BLANK,
          "monitoring line " + getId() + ": indicator code must not be blank");
    }
    if (getTextVi().isBlank() || getTextEn().isBlank()) {
      throw new InvalidValueException(CoreErrorCode.MONITORING_TEXT_BLANK,
          "monitoring line " + getId() + ": the plan's text and its gloss must not be blank");
    }
  }

  /** Builds a {@link MonitoringLine}. */
  public static final class Builder extends ImmutableMonitoringLine.Builder {
    Builder() {}
  }
}
