package io.github.treem.core.time;

import io.github.treem.core.internal.TreemStyle;
import io.github.treem.core.validation.InvalidValueException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * One year of a holiday table: every day that differs from "Monday to Friday work, Saturday and
 * Sunday rest" (holidays, substitute days, swapped days off, make-up working Saturdays) and the
 * holidays that fall on a weekend, with the year's sources.
 *
 * <p>An announced year carries the official announcements it was taken from; a provisional year
 * was computed by treem from the Labour Code's fixed and lunar dates before any announcement (its
 * entries are {@link Confirmation#PROVISIONAL}, it has no swap, and the days of Tết are treem's
 * guess).
 *
 * <p>Invariants (checked when built): every entry's date is in the year; no date has two entries.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@TreemStyle
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public abstract class HolidayYear {
  HolidayYear() {}

  /** {@return the year} */
  public abstract int getYear();

  /** {@return true when the year was computed, not announced} */
  @Value.Default
  public boolean isProvisional() {
    return false;
  }

  /** {@return the sources of the year's schedule (official announcements), in Vietnamese} */
  public abstract List<String> getSources();

  /** {@return remarks on the year: what is not confirmed, what is left out} */
  public abstract List<String> getNotes();

  /** {@return the entries, in date order} */
  @Value.NaturalOrder
  public abstract java.util.SortedSet<CalendarEntry> getEntries();

  /**
   * The entry of a date.
   *
   * @param date the date
   * @return the entry, or empty when the date is an ordinary day of the week
   */
  public Optional<CalendarEntry> entryOn(LocalDate date) {
    for (CalendarEntry e : getEntries()) {
      if (e.getDate().equals(date)) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    Set<LocalDate> seen = new HashSet<>();
    for (CalendarEntry e : getEntries()) {
      if (e.getDate().getYear() != getYear()) {
        throw new InvalidValueException("TREEM-TIME-0003", "an entry of " + e.getDate() + " is not in the year " + getYear());
      }
      if (!seen.add(e.getDate())) {
        throw new InvalidValueException("TREEM-TIME-0003", "two entries for " + e.getDate());
      }
      if (e.getKind() == CalendarEntryKind.WEEKLY_REST) {
        throw new InvalidValueException("TREEM-TIME-0003", "a table holds no WEEKLY_REST entry (" + e.getDate() + ")");
      }
    }
  }

  @Override
  public String toString() {
    return "HolidayYear{" + getYear() + (isProvisional() ? ", provisional" : "") + ", entries=" + getEntries().size() + "}";
  }

  /** Builds a {@link HolidayYear}. */
  public static final class Builder extends ImmutableHolidayYear.Builder {
    Builder() {}
  }
}
