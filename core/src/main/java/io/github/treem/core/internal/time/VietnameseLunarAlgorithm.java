package io.github.treem.core.internal.time;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The Vietnamese lunisolar calendar computed astronomically for a fixed time zone (internal, not
 * API; callers use {@code io.github.treem.core.time.LunarDate}).
 *
 * <p>Method: the published algorithm of Hồ Ngọc Đức ("Thuật toán tính âm lịch", 2004), itself
 * built on the low-precision new-moon and solar-longitude series of Jean Meeus (<i>Astronomical
 * Formulae for Calculators</i>; <i>Astronomical Algorithms</i>, ch. 25 and 49). A lunar month
 * starts on the local day of a new moon; month 11 is the month that contains the December
 * solstice; in a year of 13 months the leap month is the first month after month 11 in which the
 * sun enters no new 30-degree sector (no major solar term). All days are counted in the meridian
 * of the time zone given: Viet Nam's calendar uses UTC+7 (and differs from the Chinese calendar,
 * UTC+8, in some years, e.g. Tết 1985 and 2007).
 *
 * <p>Why hand-written: the only well-kept Java implementation is ICU4J's {@code
 * ChineseCalendar} (a subclass with a UTC+7 astronomical zone gives the Vietnamese calendar), but
 * ICU4J weighs about 14 MB and core must stay light. The algorithm is short and its results are
 * checked in core's tests against ICU4J (test scope only) for every day from 1900 to 2199.
 *
 * <p>Day numbers are Julian day numbers (JDN) of civil days; {@code epochDay + 2440588}.
 *
 * <p>Speed: {@link #toLunar(long)}, {@link #toJdn(int, int, int, boolean)} and the month queries
 * read a per-year table of month starts, computed once per lunar year with the direct algorithm
 * (about 40 new-moon and solar-longitude evaluations) and cached; the direct conversions remain
 * ({@link #toLunarDirect(long)}, {@link #toJdnDirect(int, int, int, boolean)}) and a test keeps
 * both answers equal.
 *
 * <p>Implementation requirements: thread-safe (the cache is a concurrent map of immutable arrays).
 */
public final class VietnameseLunarAlgorithm {
  /** Julian day number of 1970-01-01. */
  public static final long JDN_OF_EPOCH_DAY_0 = 2440588L;

  /** The mean length of a synodic month, in days. */
  private static final double SYNODIC_MONTH = 29.530588853;

  /** The Julian day of the new moon of 1900-01-01 (Meeus's k = 0). */
  private static final double NEW_MOON_EPOCH = 2415021.076998695;

  private static final double RAD = Math.PI / 180.0;

  private final double zoneHours;

  /** Per lunar year: {leap month (1-12) or 0, JDN of month 1 start, ..., JDN of next year's month 1}. */
  private final ConcurrentMap<Integer, long[]> years = new ConcurrentHashMap<>();

  /**
   * An algorithm for a time zone.
   *
   * @param zoneHours the zone's offset from UTC in hours (7 for Viet Nam)
   */
  public VietnameseLunarAlgorithm(double zoneHours) {
    this.zoneHours = zoneHours;
  }

  /**
   * The Julian day (fractional, TT≈UT) of the k-th new moon after that of January 1900
   * (Meeus, simplified series).
   */
  static double newMoon(long k) {
    double t = k / 1236.85; // Julian centuries from 1900-01-01
    double t2 = t * t;
    double t3 = t2 * t;
    double jd = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3
        + 0.00033 * Math.sin((166.56 + 132.87 * t - 0.009173 * t2) * RAD);
    double m = (359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3) * RAD; // sun's anomaly
    double mp = (306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3) * RAD; // moon's anomaly
    double f = (21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3) * RAD; // latitude argument
    double correction = (0.1734 - 0.000393 * t) * Math.sin(m) + 0.0021 * Math.sin(2 * m)
        - 0.4068 * Math.sin(mp) + 0.0161 * Math.sin(2 * mp) - 0.0004 * Math.sin(3 * mp)
        + 0.0104 * Math.sin(2 * f) - 0.0051 * Math.sin(m + mp) - 0.0074 * Math.sin(m - mp)
        + 0.0004 * Math.sin(2 * f + m) - 0.0004 * Math.sin(2 * f - m) - 0.0006 * Math.sin(2 * f + mp)
        + 0.0010 * Math.sin(2 * f - mp) + 0.0005 * Math.sin(m + 2 * mp);
    double deltaT = t < -11
        ? 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3
        : -0.000278 + 0.000265 * t + 0.000262 * t2;
    return jd + correction - deltaT;
  }

  /** The JDN of the local civil day that contains the k-th new moon. */
  long newMoonDay(long k) {
    return (long) Math.floor(newMoon(k) + 0.5 + zoneHours / 24.0);
  }

  /** The sun's apparent longitude, in radians in [0, 2π), at a Julian day (Meeus ch. 25, low precision). */
  static double sunLongitude(double jd) {
    double t = (jd - 2451545.0) / 36525.0;
    double t2 = t * t;
    double m = (357.52910 + 35999.05030 * t - 0.0001559 * t2 - 0.00000048 * t * t2) * RAD;
    double l0 = 280.46645 + 36000.76983 * t + 0.0003032 * t2;
    double center = (1.914600 - 0.004817 * t - 0.000014 * t2) * Math.sin(m)
        + (0.019993 - 0.000101 * t) * Math.sin(2 * m) + 0.000290 * Math.sin(3 * m);
    double l = (l0 + center) * RAD;
    l = l - 2 * Math.PI * Math.floor(l / (2 * Math.PI));
    return l;
  }

  /** The 30-degree sector (0..11) of the sun's longitude at the local midnight starting a day. */
  int sunSector(long jdn) {
    return (int) Math.floor(sunLongitude(jdn - 0.5 - zoneHours / 24.0) / Math.PI * 6);
  }

  /** The JDN of the first day of lunar month 11 that starts in or before December of a year. */
  long month11(int year) {
    long off = jdn(year, 12, 31) - 2415021L;
    long k = (long) Math.floor(off / SYNODIC_MONTH);
    long nm = newMoonDay(k);
    if (sunSector(nm) >= 9) {
      nm = newMoonDay(k - 1);
    }
    return nm;
  }

  /** The offset, in months after month 11 starting at a11, of the leap month (13-month years). */
  int leapMonthOffset(long a11) {
    long k = (long) Math.floor((a11 - NEW_MOON_EPOCH) / SYNODIC_MONTH + 0.5);
    int i = 1;
    int arc = sunSector(newMoonDay(k + i));
    int last;
    do {
      last = arc;
      i++;
      arc = sunSector(newMoonDay(k + i));
    } while (arc != last && i < 14);
    return i - 1;
  }

  /**
   * Converts a civil day to the lunar calendar.
   *
   * @param jdn the Julian day number
   * @return {year, month (1-12), day (1-30), leap (0 or 1)}; the year is the Gregorian year in
   *     which the lunar year's first day falls
   */
  int[] toLunarDirect(long jdn) {
    long k = (long) Math.floor((jdn - NEW_MOON_EPOCH) / SYNODIC_MONTH);
    // the mean lunation k only approximates the true one: step to the last new moon on or before jdn
    while (newMoonDay(k + 1) <= jdn) {
      k++;
    }
    long monthStart = newMoonDay(k + 1);
    while (monthStart > jdn) {
      monthStart = newMoonDay(k);
      k--;
    }
    int year = gregorianYear(jdn);
    long a11 = month11(year);
    long b11 = a11;
    int lunarYear;
    if (a11 >= monthStart) {
      lunarYear = year;
      a11 = month11(year - 1);
    } else {
      lunarYear = year + 1;
      b11 = month11(year + 1);
    }
    int day = (int) (jdn - monthStart + 1);
    int diff = (int) Math.floor((monthStart - a11) / 29.0);
    int leap = 0;
    int month = diff + 11;
    if (b11 - a11 > 365) {
      int leapDiff = leapMonthOffset(a11);
      if (diff >= leapDiff) {
        month = diff + 10;
        if (diff == leapDiff) {
          leap = 1;
        }
      }
    }
    if (month > 12) {
      month -= 12;
    }
    if (month >= 11 && diff < 4) {
      lunarYear -= 1;
    }
    return new int[] {lunarYear, month, day, leap};
  }

  /**
   * Converts a lunar date to a civil day.
   *
   * @param year the lunar year (the Gregorian year of its first day)
   * @param month the month, 1-12
   * @param day the day, 1-30 (not checked against the month's length)
   * @param leap whether the month is the leap month
   * @return the Julian day number, or {@code Long.MIN_VALUE} when the year has no such leap month
   */
  long toJdnDirect(int year, int month, int day, boolean leap) {
    long a11;
    long b11;
    if (month < 11) {
      a11 = month11(year - 1);
      b11 = month11(year);
    } else {
      a11 = month11(year);
      b11 = month11(year + 1);
    }
    long k = (long) Math.floor(0.5 + (a11 - NEW_MOON_EPOCH) / SYNODIC_MONTH);
    int off = month - 11;
    if (off < 0) {
      off += 12;
    }
    if (b11 - a11 > 365) {
      int leapOff = leapMonthOffset(a11);
      int leapMonth = leapOff - 2;
      if (leapMonth < 0) {
        leapMonth += 12;
      }
      if (leap && month != leapMonth) {
        return Long.MIN_VALUE;
      } else if (leap || off >= leapOff) {
        off += 1;
      }
    } else if (leap) {
      return Long.MIN_VALUE;
    }
    return newMoonDay(k + off) + day - 1;
  }

  /**
   * Converts a civil day to the lunar calendar.
   *
   * @param jdn the Julian day number
   * @return {year, month (1-12), day (1-30), leap (0 or 1)}; the year is the Gregorian year in
   *     which the lunar year's first day falls
   */
  public int[] toLunar(long jdn) {
    int year = gregorianYear(jdn);
    long[] t = yearTable(year);
    if (jdn < t[1]) {
      year--;
      t = yearTable(year);
    }
    int months = t.length - 2;
    int index = months - 1;
    while (t[1 + index] > jdn) {
      index--;
    }
    int leapMonth = (int) t[0];
    int month;
    int leap = 0;
    if (leapMonth == 0 || index < leapMonth) {
      month = index + 1;
    } else if (index == leapMonth) {
      month = leapMonth;
      leap = 1;
    } else {
      month = index;
    }
    return new int[] {year, month, (int) (jdn - t[1 + index] + 1), leap};
  }

  /**
   * Converts a lunar date to a civil day.
   *
   * @param year the lunar year (the Gregorian year of its first day)
   * @param month the month, 1-12
   * @param day the day, 1-30 (not checked against the month's length)
   * @param leap whether the month is the leap month
   * @return the Julian day number, or {@code Long.MIN_VALUE} when the year has no such leap month
   */
  public long toJdn(int year, int month, int day, boolean leap) {
    long[] t = yearTable(year);
    int index = monthIndex(t, month, leap);
    return index < 0 ? Long.MIN_VALUE : t[1 + index] + day - 1;
  }

  /**
   * The number of days of a lunar month.
   *
   * @param year the lunar year
   * @param month the month
   * @param leap whether the leap month is meant
   * @return 29 or 30, or 0 when the year has no such leap month
   */
  public int monthLength(int year, int month, boolean leap) {
    long[] t = yearTable(year);
    int index = monthIndex(t, month, leap);
    return index < 0 ? 0 : (int) (t[2 + index] - t[1 + index]);
  }

  /** The leap month of a lunar year (1-12), or 0 when the year has none. */
  public int leapMonth(int year) {
    return (int) yearTable(year)[0];
  }

  private static int monthIndex(long[] t, int month, boolean leap) {
    int leapMonth = (int) t[0];
    if (leap) {
      return leapMonth != 0 && leapMonth == month ? month : -1;
    }
    return leapMonth != 0 && month > leapMonth ? month : month - 1;
  }

  long[] yearTable(int year) {
    return years.computeIfAbsent(year, this::computeYear);
  }

  private long[] computeYear(int year) {
    long tet = toJdnDirect(year, 1, 1, false);
    long next = toJdnDirect(year + 1, 1, 1, false);
    long k = (long) Math.floor((tet - NEW_MOON_EPOCH) / SYNODIC_MONTH + 0.5);
    while (newMoonDay(k) > tet) {
      k--;
    }
    while (newMoonDay(k) < tet) {
      k++;
    }
    List<Long> starts = new ArrayList<>(14);
    for (long nm = newMoonDay(k); nm < next; nm = newMoonDay(++k)) {
      starts.add(nm);
    }
    long[] t = new long[starts.size() + 2];
    for (int i = 0; i < starts.size(); i++) {
      t[1 + i] = starts.get(i);
      int[] lunar = toLunarDirect(starts.get(i));
      if (lunar[3] == 1) {
        t[0] = lunar[1];
      }
    }
    t[t.length - 1] = next;
    return t;
  }

  static long jdn(int year, int month, int day) {
    return java.time.LocalDate.of(year, month, day).toEpochDay() + JDN_OF_EPOCH_DAY_0;
  }

  static int gregorianYear(long jdn) {
    return java.time.LocalDate.ofEpochDay(jdn - JDN_OF_EPOCH_DAY_0).getYear();
  }
}
