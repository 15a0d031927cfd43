package io.github.treem.core.plan;

import io.github.treem.core.time.LunarDate;

/** Lunar-calendar facts for the tests, asked of {@link LunarDate} itself. */
final class LunarDays {
  private LunarDays() {}

  /** The first month of a lunar year (not the leap month) with 29 days. */
  static int firstShortMonth(int year) {
    for (int m = 1; m <= 12; m++) {
      if (LunarDate.lengthOfMonth(year, m, false) == 29) {
        return m;
      }
    }
    throw new AssertionError("no 29-day month in " + year);
  }
}
