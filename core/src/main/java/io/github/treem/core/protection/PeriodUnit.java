package io.github.treem.core.protection;

import org.apiguardian.api.API;

/**
 * The unit of a deadline's period.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum PeriodUnit {
  /** Hours from the moment of the start event (Civil Code 2015 Điều 147 khoản 1). */
  HOURS,
  /** Calendar days from the day after the start event (Điều 147 khoản 3); see {@link DeadlineRule#isExtendedOverRestDays()}. */
  CALENDAR_DAYS,
  /** Working days from the day after the start event, on the working-day calendar. */
  WORKING_DAYS
}
