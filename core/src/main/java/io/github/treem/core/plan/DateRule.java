package io.github.treem.core.plan;

import io.github.treem.core.internal.TreemStyle;
import io.github.treem.core.time.LunarDate;
import io.github.treem.core.validation.InvalidValueException;
import java.time.LocalDate;
import java.time.MonthDay;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * When a yearly event falls: a span of days of the solar (Gregorian) calendar, such as the Action
 * Month for Children (1-30 June), or of the Vietnamese lunar calendar, such as Tết Trung thu (the
 * 15th day of the 8th lunar month), resolved to solar dates for a year with {@link LunarDate}.
 *
 * <pre>{@code
 * DateRule.lunar(8, 15).resolve(2020);               // 2020-10-01..2020-10-01
 * DateRule.solar(MonthDay.of(6, 1), MonthDay.of(6, 30)).resolve(2021); // 2021-06-01..2021-06-30
 * }</pre>
 *
 * <p>A solar span whose end comes before its start in the year runs into the next year. A lunar
 * span is resolved in the lunar year numbered as the given year (the year whose Tết falls in it),
 * in months that are not the leap month.
 *
 * <p>Invariants (checked when built): months 1-12; days 1-31 (solar, valid for the month, 29
 * February allowed) or 1-30 (lunar).
 *
 * <p>Implementation requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@TreemStyle
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public abstract class DateRule {
  DateRule() {}

  /** The calendar a rule counts in. */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public enum CalendarSystem {
    /** The solar (Gregorian) calendar, dương lịch. */
    SOLAR,
    /** The Vietnamese lunar calendar, âm lịch (UTC+7). */
    LUNAR
  }

  /** {@return the calendar} */
  public abstract CalendarSystem getCalendar();

  /** {@return the month of the first day (1-12)} */
  public abstract int getStartMonth();

  /** {@return the day of month of the first day} */
  public abstract int getStartDay();

  /** {@return the month of the last day (1-12)} */
  public abstract int getEndMonth();

  /** {@return the day of month of the last day} */
  public abstract int getEndDay();

  /**
   * A span of solar days in every year.
   *
   * @param start the first day
   * @param end the last day (a day before the start in the year means the next year's)
   * @return the rule
   */
  public static DateRule solar(MonthDay start, MonthDay end) {
    return new Builder().calendar(CalendarSystem.SOLAR).startMonth(start.getMonthValue()).startDay(start.getDayOfMonth())
        .endMonth(end.getMonthValue()).endDay(end.getDayOfMonth()).build();
  }

  /**
   * One lunar day in every year, e.g. {@code lunar(8, 15)} for Tết Trung thu.
   *
   * @param month the lunar month, 1-12
   * @param day the lunar day, 1-30
   * @return the rule
   */
  public static DateRule lunar(int month, int day) {
    return lunar(month, day, month, day);
  }

  /**
   * A span of lunar days in every year.
   *
   * @param startMonth the lunar month of the first day
   * @param startDay the lunar day of the first day
   * @param endMonth the lunar month of the last day
   * @param endDay the lunar day of the last day
   * @return the rule
   */
  public static DateRule lunar(int startMonth, int startDay, int endMonth, int endDay) {
    return new Builder().calendar(CalendarSystem.LUNAR).startMonth(startMonth).startDay(startDay)
        .endMonth(endMonth).endDay(endDay).build();
  }

  /**
   * The solar days of the event in a year.
   *
   * @param year the year (for a lunar rule: the lunar year, numbered by the solar year of its Tết)
   * @return the days
   * @throws InvalidValueException when a lunar day does not exist that year (day 30 of a 29-day
   *     month; code {@code TREEM-TIME-0001}) or the year is outside the lunar calendar's range
   *     {@value LunarDate#MIN_YEAR}-{@value LunarDate#MAX_YEAR}
   */
  public DateSpan resolve(int year) {
    if (getCalendar() == CalendarSystem.SOLAR) {
      LocalDate start = MonthDay.of(getStartMonth(), getStartDay()).atYear(year);
      LocalDate end = MonthDay.of(getEndMonth(), getEndDay()).atYear(year);
      if (end.isBefore(start)) {
        end = MonthDay.of(getEndMonth(), getEndDay()).atYear(year + 1);
      }
      return DateSpan.of(start, end);
    }
    LocalDate start = LunarDate.of(year, getStartMonth(), getStartDay()).toLocalDate();
    LunarDate lunarEnd = LunarDate.of(year, getEndMonth(), getEndDay());
    LocalDate end = lunarEnd.toLocalDate();
    if (end.isBefore(start)) {
      end = LunarDate.of(year + 1, getEndMonth(), getEndDay()).toLocalDate();
    }
    return DateSpan.of(start, end);
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    int maxDay = getCalendar() == CalendarSystem.LUNAR ? 30 : 31;
    for (int[] md : new int[][] {{getStartMonth(), getStartDay()}, {getEndMonth(), getEndDay()}}) {
      if (md[0] < 1 || md[0] > 12 || md[1] < 1 || md[1] > maxDay) {
        throw new InvalidValueException("TREEM-CORE-0541", "date rule: no day " + md[1] + " of month " + md[0]);
      }
      if (getCalendar() == CalendarSystem.SOLAR) {
        try {
          MonthDay.of(md[0], md[1]);
        } catch (java.time.DateTimeException e) {
          throw new InvalidValueException("TREEM-CORE-0541", "date rule: no day " + md[1] + " of month " + md[0]);
        }
      }
    }
  }

  /** {@return the rule, e.g. {@code "15/8 âm lịch"} or {@code "01/6-30/6"}} */
  @Override
  public String toString() {
    String span = getStartDay() + "/" + getStartMonth()
        + (getStartDay() == getEndDay() && getStartMonth() == getEndMonth() ? "" : "-" + getEndDay() + "/" + getEndMonth());
    return getCalendar() == CalendarSystem.LUNAR ? span + " âm lịch" : span;
  }

  /** Builds a {@link DateRule}. */
  public static final class Builder extends ImmutableDateRule.Builder {
    Builder() {}
  }
}
