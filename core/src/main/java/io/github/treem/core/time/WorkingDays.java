package io.github.treem.core.time;

import io.github.treem.core.internal.time.ProvisionalHolidays;
import io.github.treem.core.taxonomy.LegalReference;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.BitSet;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The working-day calendar of Viet Nam's public sector, and the period rules of the Civil Code
 * 2015 (Bộ luật Dân sự 91/2015/QH13) that count in it.
 *
 * <p>Rest days are Saturdays and Sundays, the public holidays, the substitute days and the swapped
 * days off of a {@link HolidayTable}; a make-up working Saturday is a working day. Years that the
 * table does not hold are computed and {@linkplain #isProvisional(LocalDate) provisional}.
 *
 * <pre>{@code
 * WorkingDays days = WorkingDays.vietnam();
 * days.isWorkingDay(LocalDate.of(2025, 5, 2));                   // false: swapped for Saturday 26 April
 * days.plusWorkingDays(LocalDate.of(2024, 2, 7), 5);            // 2024-02-21: Tết 8-14 February
 * days.lastDayOfPeriodInDays(LocalDate.of(2024, 3, 2), 60);     // 2024-05-02 (1 May is a holiday)
 * }</pre>
 *
 * <p>Periods (Điều 147-148): a period in days, weeks or working days that starts with an event
 * does not count the day of the event (Điều 147 khoản 3); it ends at 24:00 of its last day (Điều
 * 148 khoản 1 and 6), and when that last day is a weekly rest day or a holiday it ends at the end
 * of the next working day (Điều 148 khoản 5). A period in hours starts at the moment of the event
 * (Điều 147 khoản 1) and is plain {@link java.time.Duration} arithmetic.
 *
 * <p>Implementation requirements: immutable and thread-safe (each year's rest days are computed
 * once and cached).
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class WorkingDays {
  /** Viet Nam's time zone, in which the law's days begin and end. */
  public static final ZoneId VIETNAM_ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

  /** Civil Code 2015, in force from 1 January 2017. */
  public static final LegalReference CIVIL_CODE_2015 = LegalReference.builder()
      .document("Bộ luật Dân sự 91/2015/QH13")
      .titleEn("Civil Code 2015")
      .inForceFrom(LocalDate.of(2017, 1, 1))
      .build();

  /** Điều 147 khoản 3: a period that starts with an event is counted from the next day. */
  public static final LegalReference PERIOD_START = CIVIL_CODE_2015.withArticle("147", "3");

  /** Điều 148 khoản 5: a period whose last day is a rest day ends at the end of the next working day. */
  public static final LegalReference PERIOD_END_ON_REST_DAY = CIVIL_CODE_2015.withArticle("148", "5");

  private static volatile @Nullable WorkingDays vietnam;

  private final HolidayTable table;
  private final ConcurrentMap<Integer, BitSet> restDays = new ConcurrentHashMap<>();

  private WorkingDays(HolidayTable table) {
    this.table = table;
  }

  /** {@return the calendar of the bundled table, {@link HolidayTable#vietnam()}} */
  public static WorkingDays vietnam() {
    WorkingDays w = vietnam;
    if (w == null) {
      w = new WorkingDays(HolidayTable.vietnam());
      vietnam = w;
    }
    return w;
  }

  /**
   * The calendar of a table (a province's, or one with later years).
   *
   * @param table the table
   * @return the calendar
   */
  public static WorkingDays of(HolidayTable table) {
    return new WorkingDays(Objects.requireNonNull(table, "table must not be null"));
  }

  /** {@return the holiday table} */
  public HolidayTable getTable() {
    return table;
  }

  /**
   * Whether a day is a working day of the public sector.
   *
   * @param date the day
   * @return true for a working day
   */
  public boolean isWorkingDay(LocalDate date) {
    return !isRestDay(date);
  }

  /**
   * Whether a day is a rest day (weekend, holiday, substitute or swapped day off).
   *
   * @param date the day
   * @return true for a rest day
   */
  public boolean isRestDay(LocalDate date) {
    return restDaysOf(date.getYear()).get(date.getDayOfYear());
  }

  /**
   * Why a day is what it is: its table entry (holiday, substitute day, swapped day off, make-up
   * working day), or a {@link CalendarEntryKind#WEEKLY_REST} entry for an ordinary Saturday or
   * Sunday.
   *
   * @param date the day
   * @return the entry, or empty for an ordinary working day
   */
  public Optional<CalendarEntry> explain(LocalDate date) {
    Optional<CalendarEntry> e = table.year(date.getYear()).entryOn(date);
    if (e.isPresent() || !isWeekend(date)) {
      return e;
    }
    return Optional.of(CalendarEntry.of(date, CalendarEntryKind.WEEKLY_REST, Confirmation.BY_RULE,
        "Nghỉ hằng tuần", "Weekly rest day"));
  }

  /**
   * Whether a day's year is computed rather than announced.
   *
   * @param date the day
   * @return true when the table does not hold the day's year
   */
  public boolean isProvisional(LocalDate date) {
    return table.year(date.getYear()).isProvisional();
  }

  /**
   * The first working day after a day.
   *
   * @param date the day
   * @return the next working day, strictly after {@code date}
   */
  public LocalDate nextWorkingDay(LocalDate date) {
    LocalDate d = date.plusDays(1);
    while (isRestDay(d)) {
      d = d.plusDays(1);
    }
    return d;
  }

  /**
   * The day itself when it is a working day, else the next working day.
   *
   * @param date the day
   * @return a working day on or after {@code date}
   */
  public LocalDate workingDayOnOrAfter(LocalDate date) {
    return isRestDay(date) ? nextWorkingDay(date) : date;
  }

  /**
   * The n-th working day after a day, counting only working days strictly after it.
   *
   * @param date the day (need not be a working day)
   * @param workingDays how many working days, 0 or more
   * @return {@code date} for 0, else the working day reached
   * @throws IllegalArgumentException when {@code workingDays} is negative
   */
  public LocalDate plusWorkingDays(LocalDate date, long workingDays) {
    if (workingDays < 0) {
      throw new IllegalArgumentException("workingDays must not be negative: " + workingDays);
    }
    LocalDate d = date;
    for (long i = 0; i < workingDays; i++) {
      d = nextWorkingDay(d);
    }
    return d;
  }

  /**
   * The number of working days after one day up to and including another, so that
   * {@code workingDaysBetween(d, plusWorkingDays(d, n)) == n}.
   *
   * @param startExclusive the day after which to count
   * @param endInclusive the last day to count
   * @return the count, negative when {@code endInclusive} is before {@code startExclusive}
   */
  public long workingDaysBetween(LocalDate startExclusive, LocalDate endInclusive) {
    if (endInclusive.isBefore(startExclusive)) {
      return -workingDaysBetween(endInclusive, startExclusive);
    }
    long n = 0;
    for (LocalDate d = startExclusive.plusDays(1); !d.isAfter(endInclusive); d = d.plusDays(1)) {
      if (!isRestDay(d)) {
        n++;
      }
    }
    return n;
  }

  /**
   * The last day of a period of calendar days that starts with an event (Civil Code 2015 Điều 147
   * khoản 3, Điều 148 khoản 5): the day of the event is not counted, and a last day that falls on
   * a rest day moves to the next working day. The period ends at 24:00 of the day returned.
   *
   * @param eventDay the day of the event (e.g. the date of birth for the 60 days of birth registration)
   * @param days the length in days, 1 or more
   * @return the last day of the period
   */
  public LocalDate lastDayOfPeriodInDays(LocalDate eventDay, long days) {
    if (days < 1) {
      throw new IllegalArgumentException("days must be at least 1: " + days);
    }
    return workingDayOnOrAfter(eventDay.plusDays(days));
  }

  /**
   * The last day of a period of working days that starts with an event (Điều 147 khoản 3): the
   * n-th working day after the day of the event. The period ends at 24:00 of that day.
   *
   * @param eventDay the day of the event (e.g. the day information was received)
   * @param workingDays the length in working days, 1 or more
   * @return the last day of the period
   */
  public LocalDate lastDayOfPeriodInWorkingDays(LocalDate eventDay, long workingDays) {
    if (workingDays < 1) {
      throw new IllegalArgumentException("workingDays must be at least 1: " + workingDays);
    }
    return plusWorkingDays(eventDay, workingDays);
  }

  /**
   * The instant a period ends: 24:00 of its last day in Viet Nam, i.e. the start of the next day
   * (Điều 148 khoản 6).
   *
   * @param lastDay the last day of the period
   * @return the end, exclusive, in {@link #VIETNAM_ZONE}
   */
  public static ZonedDateTime endOf(LocalDate lastDay) {
    return lastDay.plusDays(1).atStartOfDay(VIETNAM_ZONE);
  }

  private BitSet restDaysOf(int year) {
    return restDays.computeIfAbsent(year, y -> {
      BitSet bits = new BitSet(367);
      for (LocalDate d = LocalDate.of(y, 1, 1); d.getYear() == y; d = d.plusDays(1)) {
        if (isWeekend(d)) {
          bits.set(d.getDayOfYear());
        }
      }
      for (CalendarEntry e : table.year(y).getEntries()) {
        bits.set(e.getDate().getDayOfYear(), e.isRestDay());
      }
      return bits;
    });
  }

  private static boolean isWeekend(LocalDate d) {
    return ProvisionalHolidays.isWeekend(d);
  }

  @Override
  public String toString() {
    return "WorkingDays{" + table + "}";
  }
}
