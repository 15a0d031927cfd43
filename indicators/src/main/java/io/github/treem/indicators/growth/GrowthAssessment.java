package io.github.treem.indicators.growth;

import io.github.treem.core.Child;
import io.github.treem.core.GrowthMeasurement;
import io.github.treem.indicators.internal.TreemStyle;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * The WHO growth assessment of a child at one measurement: the age, and both the 2006 standards'
 * z-scores (valid under 5 years) and the 2007 reference's (valid from 5 to 19 years); the one that
 * does not apply to the child's age has only missing z-scores.
 *
 * <pre>{@code
 * GrowthAssessment a = GrowthAssessment.of(child, measurement);
 * Classification stunting = a.getAnthro2006().getStunting();
 * }</pre>
 *
 * <p>Implementation requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@TreemStyle
@API(status = API.Status.STABLE, since = "0.1")
public abstract class GrowthAssessment {
  GrowthAssessment() {}

  /**
   * {@return the age in days (whole days from the date of birth to the date of measurement), NaN
   * when the date of birth is not recorded}
   */
  public abstract double getAgeDays();

  /** {@return the WHO 2006 z-scores (0-5 years)} */
  public abstract Anthro2006Result getAnthro2006();

  /** {@return the WHO 2007 z-scores (5-19 years), age in months = days / 30.4375} */
  public abstract Who2007Result getWho2007();

  /** {@return whether the child is under 5 years (age in months &lt; 60) at the measurement} */
  public boolean isUnderFive() {
    return getAgeDays() / WhoGrowth.DAYS_PER_MONTH < 60;
  }

  /**
   * Assesses a child at a measurement: age in days = {@code ChronoUnit.DAYS} between the date of
   * birth and the date of measurement; a missing oedema counts as none.
   *
   * @param child the child (sex and date of birth are used)
   * @param measurement the measurement
   * @return the assessment
   */
  public static GrowthAssessment of(Child child, GrowthMeasurement measurement) {
    WhoGrowth who = WhoGrowth.standards();
    return new Builder()
        .ageDays(WhoGrowth.ageDays(child, measurement))
        .anthro2006(who.anthro2006(child, measurement))
        .who2007(who.who2007(child, measurement))
        .build();
  }

  static final class Builder extends ImmutableGrowthAssessment.Builder {
    Builder() {}
  }
}
