package io.github.treem.core.time;

import io.github.treem.core.internal.time.VietnameseLunarAlgorithm;
import io.github.treem.core.validation.InvalidValueException;
import java.time.LocalDate;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A date of the Vietnamese lunisolar calendar (âm lịch), computed for the UTC+7 meridian: lunar
 * year, month (1-12), whether the month is the leap month (tháng nhuận), and day (1-30).
 *
 * <p>The year is numbered by the Gregorian year in which its first day (Tết) falls, so
 * {@code LunarDate.of(2024, 1, 1).toLocalDate()} is Tết Giáp Thìn, 10 February 2024.
 *
 * <pre>{@code
 * LocalDate tet = LunarDate.tet(2007);                            // 2007-02-17 (China: 2007-02-18)
 * LocalDate hungKings = LunarDate.of(2026, 3, 10).toLocalDate();  // 2026-04-26
 * LunarDate lunar = LunarDate.from(LocalDate.of(2023, 4, 29));    // 10/3 Quý Mão
 * }</pre>
 *
 * <p>The calendar is computed astronomically (new moons and solar terms in the UTC+7 meridian,
 * after Hồ Ngọc Đức's published algorithm and Meeus's series); it agrees with ICU4J's Chinese
 * calendar set to UTC+7 for every day of 1900-2199 (a test checks it). Viet Nam used the UTC+8
 * (Chinese) calendar before 1968; treem computes UTC+7 throughout, which matters for no date
 * treem handles. Supported years: 1900-2199.
 *
 * <p>Implementation requirements: immutable and thread-safe; a value (equal when year, month,
 * leap and day are equal).
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class LunarDate implements Comparable<LunarDate> {
  /** The first supported lunar year. */
  public static final int MIN_YEAR = 1900;
  /** The last supported lunar year. */
  public static final int MAX_YEAR = 2199;

  private static final VietnameseLunarAlgorithm UTC7 = new VietnameseLunarAlgorithm(7);

  private final int year;
  private final int month;
  private final boolean leapMonth;
  private final int day;

  private LunarDate(int year, int month, boolean leapMonth, int day) {
    this.year = year;
    this.month = month;
    this.leapMonth = leapMonth;
    this.day = day;
  }

  /**
   * A date in a month that is not the leap month.
   *
   * @param year the lunar year, 1900-2199
   * @param month the month, 1-12
   * @param day the day, 1 to the month's length (29 or 30)
   * @return the date
   * @throws InvalidValueException when the date does not exist (code {@code TREEM-TIME-0001})
   */
  public static LunarDate of(int year, int month, int day) {
    return of(year, month, false, day);
  }

  /**
   * A date.
   *
   * @param year the lunar year, 1900-2199
   * @param month the month, 1-12
   * @param leapMonth true for the leap month that follows month {@code month}
   * @param day the day, 1 to the month's length (29 or 30)
   * @return the date
   * @throws InvalidValueException when the date does not exist (code {@code TREEM-TIME-0001})
   */
  public static LunarDate of(int year, int month, boolean leapMonth, int day) {
    if (year < MIN_YEAR || year > MAX_YEAR) {
      throw new InvalidValueException("TREEM-TIME-0001", "lunar year " + year + " is outside " + MIN_YEAR + "-" + MAX_YEAR);
    }
    if (month < 1 || month > 12) {
      throw new InvalidValueException("TREEM-TIME-0001", "lunar month " + month + " is outside 1-12");
    }
    int length = UTC7.monthLength(year, month, leapMonth);
    if (length == 0) {
      throw new InvalidValueException("TREEM-TIME-0001", "lunar year " + year + " has no leap month " + month);
    }
    if (day < 1 || day > length) {
      throw new InvalidValueException("TREEM-TIME-0001",
          "day " + day + " is outside 1-" + length + " for lunar month " + month + (leapMonth ? " (leap)" : "") + " of " + year);
    }
    return new LunarDate(year, month, leapMonth, day);
  }

  /**
   * The lunar date of a civil date.
   *
   * @param date the civil (Gregorian) date, from 1900-01-31 to 2199-12-31
   * @return the lunar date
   * @throws InvalidValueException when the date is outside the supported range
   */
  public static LunarDate from(LocalDate date) {
    Objects.requireNonNull(date, "date must not be null");
    if (date.getYear() < MIN_YEAR || date.getYear() > MAX_YEAR) {
      throw new InvalidValueException("TREEM-TIME-0001", "year " + date.getYear() + " is outside " + MIN_YEAR + "-" + MAX_YEAR);
    }
    int[] l = UTC7.toLunar(date.toEpochDay() + VietnameseLunarAlgorithm.JDN_OF_EPOCH_DAY_0);
    if (l[0] < MIN_YEAR) {
      throw new InvalidValueException("TREEM-TIME-0001", "the date is before the first supported lunar year");
    }
    return new LunarDate(l[0], l[1], l[3] == 1, l[2]);
  }

  /**
   * Tết Nguyên đán: the first day of a lunar year.
   *
   * @param year the year, 1900-2199
   * @return the civil date of 1/1 of that lunar year
   */
  public static LocalDate tet(int year) {
    return of(year, 1, 1).toLocalDate();
  }

  /**
   * The number of days of a lunar month.
   *
   * @param year the lunar year
   * @param month the month
   * @param leapMonth whether the leap month is meant
   * @return 29 or 30, or 0 when that year has no such leap month
   */
  public static int lengthOfMonth(int year, int month, boolean leapMonth) {
    return UTC7.monthLength(year, month, leapMonth);
  }

  /**
   * The leap month of a lunar year.
   *
   * @param year the lunar year
   * @return the number of the month that the leap month repeats (1-12), or 0 when the year has
   *     12 months
   */
  public static int leapMonthOf(int year) {
    return UTC7.leapMonth(year);
  }

  /** {@return the civil (Gregorian) date} */
  public LocalDate toLocalDate() {
    long jdn = UTC7.toJdn(year, month, day, leapMonth);
    return LocalDate.ofEpochDay(jdn - VietnameseLunarAlgorithm.JDN_OF_EPOCH_DAY_0);
  }

  /** {@return the lunar year (the Gregorian year in which its first day falls)} */
  public int getYear() {
    return year;
  }

  /** {@return the month, 1-12} */
  public int getMonth() {
    return month;
  }

  /** {@return true when the month is the leap month} */
  public boolean isLeapMonth() {
    return leapMonth;
  }

  /** {@return the day of the month, 1-30} */
  public int getDay() {
    return day;
  }

  @Override
  public int compareTo(LunarDate other) {
    return toLocalDate().compareTo(other.toLocalDate());
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof LunarDate d)) {
      return false;
    }
    return year == d.year && month == d.month && leapMonth == d.leapMonth && day == d.day;
  }

  @Override
  public int hashCode() {
    return Objects.hash(year, month, leapMonth, day);
  }

  /** {@return the date as {@code day/month[+]/year (âm lịch)}, e.g. {@code 10/3/2026 âm lịch}; {@code +} marks the leap month} */
  @Override
  public String toString() {
    return day + "/" + month + (leapMonth ? "+" : "") + "/" + year + " âm lịch";
  }
}
