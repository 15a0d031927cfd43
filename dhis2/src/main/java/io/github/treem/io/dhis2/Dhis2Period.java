package io.github.treem.io.dhis2;

import io.github.treem.core.validation.InvalidValueException;
import io.github.treem.io.internal.IoErrorCode;
import io.github.treem.io.internal.dhis2.TreemStyle;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apiguardian.api.API;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * A DHIS2 period identifier, such as {@code 2020} (yearly), {@code 202001} (monthly),
 * {@code 2020Q1} (quarterly) or {@code 2020W5} (ISO weekly), with its first day and its ISO 8601
 * duration: the form {@code start/duration} that ADX uses ({@code 2020-01-01/P1Y}).
 *
 * <p>Accepted forms (DHIS2 period types): daily {@code yyyyMMdd}; weekly {@code yyyyWn} (ISO
 * weeks, starting Monday) and {@code yyyyWedWn}, {@code yyyyThuWn}, {@code yyyySatWn},
 * {@code yyyySunWn} (weeks starting that day; week 1 is the one holding 4 January); bi-weekly
 * {@code yyyyBiWn}; monthly {@code yyyyMM}; bi-monthly {@code yyyyMMB} (MM = 01..06);
 * quarterly {@code yyyyQn}; six-monthly {@code yyyySn} and {@code yyyyAprilSn}; yearly
 * {@code yyyy}; financial years {@code yyyyApril}, {@code yyyyJuly}, {@code yyyyOct},
 * {@code yyyyNov}.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@TreemStyle
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public abstract class Dhis2Period {
  Dhis2Period() {}

  private static final Pattern YEARLY = Pattern.compile("(\\d{4})");
  private static final Pattern MONTHLY = Pattern.compile("(\\d{4})(\\d{2})");
  private static final Pattern DAILY = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
  private static final Pattern QUARTERLY = Pattern.compile("(\\d{4})Q([1-4])");
  private static final Pattern SIX_MONTHLY = Pattern.compile("(\\d{4})(April)?S([12])");
  private static final Pattern BI_MONTHLY = Pattern.compile("(\\d{4})(0[1-6])B");
  private static final Pattern FINANCIAL = Pattern.compile("(\\d{4})(April|July|Oct|Nov)");
  private static final Pattern WEEKLY = Pattern.compile("(\\d{4})(Wed|Thu|Sat|Sun)?W([1-9]\\d?)");
  private static final Pattern BI_WEEKLY = Pattern.compile("(\\d{4})BiW([1-9]\\d?)");

  /** {@return the identifier as DHIS2 writes it, e.g. {@code "2020Q1"}} */
  public abstract String getIdentifier();

  /** {@return the first day of the period} */
  public abstract LocalDate getStartDate();

  /** {@return the ISO 8601 duration of the period, e.g. {@code "P1Y"}, {@code "P3M"}, {@code "P7D"}} */
  public abstract String getDuration();

  /** {@return the ADX form, {@code start/duration}, e.g. {@code "2020-01-01/P1Y"}} */
  public String toAdx() {
    return getStartDate() + "/" + getDuration();
  }

  @Override
  public String toString() {
    return getIdentifier();
  }

  /**
   * Parses a DHIS2 period identifier.
   *
   * @param identifier the identifier, e.g. {@code "2020"}
   * @return the period
   * @throws InvalidValueException (code {@code TREEM-IO-0701}) when it is not a valid period
   */
  public static Dhis2Period parse(String identifier) {
    return tryParse(identifier).orElseThrow(() -> new InvalidValueException(IoErrorCode.DHIS2_PERIOD_FORMAT,
        "not a DHIS2 period: " + identifier));
  }

  /**
   * Whether a text is a valid DHIS2 period identifier.
   *
   * @param identifier the text
   * @return true when {@link #parse(String)} accepts it
   */
  public static boolean isValid(String identifier) {
    return tryParse(identifier).isPresent();
  }

  /**
   * Parses a DHIS2 period identifier, without throwing.
   *
   * @param identifier the identifier
   * @return the period, or empty when it is not valid
   */
  public static Optional<Dhis2Period> tryParse(@Nullable String identifier) {
    if (identifier == null) {
      return Optional.empty();
    }
    try {
      return Optional.ofNullable(parseOrNull(identifier));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  private static @Nullable Dhis2Period parseOrNull(String s) {
    Matcher m;
    m = YEARLY.matcher(s);
    if (m.matches()) {
      return of(s, LocalDate.of(year(m), 1, 1), "P1Y");
    }
    m = MONTHLY.matcher(s);
    if (m.matches()) {
      return of(s, LocalDate.of(year(m), Integer.parseInt(m.group(2)), 1), "P1M");
    }
    m = DAILY.matcher(s);
    if (m.matches()) {
      return of(s, LocalDate.of(year(m), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))), "P1D");
    }
    m = QUARTERLY.matcher(s);
    if (m.matches()) {
      return of(s, LocalDate.of(year(m), 3 * Integer.parseInt(m.group(2)) - 2, 1), "P3M");
    }
    m = SIX_MONTHLY.matcher(s);
    if (m.matches()) {
      int first = m.group(2) == null ? 1 : 4;
      return of(s, LocalDate.of(year(m), first, 1).plusMonths(6L * (Integer.parseInt(m.group(3)) - 1)), "P6M");
    }
    m = BI_MONTHLY.matcher(s);
    if (m.matches()) {
      return of(s, LocalDate.of(year(m), 2 * Integer.parseInt(m.group(2)) - 1, 1), "P2M");
    }
    m = FINANCIAL.matcher(s);
    if (m.matches()) {
      int month = switch (m.group(2)) {
        case "April" -> 4;
        case "July" -> 7;
        case "Oct" -> 10;
        default -> 11;
      };
      return of(s, LocalDate.of(year(m), month, 1), "P1Y");
    }
    m = WEEKLY.matcher(s);
    if (m.matches()) {
      DayOfWeek first = m.group(2) == null ? DayOfWeek.MONDAY : switch (m.group(2)) {
        case "Wed" -> DayOfWeek.WEDNESDAY;
        case "Thu" -> DayOfWeek.THURSDAY;
        case "Sat" -> DayOfWeek.SATURDAY;
        default -> DayOfWeek.SUNDAY;
      };
      return week(s, year(m), first, Integer.parseInt(m.group(3)), 1);
    }
    m = BI_WEEKLY.matcher(s);
    if (m.matches()) {
      return week(s, year(m), DayOfWeek.MONDAY, Integer.parseInt(m.group(2)), 2);
    }
    return null;
  }

  private static int year(Matcher m) {
    return Integer.parseInt(m.group(1));
  }

  /** Week {@code n} (of {@code span} weeks each) of a year whose weeks start on {@code first}. */
  private static @Nullable Dhis2Period week(String s, int year, DayOfWeek first, int n, int span) {
    LocalDate start1 = firstWeekStart(year, first);
    long weeks = (firstWeekStart(year + 1, first).toEpochDay() - start1.toEpochDay()) / 7;
    long periods = (weeks + span - 1) / span;
    if (n < 1 || n > periods) {
      return null;
    }
    return of(s, start1.plusWeeks((long) span * (n - 1)), "P" + (7 * span) + "D");
  }

  private static LocalDate firstWeekStart(int year, DayOfWeek first) {
    return LocalDate.of(year, 1, 4).with(TemporalAdjusters.previousOrSame(first));
  }

  private static Dhis2Period of(String id, LocalDate start, String duration) {
    return new Builder().identifier(id).startDate(start).duration(duration).build();
  }

  /** Builds a {@link Dhis2Period}. */
  static final class Builder extends ImmutableDhis2Period.Builder {
    Builder() {}
  }
}
