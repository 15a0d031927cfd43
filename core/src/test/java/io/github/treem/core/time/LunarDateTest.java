package io.github.treem.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ibm.icu.util.ChineseCalendar;
import com.ibm.icu.util.SimpleTimeZone;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import io.github.treem.core.validation.InvalidValueException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The Vietnamese lunar calendar against known dates and against ICU4J's astronomy at UTC+7. */
class LunarDateTest {

  /** ICU's Chinese calendar computed in the UTC+7 meridian (as ICU's DangiCalendar does for Korea at UTC+9). */
  static final class IcuVietnameseCalendar extends ChineseCalendar {
    private static final long serialVersionUID = 1L;

    // ICU marks this constructor deprecated ("internal"), yet it is the way ICU's own DangiCalendar
    // sets the astronomical meridian; test scope only
    @SuppressWarnings("deprecation")
    IcuVietnameseCalendar() {
      super(TimeZone.GMT_ZONE, ULocale.ROOT, new SimpleTimeZone(7 * 3_600_000, "UTC+7"));
    }
  }

  @ParameterizedTest(name = "Tết {0} = {1}")
  @CsvSource({
      // Vietnamese Tết; 1985 and 2007 differ from the Chinese New Year (1985-02-20, 2007-02-18)
      "1985, 1985-01-21",
      "2007, 2007-02-17",
      "1968, 1968-01-29",
      "2016, 2016-02-08",
      "2017, 2017-01-28",
      "2018, 2018-02-16",
      "2019, 2019-02-05",
      "2020, 2020-01-25",
      "2021, 2021-02-12",
      "2022, 2022-02-01",
      "2023, 2023-01-22",
      "2024, 2024-02-10",
      "2025, 2025-01-29",
      "2026, 2026-02-17",
      "2027, 2027-02-06",
      "2030, 2030-02-02"})
  void tetFallsOnTheKnownDay(int year, LocalDate expected) {
    assertThat(LunarDate.tet(year)).isEqualTo(expected);
    assertThat(LunarDate.from(expected)).isEqualTo(LunarDate.of(year, 1, 1));
    assertThat(LunarDate.from(expected.minusDays(1)).getYear()).isEqualTo(year - 1);
  }

  @ParameterizedTest(name = "Giỗ Tổ {0} = {1}")
  @CsvSource({
      "2016, 2016-04-16", "2017, 2017-04-06", "2018, 2018-04-25", "2019, 2019-04-14", "2020, 2020-04-02",
      "2021, 2021-04-21", "2022, 2022-04-10", "2023, 2023-04-29", "2024, 2024-04-18", "2025, 2025-04-07",
      "2026, 2026-04-26"})
  void hungKingsDayFallsOnTheKnownDay(int year, LocalDate expected) {
    assertThat(LunarDate.of(year, 3, 10).toLocalDate()).isEqualTo(expected);
  }

  @Test
  void leapMonthsOfRecentYears() {
    assertThat(LunarDate.leapMonthOf(2020)).isEqualTo(4);
    assertThat(LunarDate.leapMonthOf(2023)).isEqualTo(2);
    assertThat(LunarDate.leapMonthOf(2025)).isEqualTo(6);
    assertThat(LunarDate.leapMonthOf(2024)).isZero();
    assertThat(LunarDate.of(2023, 2, true, 1).toLocalDate()).isEqualTo(LocalDate.of(2023, 3, 22));
    assertThat(LunarDate.from(LocalDate.of(2023, 3, 22))).isEqualTo(LunarDate.of(2023, 2, true, 1));
  }

