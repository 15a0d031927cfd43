package io.github.treem.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.treem.core.internal.time.ProvisionalHolidays;
import io.github.treem.core.validation.InvalidValueException;
import java.io.StringReader;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.SortedSet;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The working-day calendar against each year's announcements, and the Civil Code's period rules. */
class WorkingDaysTest {
  private final WorkingDays days = WorkingDays.vietnam();

  @Test
  void bundledTableHoldsEveryYearFrom2016ToTheLatestAnnouncedWithSources() {
    HolidayTable t = HolidayTable.vietnam();
    assertThat(t.getAnnouncedYears()).containsExactly(2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026);
    for (int y : t.getAnnouncedYears()) {
      assertThat(t.year(y).isProvisional()).isFalse();
      assertThat(t.year(y).getSources()).as("sources of " + y).isNotEmpty();
    }
    assertThat(t.year(2027).isProvisional()).isTrue();
    assertThat(days.isProvisional(LocalDate.of(2027, 3, 1))).isTrue();
    assertThat(days.isProvisional(LocalDate.of(2026, 3, 1))).isFalse();
  }

  /**
   * Each announced break, as the announcement states it: every day from first to last is a rest
   * day, and the working days just before and after are working days. Make-up Saturdays are
   * working days.
   */
  @ParameterizedTest(name = "{0}: {1}..{2} off")
  @CsvSource({
      "Tết 2016, 2016-02-06, 2016-02-14", "Giỗ Tổ 2016, 2016-04-16, 2016-04-18", "30/4 2016, 2016-04-30, 2016-05-03",
      "Tết DL 2017, 2016-12-31, 2017-01-02", "Tết 2017, 2017-01-26, 2017-02-01", "30/4 2017, 2017-04-29, 2017-05-02",
      "2/9 2017, 2017-09-02, 2017-09-04",
      "Tết DL 2018, 2017-12-30, 2018-01-01", "Tết 2018, 2018-02-14, 2018-02-20", "30/4 2018, 2018-04-28, 2018-05-01",
      "2/9 2018, 2018-09-01, 2018-09-03",
      "Tết DL 2019, 2018-12-29, 2019-01-01", "Tết 2019, 2019-02-02, 2019-02-10", "Giỗ Tổ 2019, 2019-04-13, 2019-04-15",
      "30/4 2019, 2019-04-27, 2019-05-01",
      "Tết 2020, 2020-01-23, 2020-01-29",
      "Tết 2021, 2021-02-10, 2021-02-16", "30/4 2021, 2021-04-30, 2021-05-03", "2/9 2021, 2021-09-02, 2021-09-05",
      "Tết DL 2022, 2022-01-01, 2022-01-03", "Tết 2022, 2022-01-29, 2022-02-06", "2/9 2022, 2022-09-01, 2022-09-04",
      "Tết DL 2023, 2022-12-31, 2023-01-02", "Tết 2023, 2023-01-20, 2023-01-26", "30/4 2023, 2023-04-29, 2023-05-03",
      "2/9 2023, 2023-09-01, 2023-09-04",
      "Tết 2024, 2024-02-08, 2024-02-14", "30/4 2024, 2024-04-27, 2024-05-01", "2/9 2024, 2024-08-31, 2024-09-03",
      "Tết 2025, 2025-01-25, 2025-02-02", "30/4 2025, 2025-04-30, 2025-05-04", "2/9 2025, 2025-08-30, 2025-09-02",
      "Tết DL 2026, 2026-01-01, 2026-01-04", "Tết 2026, 2026-02-14, 2026-02-22", "Giỗ Tổ 2026, 2026-04-25, 2026-04-27"})
  void announcedBreaksAreRestDaysAndTheirEdgesAreNot(String name, LocalDate first, LocalDate last) {
    for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
      assertThat(days.isRestDay(d)).as(name + ": " + d).isTrue();
    }
    assertThat(days.isWorkingDay(lastWorkingDayBefore(first))).isTrue();
    assertThat(days.isRestDay(first.minusDays(1)) && !isWeekend(first.minusDays(1))).as(name + ": day before").isFalse();
    assertThat(days.isRestDay(last.plusDays(1)) && !isWeekend(last.plusDays(1))).as(name + ": day after").isFalse();
  }

  @ParameterizedTest(name = "make-up working day {0}")
  @CsvSource({"2019-01-05", "2019-05-04", "2024-05-04", "2025-04-26", "2026-01-10"})
  void makeUpSaturdaysAreWorkingDays(LocalDate saturday) {
    assertThat(saturday.getDayOfWeek()).isEqualTo(DayOfWeek.SATURDAY);
    assertThat(days.isWorkingDay(saturday)).isTrue();
    assertThat(days.explain(saturday).orElseThrow().getKind()).isEqualTo(CalendarEntryKind.MAKE_UP_WORKING_DAY);
  }

  @ParameterizedTest(name = "swapped day off {0}")
  @CsvSource({"2018-12-31", "2019-04-29", "2024-04-29", "2025-05-02", "2026-01-02"})
  void swappedDaysAreRestDays(LocalDate day) {
    assertThat(days.isRestDay(day)).isTrue();
    assertThat(days.explain(day).orElseThrow().getKind()).isEqualTo(CalendarEntryKind.SWAPPED_DAY_OFF);
  }

  @Test
  void everyYearHasTheLabourCodesHolidays() {
    for (int y = 2016; y <= 2026; y++) {
      HolidayYear year = HolidayTable.vietnam().year(y);
      long holidays = year.getEntries().stream().filter(e -> e.getKind() == CalendarEntryKind.PUBLIC_HOLIDAY).count();
      // BLLĐ 2012 Điều 115: 10 days (1 + 5 + 1 + 1 + 1 + 1); BLLĐ 2019 Điều 112: 11 days (and 2/9 adjacent)
      assertThat(holidays).as("holidays of " + y).isEqualTo(y >= 2021 ? 11 : 10);
      assertThat(year.entryOn(LocalDate.of(y, 1, 1)).orElseThrow().getKind()).isEqualTo(CalendarEntryKind.PUBLIC_HOLIDAY);
      assertThat(year.entryOn(LunarDate.tet(y)).orElseThrow().getNameVi()).isEqualTo("Tết Âm lịch");
      assertThat(year.entryOn(LunarDate.of(y, 3, 10).toLocalDate()).orElseThrow().getNameVi()).startsWith("Giỗ Tổ");
      assertThat(year.entryOn(LocalDate.of(y, 9, 2))).isPresent();
    }
  }

  @Test
  void everyHolidayOnAWeekendHasASubstituteDay() {
    for (int y = 2016; y <= 2026; y++) {
      HolidayYear year = HolidayTable.vietnam().year(y);
      long weekendHolidays = year.getEntries().stream()
          .filter(e -> e.getKind() == CalendarEntryKind.PUBLIC_HOLIDAY && isWeekend(e.getDate())).count();
      long substitutes = year.getEntries().stream().filter(e -> e.getKind() == CalendarEntryKind.SUBSTITUTE_DAY).count();
      assertThat(substitutes).as("substitutes of " + y).isEqualTo(weekendHolidays);
    }
  }

  @Test
  void theOnlyUnconfirmedDayIsTheAdjacentNationalDayOf2026() {
    List<CalendarEntry> unconfirmed = new ArrayList<>();
    for (int y = 2016; y <= 2026; y++) {
      HolidayTable.vietnam().year(y).getEntries().stream()
          .filter(e -> e.getConfirmation() == Confirmation.UNCONFIRMED).forEach(unconfirmed::add);
    }
    assertThat(unconfirmed).extracting(CalendarEntry::getDate).containsExactly(LocalDate.of(2026, 9, 1));
    assertThat(HolidayTable.vietnam().year(2026).getNotes()).anyMatch(n -> n.contains("24 November"));
  }

  /** The provisional rule reproduces the rest days of every announced year that had no swap. */
  @ParameterizedTest(name = "provisional {0} = announced {0}")
  @CsvSource({"2016", "2017", "2018", "2020", "2021", "2022", "2023", "2025"})
  void provisionalComputationReproducesAnnouncedYearsApartFromSwaps(int year) {
    assertThat(restWeekdays(ProvisionalHolidays.compute(year), year, false))
        .isEqualTo(restWeekdays(HolidayTable.vietnam().year(year), year, true));
  }

  @Test
  void provisionalYearsAreMarkedAndReplaceable() {
    HolidayYear y2027 = HolidayTable.vietnam().year(2027);
    assertThat(y2027.isProvisional()).isTrue();
    assertThat(y2027.getEntries()).allMatch(e -> e.getConfirmation() == Confirmation.PROVISIONAL);
    assertThat(y2027.entryOn(LunarDate.tet(2027))).isPresent(); // 2027-02-06, a Saturday
    HolidayYear announced = HolidayYear.builder().year(2027).addSources("test announcement")
        .addEntries(CalendarEntry.of(LocalDate.of(2027, 1, 1), CalendarEntryKind.PUBLIC_HOLIDAY, Confirmation.ANNOUNCED,
            "Tết Dương lịch", "New Year's Day"))
        .addEntries(CalendarEntry.of(LocalDate.of(2027, 3, 3), CalendarEntryKind.SWAPPED_DAY_OFF, Confirmation.ANNOUNCED,
            "Nghỉ", "Day off"))
        .build();
    WorkingDays replaced = WorkingDays.of(HolidayTable.vietnam().withYear(announced));
    assertThat(replaced.isProvisional(LocalDate.of(2027, 3, 3))).isFalse();
    assertThat(replaced.isRestDay(LocalDate.of(2027, 3, 3))).isTrue();
    assertThat(days.isRestDay(LocalDate.of(2027, 3, 3))).isFalse();
    assertThat(replaced.getTable().getLastAnnouncedYear()).hasValue(2027);
  }

  @Test
  void aTableOfOnesOwnIsParsedAndItsErrorsAreLocated() {
    String text = "# a province\n@year\t2030\tANNOUNCED\tQuyết định X\n2030-01-01\tPUBLIC_HOLIDAY\tANNOUNCED\tTết DL\tNew Year\n"
        + "2030-01-02\tSWAPPED_DAY_OFF\tANNOUNCED\tNghỉ\tDay off\n";
    WorkingDays own = WorkingDays.of(HolidayTable.parse(new StringReader(text), "province.tsv"));
    assertThat(own.isRestDay(LocalDate.of(2030, 1, 2))).isTrue();
    assertThat(own.getTable().getProvenance()).isEqualTo("province.tsv");
    assertThatThrownBy(() -> HolidayTable.parse(new StringReader("@year\t2030\tANNOUNCED\tX\n2030-01-01\tHOLIDAY\tANNOUNCED\ta\tb\n"), "bad.tsv"))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("TREEM-TIME-0002").hasMessageContaining("bad.tsv:2");
    assertThatThrownBy(() -> HolidayTable.parse(new StringReader("2030-01-01\tPUBLIC_HOLIDAY\tANNOUNCED\ta\tb\n"), "bad.tsv"))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("bad.tsv:1").hasMessageContaining("@year");
    assertThatThrownBy(() -> HolidayTable.parse(new StringReader(
        "@year\t2030\tANNOUNCED\tX\n2030-01-01\tPUBLIC_HOLIDAY\tANNOUNCED\ta\tb\n2030-01-01\tSUBSTITUTE_DAY\tANNOUNCED\ta\tb\n"), "dup.tsv"))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("two entries");
    // the same day twice with the same kind is refused too, never silently merged
    assertThatThrownBy(() -> HolidayTable.parse(new StringReader(
        "@year\t2030\tANNOUNCED\tX\n2030-01-01\tPUBLIC_HOLIDAY\tANNOUNCED\ta\tb\n2030-01-01\tPUBLIC_HOLIDAY\tANNOUNCED\tc\td\n"), "dup.tsv"))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("two entries for 2030-01-01");
  }

  // ---- periods (Bộ luật Dân sự 2015 Điều 147-148)

  @ParameterizedTest(name = "5 working days after {0} end on {1}")
  @CsvSource({
      "2024-03-01, 2024-03-08", // received Friday: Mon-Fri of the next week
      "2024-03-02, 2024-03-08", // received Saturday: the day of receipt is never counted
      "2024-02-07, 2024-02-21", // received the day before Tết Giáp Thìn (8-14 February off)
      "2024-02-09, 2024-02-21", // received during Tết
      "2025-01-24, 2025-02-07", // the last working day before the nine-day Tết of 2025
      "2025-04-25, 2025-05-06", // Friday: the make-up Saturday 26/4 counts, then the 30/4-4/5 break
      "2026-02-13, 2026-02-27"})
  void fiveWorkingDayPeriods(LocalDate received, LocalDate lastDay) {
    assertThat(days.lastDayOfPeriodInWorkingDays(received, 5)).isEqualTo(lastDay);
    assertThat(days.workingDaysBetween(received, lastDay)).isEqualTo(5);
  }

  @ParameterizedTest(name = "{1} days after {0} end on {2}")
  @CsvSource({
      "2024-03-02, 60, 2024-05-02", // last day 1 May (holiday) -> Thursday 2 May
      "2023-03-01, 60, 2023-05-04", // last day 30 April (Sunday), 1 May holiday, 2-3 May substitute days
      "2024-01-06, 60, 2024-03-06", // last day a Wednesday: unchanged
      "2023-12-11, 60, 2024-02-15", // last day 9 Feb 2024 (Tết) -> 15 Feb
      "2025-02-25, 60, 2025-04-26", // last day the make-up Saturday 26/4/2025: a working day, unchanged
      "2025-03-03, 60, 2025-05-05", // last day 2 May 2025 (swapped day off) -> Monday 5 May
      "2024-03-08, 1, 2024-03-11"}) // one day after a Friday: Saturday -> Monday
  void periodsInDaysMoveALastRestDayToTheNextWorkingDay(LocalDate event, long length, LocalDate lastDay) {
    assertThat(days.lastDayOfPeriodInDays(event, length)).isEqualTo(lastDay);
  }

  @Test
  void aPeriodEndsAtMidnightInVietNam() {
    ZonedDateTime end = WorkingDays.endOf(LocalDate.of(2024, 3, 8));
    assertThat(end.toLocalDateTime()).isEqualTo(LocalDate.of(2024, 3, 9).atStartOfDay());
    assertThat(end.getOffset().getTotalSeconds()).isEqualTo(7 * 3600);
  }

  @Test
  void nextWorkingDayAndExplanations() {
    assertThat(days.nextWorkingDay(LocalDate.of(2024, 2, 7))).isEqualTo(LocalDate.of(2024, 2, 15));
    assertThat(days.workingDayOnOrAfter(LocalDate.of(2024, 2, 15))).isEqualTo(LocalDate.of(2024, 2, 15));
    assertThat(days.explain(LocalDate.of(2024, 3, 9)).orElseThrow().getKind()).isEqualTo(CalendarEntryKind.WEEKLY_REST);
    assertThat(days.explain(LocalDate.of(2024, 3, 11))).isEmpty();
    assertThat(days.explain(LocalDate.of(2024, 2, 13)).orElseThrow().getKind()).isEqualTo(CalendarEntryKind.SUBSTITUTE_DAY);
    assertThatThrownBy(() -> days.plusWorkingDays(LocalDate.of(2024, 1, 1), -1)).isInstanceOf(IllegalArgumentException.class);
  }

  /** Seeded property: counting and stepping are inverse, and a step never lands on a rest day. */
  @Test
  void plusAndBetweenAreInverseOnRandomDays() {
    Random random = new Random(20_240_208L);
    for (int i = 0; i < 2_000; i++) {
      LocalDate start = LocalDate.of(2015, 12, 1).plusDays(random.nextInt(4_500));
      int n = random.nextInt(40);
      LocalDate end = days.plusWorkingDays(start, n);
      assertThat(days.workingDaysBetween(start, end)).isEqualTo(n);
      if (n > 0) {
        assertThat(days.isWorkingDay(end)).isTrue();
        assertThat(days.workingDaysBetween(end, start)).isEqualTo(-n);
      }
    }
  }

  private static SortedSet<LocalDate> restWeekdays(HolidayYear year, int y, boolean ignoreSwaps) {
    SortedSet<LocalDate> rest = new TreeSet<>();
    for (CalendarEntry e : year.getEntries()) {
      if (e.isRestDay() && !isWeekend(e.getDate()) && !(ignoreSwaps && e.getKind() == CalendarEntryKind.SWAPPED_DAY_OFF)) {
        rest.add(e.getDate());
      }
    }
    return rest;
  }

  private LocalDate lastWorkingDayBefore(LocalDate d) {
    LocalDate x = d.minusDays(1);
    while (days.isRestDay(x)) {
      x = x.minusDays(1);
    }
    return x;
  }

  private static boolean isWeekend(LocalDate d) {
    return d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
  }
}
