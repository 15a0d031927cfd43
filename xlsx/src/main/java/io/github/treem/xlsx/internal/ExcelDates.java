package io.github.treem.xlsx.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Excel's dates: which number formats show a number as a date, and the day of a serial number in
 * the 1900 or the 1904 date system ([ECMA-376] Part 1, 18.17.4).
 */
public final class ExcelDates {
  /** The built-in number formats that are dates or times (ids 14-22, 45-47; 27-36 and 50-58 are East Asian dates). */
  private static final Set<Integer> BUILT_IN = Set.of(14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33,
      34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58);
  private static final double LAST_DAY_1900 = 2_958_465; // 9999-12-31

  private ExcelDates() {}

  /**
   * Whether a number format shows numbers as dates or times: a built-in date format, or a format
   * code with a day, month, year, hour or second part outside quoted text, escapes and brackets
   * (but {@code [h]}, {@code [m]}, {@code [s]} are times), and without digit placeholders.
   *
   * @param id the format's id, or null
   * @param code the format code, or null
   * @return true when so
   */
  public static boolean isDateFormat(@Nullable Integer id, @Nullable String code) {
    if (id != null && BUILT_IN.contains(id)) {
      return true;
    }
    if (code == null || code.isEmpty() || code.equalsIgnoreCase("General")) {
      return false;
    }
    String section = code.split(";", -1)[0];
    boolean date = false;
    for (int i = 0; i < section.length(); i++) {
      char c = section.charAt(i);
      switch (c) {
        case '"' -> {
          int close = section.indexOf('"', i + 1);
          i = close < 0 ? section.length() : close;
        }
        case '\\', '_', '*' -> i++;
        case '[' -> {
          int end = section.indexOf(']', i);
          String inside = end < 0 ? "" : section.substring(i + 1, end).toLowerCase(java.util.Locale.ROOT);
          if (inside.matches("h+|m+|s+")) {
            date = true;
          }
          i = end < 0 ? section.length() : end;
        }
        case '0', '#', '?' -> {
          return false;
        }
        default -> {
          char l = Character.toLowerCase(c);
          if (l == 'd' || l == 'm' || l == 'y' || l == 'h' || l == 's' || l == 'e' || l == 'g' || l == 'b') {
            date = true;
          }
        }
      }
    }
    return date;
  }

  /**
   * The date and time of a serial number.
   *
   * @param serial the serial number (days, with the time of day as the fraction)
   * @param date1904 whether the workbook uses the 1904 date system
   * @return the date and time, empty when it is no real day (negative, past 9999-12-31, or
   *     29 February 1900, which Excel counts as day 60 of the 1900 system but never was)
   */
  public static Optional<LocalDateTime> of(double serial, boolean date1904) {
    if (!(serial >= 0) || serial > LAST_DAY_1900 + 1) {
      return Optional.empty();
    }
    long days = (long) Math.floor(serial);
    long seconds = Math.round((serial - days) * 86_400);
    if (seconds == 86_400) {
      days++;
      seconds = 0;
    }
    LocalDate day;
    if (date1904) {
      day = LocalDate.of(1904, 1, 1).plusDays(days);
    } else if (days == 60) {
      return Optional.empty();
    } else if (days == 0) {
      return Optional.empty(); // "0 January 1900": a time alone
    } else {
      day = LocalDate.of(1899, 12, days < 60 ? 31 : 30).plusDays(days);
    }
    if (day.getYear() > 9999) {
      return Optional.empty();
    }
    return Optional.of(day.atStartOfDay().plusSeconds(seconds));
  }
}
