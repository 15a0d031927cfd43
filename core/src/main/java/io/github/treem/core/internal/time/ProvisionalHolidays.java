package io.github.treem.core.internal.time;

import io.github.treem.core.time.CalendarEntry;
import io.github.treem.core.time.CalendarEntryKind;
import io.github.treem.core.time.Confirmation;
import io.github.treem.core.time.HolidayYear;
import io.github.treem.core.time.LunarDate;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Computes the public holidays of a year that no announcement covers (internal, not API).
 *
 * <p>What is law: the holidays of the Labour Code in force (Bộ luật Lao động 1994 as amended,
 * Điều 73, to 2012: Tết 4 days, Giỗ Tổ from 2007; BLLĐ 2012 Điều 115, 2013-2020: Tết 5 days;
 * BLLĐ 2019 Điều 112 from 2021: also one day adjacent to 2 September) and the substitute day when
 * a holiday falls on a Saturday or Sunday (BLLĐ 2012 Điều 115 khoản 3, BLLĐ 2019 Điều 111 khoản 3).
 *
 * <p>What is treem's guess, marked provisional: which days of Tết the Prime Minister picks (one
 * day before Tết when Tết falls on a Monday or Tuesday, two days before otherwise, as in 2016-2026),
 * and the adjacent day of the National Day (the day that makes the longest break: Tuesday after a
 * Monday, Monday before a Tuesday, Tuesday before a Wednesday, Friday after a Thursday, Thursday
 * before a Friday, Friday before a Saturday, Monday after a Sunday; as in 2021-2025). Swaps of
 * working days cannot be computed and are never guessed.
 */
public final class ProvisionalHolidays {
  private static final String NOTE = "Provisional: computed by treem from the Labour Code's fixed and lunar dates;"
      + " the days of Tết and the adjacent National Day holiday are treem's guess; swaps of working days are not"
      + " known before they are announced.";

  private ProvisionalHolidays() {}

  /**
   * The provisional holidays of a year.
   *
   * @param year the year, 1901-2199
   * @return the year, marked provisional
   */
  public static HolidayYear compute(int year) {
    List<CalendarEntry> holidays = new ArrayList<>();
    holidays.add(holiday(LocalDate.of(year, 1, 1), "Tết Dương lịch", "New Year's Day"));
    LocalDate tet = LunarDate.tet(year);
    int days = year >= 2013 ? 5 : 4;
    int before = year < 2013 || tet.getDayOfWeek() == DayOfWeek.MONDAY || tet.getDayOfWeek() == DayOfWeek.TUESDAY ? 1 : 2;
    for (int i = -before; i < days - before; i++) {
      holidays.add(holiday(tet.plusDays(i), "Tết Âm lịch", "Lunar New Year (Tết)"));
    }
    if (year >= 2007) {
      holidays.add(holiday(LunarDate.of(year, 3, 10).toLocalDate(), "Giỗ Tổ Hùng Vương (10/3 âm lịch)",
          "Hung Kings' Commemoration Day (10/3 lunar)"));
    }
    holidays.add(holiday(LocalDate.of(year, Month.APRIL, 30), "Ngày Chiến thắng (30/4)", "Victory Day (30 April)"));
    holidays.add(holiday(LocalDate.of(year, Month.MAY, 1), "Ngày Quốc tế lao động (1/5)", "International Labour Day (1 May)"));
    LocalDate national = LocalDate.of(year, Month.SEPTEMBER, 2);
    holidays.add(holiday(national, "Quốc khánh (2/9)", "National Day (2 September)"));
    if (year >= 2021) {
      holidays.add(holiday(national.plusDays(adjacentOffset(national.getDayOfWeek())), "Quốc khánh (ngày liền kề)",
          "National Day (adjacent day)"));
    }
    holidays.sort(null);
    Set<LocalDate> taken = new HashSet<>();
    for (CalendarEntry h : holidays) {
      taken.add(h.getDate());
    }
    List<CalendarEntry> entries = new ArrayList<>(holidays);
    for (CalendarEntry h : holidays) {
      if (isWeekend(h.getDate())) {
        LocalDate d = h.getDate().plusDays(1);
        while (isWeekend(d) || taken.contains(d)) {
          d = d.plusDays(1);
        }
        taken.add(d);
        String f = h.getDate().getDayOfMonth() + "/" + h.getDate().getMonthValue() + "/" + year;
        entries.add(CalendarEntry.of(d, CalendarEntryKind.SUBSTITUTE_DAY, Confirmation.PROVISIONAL,
            "Nghỉ bù cho ngày " + f, "Substitute day off for " + h.getDate()));
      }
    }
    return HolidayYear.builder().year(year).provisional(true).addNotes(NOTE).addAllEntries(entries).build();
  }

  static int adjacentOffset(DayOfWeek nationalDay) {
    return switch (nationalDay) {
      case MONDAY, THURSDAY, SUNDAY -> 1;
      default -> -1;
    };
  }

  private static CalendarEntry holiday(LocalDate date, String vi, String en) {
    return CalendarEntry.of(date, CalendarEntryKind.PUBLIC_HOLIDAY, Confirmation.PROVISIONAL, vi, en);
  }

  /**
   * Whether a day is a Saturday or a Sunday, the weekly rest of the public sector.
   *
   * @param d the day
   * @return true on a weekend
   */
  public static boolean isWeekend(LocalDate d) {
    return d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
  }
}
