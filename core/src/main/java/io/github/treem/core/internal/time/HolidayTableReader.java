package io.github.treem.core.internal.time;

import io.github.treem.core.time.CalendarEntry;
import io.github.treem.core.time.CalendarEntryKind;
import io.github.treem.core.time.Confirmation;
import io.github.treem.core.time.HolidayYear;
import io.github.treem.core.validation.InvalidValueException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the holiday table's text form (internal, not API; the format is documented in the bundled
 * {@code vietnam-rest-days.tsv}).
 *
 * <p>Why not a CSV library: core depends on none (the enforcer bans them; formats live in
 * io-formats), and this is a line-per-day, tab-separated file of a few hundred lines with no
 * quoting, read once.
 */
public final class HolidayTableReader {
  private HolidayTableReader() {}

  /**
   * Reads a table.
   *
   * @param reader the text
   * @param sourceName the name used in error messages
   * @return the years, in file order
   * @throws IOException when the text cannot be read
   * @throws InvalidValueException when a line is malformed (code {@code TREEM-TIME-0002}, with the line number)
   */
  public static List<HolidayYear> read(Reader reader, String sourceName) throws IOException {
    Map<Integer, HolidayYear.Builder> years = new LinkedHashMap<>();
    BufferedReader in = new BufferedReader(reader);
    String line;
    int number = 0;
    while ((line = in.readLine()) != null) {
      number++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cells = line.split("\t", -1);
      String where = sourceName + ":" + number;
      if (cells[0].equals("@year")) {
        if (cells.length < 4) {
          throw error(where, "a @year line needs year, status and sources");
        }
        int year = parseYear(cells[1], where);
        if (!cells[2].equals("ANNOUNCED")) {
          throw error(where, "the status of a year in a table is ANNOUNCED, not " + cells[2]);
        }
        if (years.containsKey(year)) {
          throw error(where, "the year " + year + " is declared twice");
        }
        HolidayYear.Builder b = HolidayYear.builder().year(year);
        for (String s : cells[3].split(";", -1)) {
          if (!s.isBlank()) {
            b.addSources(s.strip());
          }
        }
        if (cells.length > 4 && !cells[4].isBlank()) {
          b.addNotes(cells[4].strip());
        }
        years.put(year, b);
        continue;
      }
      if (cells.length != 5) {
        throw error(where, "an entry has 5 tab-separated cells (date, kind, confirmation, name vi, name en), not " + cells.length);
      }
      LocalDate date;
      try {
        date = LocalDate.parse(cells[0]);
      } catch (DateTimeParseException e) {
        throw error(where, "not a date (YYYY-MM-DD): " + cells[0]);
      }
      HolidayYear.Builder b = years.get(date.getYear());
      if (b == null) {
        throw error(where, "no @year line declares " + date.getYear() + " before this entry");
      }
      CalendarEntryKind kind = parseEnum(CalendarEntryKind.class, cells[1], where);
      if (kind == CalendarEntryKind.WEEKLY_REST) {
        throw error(where, "WEEKLY_REST is not a table entry");
      }
      Confirmation confirmation = parseEnum(Confirmation.class, cells[2], where);
      if (cells[3].isBlank() || cells[4].isBlank()) {
        throw error(where, "an entry needs a Vietnamese and an English name");
      }
      b.addEntries(CalendarEntry.of(date, kind, confirmation, cells[3].strip(), cells[4].strip()));
    }
    List<HolidayYear> result = new ArrayList<>();
    for (Map.Entry<Integer, HolidayYear.Builder> e : years.entrySet()) {
      try {
        result.add(e.getValue().build());
      } catch (InvalidValueException ex) {
        throw error(sourceName, "year " + e.getKey() + ": " + ex.getMessage());
      }
    }
    return result;
  }

  private static int parseYear(String text, String where) {
    try {
      return Integer.parseInt(text.strip());
    } catch (NumberFormatException e) {
      throw error(where, "not a year: " + text);
    }
  }

  private static <E extends Enum<E>> E parseEnum(Class<E> type, String text, String where) {
    try {
      return Enum.valueOf(type, text.strip());
    } catch (IllegalArgumentException e) {
      throw error(where, "unknown " + type.getSimpleName() + ": " + text);
    }
  }

  private static InvalidValueException error(String where, String message) {
    return new InvalidValueException("TREEM-TIME-0002", where + ": " + message);
  }
}
