package io.github.treem.core.plan;

import io.github.treem.core.internal.TreemStyle;
import io.github.treem.core.validation.InvalidValueException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A span of days, both ends included: the days of an event in a year, or the days a report covers.
 *
 * <pre>{@code
 * DateSpan june = DateSpan.of(LocalDate.of(2020, 6, 1), LocalDate.of(2020, 6, 30));
 * june.contains(LocalDate.of(2020, 6, 15)); // true
 * june.lengthInDays();                      // 30
 * }</pre>
 *
 * <p>Invariants (checked when built): the end is not before the start.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@TreemStyle
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public abstract class DateSpan {
  DateSpan() {}

  /** {@return the first day} */
  @Value.Parameter
  public abstract LocalDate getStart();

  /** {@return the last day (included)} */
  @Value.Parameter
  public abstract LocalDate getEnd();

  /**
   * A span.
   *
   * @param start the first day
   * @param end the last day, not before the first
   * @return the span
   * @throws InvalidValueException (code {@code TREEM-CORE-0540}) when the end is before the start
   */
  public static DateSpan of(LocalDate start, LocalDate end) {
    return ImmutableDateSpan.of(start, end);
  }

  /**
   * The span of one day.
   *
   * @param day the day
   * @return the span
   */
  public static DateSpan ofDay(LocalDate day) {
    return of(day, day);
  }

  /**
   * The calendar year.
   *
   * @param year the year
   * @return 1 January to 31 December of the year
   */
  public static DateSpan ofYear(int year) {
    return of(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
  }

  /**
   * Whether a day is in the span.
   *
   * @param day the day
   * @return true when start &le; day &le; end
   */
  public boolean contains(LocalDate day) {
    Objects.requireNonNull(day, "day must not be null");
    return !day.isBefore(getStart()) && !day.isAfter(getEnd());
  }

  /**
   * Whether another span lies wholly in this one.
   *
   * @param other the other span
   * @return true when both its ends are in this span
   */
  public boolean encloses(DateSpan other) {
    return contains(other.getStart()) && contains(other.getEnd());
  }

  /**
   * Whether two spans share a day.
   *
   * @param other the other span
   * @return true when they overlap
   */
  public boolean overlaps(DateSpan other) {
    return !other.getEnd().isBefore(getStart()) && !other.getStart().isAfter(getEnd());
  }

  /** {@return the number of days, both ends counted} */
  public long lengthInDays() {
    return ChronoUnit.DAYS.between(getStart(), getEnd()) + 1;
  }

  /**
   * A copy moved by whole years (29 February becomes 28 February in a common year).
   *
   * @param years the years to add (may be negative)
   * @return the moved span
   */
  public DateSpan plusYears(long years) {
    return of(getStart().plusYears(years), getEnd().plusYears(years));
  }

  @Value.Check
  void check() {
    if (getEnd().isBefore(getStart())) {
      throw new InvalidValueException("TREEM-CORE-0540", "a date span must not end before it starts");
    }
  }

  /** {@return the span as {@code start..end} in ISO dates, e.g. {@code 2020-06-01..2020-06-30}} */
  @Override
  public String toString() {
    return getStart() + ".." + getEnd();
  }
}
