package io.github.treem.core.time;

import io.github.treem.core.internal.time.HolidayTableReader;
import io.github.treem.core.internal.time.ProvisionalHolidays;
import io.github.treem.core.validation.InvalidValueException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Collections;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Viet Nam's public holidays, substitute days and swaps of working days, year by year, as data
 * with its sources; the years that no announcement covers are computed and marked provisional.
 *
 * <p>The bundled table ({@link #vietnam()}) holds every year from 2016 to the latest year
 * officially announced (2026 when this version was built), each with the announcements it was
 * taken from, and every day marked {@link Confirmation#ANNOUNCED}, {@link Confirmation#BY_RULE}
 * or {@link Confirmation#UNCONFIRMED}. It describes the public sector's working days (the
 * commune's offices), which are the days the law's periods in working days count.
 *
 * <p>The table is replaceable: a province's decision or a later announcement replaces a year
 * ({@link #withYear(HolidayYear)}), and a table of one's own is read with
 * {@link #parse(Reader, String)} (the bundled resource documents the text format).
 *
 * <pre>{@code
 * HolidayTable table = HolidayTable.vietnam()
 *     .withYear(HolidayYear.builder().year(2027).addSources("Thông báo ... /TB-BNV")
 *         .addEntries(CalendarEntry.of(LocalDate.of(2027, 1, 1), CalendarEntryKind.PUBLIC_HOLIDAY,
 *             Confirmation.ANNOUNCED, "Tết Dương lịch", "New Year's Day"))
 *         .build());
 * WorkingDays days = WorkingDays.of(table);
 * }</pre>
 *
 * <p>Implementation requirements: immutable and thread-safe (provisional years are computed once
 * and cached).
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class HolidayTable {
  /** The bundled resource. */
  static final String RESOURCE = "vietnam-rest-days.tsv";

  private static volatile @Nullable HolidayTable vietnam;

  private final SortedMap<Integer, HolidayYear> announced;
  private final String provenance;
  private final ConcurrentMap<Integer, HolidayYear> provisional = new ConcurrentHashMap<>();

  private HolidayTable(SortedMap<Integer, HolidayYear> announced, String provenance) {
    this.announced = Collections.unmodifiableSortedMap(announced);
    this.provenance = provenance;
  }

  /**
   * The bundled table of Viet Nam (2016 to the latest announced year).
   *
   * @return the table
   */
  public static HolidayTable vietnam() {
    HolidayTable t = vietnam;
    if (t == null) {
      synchronized (HolidayTable.class) {
        t = vietnam;
        if (t == null) {
          try (InputStream in = HolidayTable.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
              throw new IllegalStateException("the bundled holiday table " + RESOURCE + " is missing from the jar");
            }
            t = parse(new InputStreamReader(in, StandardCharsets.UTF_8), "treem:" + RESOURCE);
          } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled holiday table", e);
          }
          vietnam = t;
        }
      }
    }
    return t;
  }

  /**
   * Reads a table in treem's text form (UTF-8 text; see the bundled {@code vietnam-rest-days.tsv}
   * for the format).
   *
   * @param reader the text
   * @param sourceName a name for the provenance and for error messages (e.g. the file name)
   * @return the table
   * @throws UncheckedIOException when the text cannot be read
   * @throws InvalidValueException when a line is malformed (code {@code TREEM-TIME-0002}, with the line number)
   */
  public static HolidayTable parse(Reader reader, String sourceName) {
    Objects.requireNonNull(reader, "reader must not be null");
    try {
      return of(HolidayTableReader.read(reader, sourceName), sourceName);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the holiday table " + sourceName, e);
    }
  }

  /**
   * A table of announced years.
   *
   * @param years the years (no year twice)
   * @param provenance where the data come from
   * @return the table
   * @throws InvalidValueException when a year is given twice or is marked provisional
   */
  public static HolidayTable of(Collection<HolidayYear> years, String provenance) {
    SortedMap<Integer, HolidayYear> map = new TreeMap<>();
    for (HolidayYear y : years) {
      if (y.isProvisional()) {
        throw new InvalidValueException("TREEM-TIME-0003", "a table holds announced years; " + y.getYear() + " is provisional");
      }
      if (map.put(y.getYear(), y) != null) {
        throw new InvalidValueException("TREEM-TIME-0003", "the year " + y.getYear() + " is given twice");
      }
    }
    return new HolidayTable(map, Objects.requireNonNull(provenance, "provenance must not be null"));
  }

  /**
   * A copy with one year replaced or added (for example a later announcement or a province's own
   * decision).
   *
   * @param year the year's data, not provisional
   * @return the new table
   */
  public HolidayTable withYear(HolidayYear year) {
    if (year.isProvisional()) {
      throw new InvalidValueException("TREEM-TIME-0003", "a table holds announced years; " + year.getYear() + " is provisional");
    }
    SortedMap<Integer, HolidayYear> map = new TreeMap<>(announced);
    map.put(year.getYear(), year);
    return new HolidayTable(map, provenance + " + year " + year.getYear() + " replaced");
  }

  /**
   * The holidays of a year: the announced data when the table has the year, else the year computed
   * from the Labour Code and marked provisional.
   *
   * @param year the year (1901-2199 for a computed year)
   * @return the year
   */
  public HolidayYear year(int year) {
    HolidayYear y = announced.get(year);
    if (y != null) {
      return y;
    }
    if (year <= LunarDate.MIN_YEAR || year > LunarDate.MAX_YEAR) {
      throw new InvalidValueException("TREEM-TIME-0004", "no holiday data for " + year + " and it cannot be computed (supported "
          + (LunarDate.MIN_YEAR + 1) + "-" + LunarDate.MAX_YEAR + ")");
    }
    return provisional.computeIfAbsent(year, ProvisionalHolidays::compute);
  }

  /**
   * The announced data of a year.
   *
   * @param year the year
   * @return the year, or empty when the table does not hold it
   */
  public Optional<HolidayYear> announcedYear(int year) {
    return Optional.ofNullable(announced.get(year));
  }

  /** {@return the years the table holds as announced, ascending} */
  public SortedSet<Integer> getAnnouncedYears() {
    return Collections.unmodifiableSortedSet(new TreeSet<>(announced.keySet()));
  }

  /** {@return the latest announced year, if any} */
  public OptionalInt getLastAnnouncedYear() {
    return announced.isEmpty() ? OptionalInt.empty() : OptionalInt.of(announced.lastKey());
  }

  /** {@return where the data come from (the resource or file name, and replaced years)} */
  public String getProvenance() {
    return provenance;
  }

  @Override
  public String toString() {
    return "HolidayTable{" + provenance + ", announced " + (announced.isEmpty() ? "none" : announced.firstKey() + "-" + announced.lastKey()) + "}";
  }
}