  @Test
  void refusesDatesThatDoNotExist() {
    assertThatThrownBy(() -> LunarDate.of(2024, 4, true, 1)).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("TREEM-TIME-0001");
    assertThatThrownBy(() -> LunarDate.of(2024, 13, 1)).isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> LunarDate.of(1899, 1, 1)).isInstanceOf(InvalidValueException.class);
    int length = LunarDate.lengthOfMonth(2024, 12, false);
    assertThat(length).isBetween(29, 30);
    assertThatThrownBy(() -> LunarDate.of(2024, 12, length + 1)).isInstanceOf(InvalidValueException.class);
  }

  /**
   * The months in which treem and ICU disagree, by treem's first day of the month. Both compute
   * low-precision astronomy: every disagreement is a month whose new moon falls within 20 minutes
   * of local midnight (UTC+7), or (2172, 2183, 2199: two month starts each) a leap month placed one
   * month apart because a solar term falls within hours of a new moon. For 1995, 1996 and 1997 treem's month starts agree with the
   * published new-moon times (24 Sep 1995 16:55 UT, 10 Dec 1996 16:56 UT, 29 Dec 1997 16:57 UT,
   * i.e. 23:55-23:57 in UTC+7, so the month starts that day); ICU starts them a day later. No other
   * month from 1900 to 2199 differs.
   */
  static final List<LocalDate> KNOWN_DIFFERENCES = List.of(
      LocalDate.of(1906, 1, 25), LocalDate.of(1912, 12, 9), LocalDate.of(1995, 9, 24), LocalDate.of(1996, 12, 10),
      LocalDate.of(1997, 12, 29), LocalDate.of(2051, 3, 12), LocalDate.of(2072, 12, 10), LocalDate.of(2078, 11, 4),
      LocalDate.of(2079, 8, 27), LocalDate.of(2084, 3, 7), LocalDate.of(2085, 10, 18), LocalDate.of(2125, 1, 4),
      LocalDate.of(2130, 5, 8), LocalDate.of(2131, 12, 19), LocalDate.of(2138, 4, 10), LocalDate.of(2149, 8, 4),
      LocalDate.of(2165, 1, 12), LocalDate.of(2172, 5, 23), LocalDate.of(2172, 6, 21), LocalDate.of(2183, 4, 22),
      LocalDate.of(2183, 5, 22), LocalDate.of(2199, 6, 23), LocalDate.of(2199, 7, 23));

  @Test
  void monthsNearMidnightNewMoonsFollowThePublishedNewMoonTimes() {
    assertThat(LunarDate.from(LocalDate.of(1995, 9, 24))).isEqualTo(LunarDate.of(1995, 8, true, 1));
    assertThat(LunarDate.from(LocalDate.of(1996, 12, 10))).isEqualTo(LunarDate.of(1996, 11, 1));
    assertThat(LunarDate.from(LocalDate.of(1997, 12, 29))).isEqualTo(LunarDate.of(1997, 12, 1));
  }

  /**
   * Every lunar month of 1900-2199 starts on the day ICU starts it, with the same number and leap
   * flag, except the known differences: checking each month's first day finds any shift of a
   * month start (ICU, slow per call, is asked once per month, not once per day).
   */
  @Test
  void everyMonthStartMatchesIcuFrom1900To2199() {
    IcuVietnameseCalendar icu = new IcuVietnameseCalendar();
    List<LocalDate> differences = new ArrayList<>();
    for (int year = 1900; year <= 2199; year++) {
      int leapMonth = LunarDate.leapMonthOf(year);
      for (int month = 1; month <= 12; month++) {
        for (boolean leap : month == leapMonth ? new boolean[] {false, true} : new boolean[] {false}) {
          LocalDate start = LunarDate.of(year, month, leap, 1).toLocalDate();
          icu.setTimeInMillis(start.toEpochDay() * 86_400_000L);
          if (icu.get(ChineseCalendar.DAY_OF_MONTH) != 1 || icu.get(ChineseCalendar.MONTH) + 1 != month
              || (icu.get(ChineseCalendar.IS_LEAP_MONTH) == 1) != leap) {
            differences.add(start);
          }
        }
      }
    }
    assertThat(differences).containsExactlyElementsOf(KNOWN_DIFFERENCES);
  }

  @Test
  void everyDayFrom1900To2199RoundTrips() {
    List<String> failures = new ArrayList<>();
    LocalDate end = LocalDate.of(2199, 12, 31);
    LunarDate previous = null;
    for (LocalDate d = LocalDate.of(1900, 2, 1); !d.isAfter(end); d = d.plusDays(1)) {
      LunarDate lunar = LunarDate.from(d);
      if (!lunar.toLocalDate().equals(d)) {
        failures.add(d + " -> " + lunar + " -> " + lunar.toLocalDate());
      }
      if (previous != null && lunar.getDay() != previous.getDay() + 1 && lunar.getDay() != 1) {
        failures.add(d + ": day " + lunar.getDay() + " follows day " + previous.getDay());
      }
      previous = lunar;
    }
    assertThat(failures).isEmpty();
  }
}
