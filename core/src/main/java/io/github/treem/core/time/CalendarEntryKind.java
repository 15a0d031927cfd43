package io.github.treem.core.time;

import org.apiguardian.api.API;

/**
 * What a day of the holiday table is.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum CalendarEntryKind {
  /** A public holiday of the Labour Code (ngày nghỉ lễ, tết), whatever day of the week it falls on. */
  PUBLIC_HOLIDAY(true),
  /**
   * A working day off because a holiday fell on a weekly rest day (nghỉ bù: Bộ luật Lao động 2012
   * Điều 115 khoản 3; Bộ luật Lao động 2019 Điều 111 khoản 3).
   */
  SUBSTITUTE_DAY(true),
  /** A working day made a rest day by the government's yearly swap (hoán đổi ngày làm việc). */
  SWAPPED_DAY_OFF(true),
  /** A Saturday or Sunday on which the public sector works to make up a swapped day (làm bù). */
  MAKE_UP_WORKING_DAY(false),
  /** A Saturday or Sunday, the weekly rest of the public sector; never in a table, only in explanations. */
  WEEKLY_REST(true);

  private final boolean restDay;

  CalendarEntryKind(boolean restDay) {
    this.restDay = restDay;
  }

  /** {@return true when a day of this kind is a rest day} */
  public boolean isRestDay() {
    return restDay;
  }
}
