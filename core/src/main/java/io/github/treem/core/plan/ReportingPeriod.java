package io.github.treem.core.plan;

import io.github.treem.core.internal.TreemStyle;
import io.github.treem.core.validation.InvalidValueException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * The period a report on a plan covers: a year ({@code 2020}), a half year ({@code 2020-H1},
 * "6 tháng đầu năm"), a quarter ({@code 2020-Q3}) or any span of days
 * ({@code 2020-03-09..2020-09-30}, a report "đột xuất").
 *
 * <pre>{@code
 * ReportingPeriod h1 = ReportingPeriod.parse("2020-H1");
 * h1.getSpan();   // 2020-01-01..2020-06-30
 * h1.labelVi();   // "6 tháng đầu năm 2020"
 * h1.toString();  // "2020-H1"
 * }</pre>
 *
 * <p>{@link #parse(CharSequence)} reads what {@link #toString()} writes.
 *
 * <p>Invariants (checked when built): a period of a kind other than {@link Kind#AD_HOC} has
 * exactly the days of its kind in its year.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@TreemStyle
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public abstract class ReportingPeriod {
  private static final Pattern YEARLY = Pattern.compile("(\\d{4})(?:-(H[12]|Q[1-4]))?");
  private static final Pattern SPAN = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})\\.\\.(\\d{4}-\\d{2}-\\d{2})");

  ReportingPeriod() {}

  /** The kinds of reporting period. */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public enum Kind {
    /** A calendar year (báo cáo năm). */
    YEAR("năm", "year"),
    /** The first half of a year (báo cáo 6 tháng đầu năm). */
    FIRST_HALF("6 tháng đầu năm", "first half year"),
    /** The second half of a year (6 tháng cuối năm). */
    SECOND_HALF("6 tháng cuối năm", "second half year"),
    /** A quarter (quý). */
    QUARTER("quý", "quarter"),
    /** Any span of days (a report on request, báo cáo đột xuất). */
    AD_HOC("đột xuất", "ad hoc");

    private final String nameVi;
    private final String nameEn;

    Kind(String nameVi, String nameEn) {
      this.nameVi = nameVi;
      this.nameEn = nameEn;
    }

    /** {@return the Vietnamese name} */
    public String getNameVi() {
      return nameVi;
    }

    /** {@return the English name} */
    public String getNameEn() {
      return nameEn;
    }
  }

  /** {@return the kind of period} */
  public abstract Kind getKind();

  /** {@return the days covered} */
  public abstract DateSpan getSpan();

  /** {@return the year of the period (of its first day)} */
  public int getYear() {
    return getSpan().getStart().getYear();
  }

  /**
   * A calendar year.
   *
   * @param year the year
   * @return the period
   */
  public static ReportingPeriod ofYear(int year) {
    return of(Kind.YEAR, DateSpan.ofYear(year));
  }

  /**
   * A half year.
   *
   * @param year the year
   * @param half 1 (January-June) or 2 (July-December)
   * @return the period
   */
  public static ReportingPeriod ofHalf(int year, int half) {
    if (half != 1 && half != 2) {
      throw new InvalidValueException("TREEM-CORE-0550", "a half year is 1 or 2, not " + half);
    }
    return half == 1
        ? of(Kind.FIRST_HALF, DateSpan.of(LocalDate.of(year, 1, 1), LocalDate.of(year, 6, 30)))
        : of(Kind.SECOND_HALF, DateSpan.of(LocalDate.of(year, 7, 1), LocalDate.of(year, 12, 31)));
  }

  /**
   * A quarter.
   *
   * @param year the year
   * @param quarter 1 to 4
   * @return the period
   */
  public static ReportingPeriod ofQuarter(int year, int quarter) {
    if (quarter < 1 || quarter > 4) {
      throw new InvalidValueException("TREEM-CORE-0550", "a quarter is 1 to 4, not " + quarter);
    }
    LocalDate start = LocalDate.of(year, quarter * 3 - 2, 1);
    return of(Kind.QUARTER, DateSpan.of(start, start.plusMonths(3).minusDays(1)));
  }

  /**
   * A span of days (an ad hoc report).
   *
   * @param span the days
   * @return the period
   */
  public static ReportingPeriod ofSpan(DateSpan span) {
    return of(Kind.AD_HOC, span);
  }

  private static ReportingPeriod of(Kind kind, DateSpan span) {
    return new Builder().kind(kind).span(span).build();
  }

  /**
   * Reads a period: {@code 2020}, {@code 2020-H1}, {@code 2020-H2}, {@code 2020-Q1} to
   * {@code 2020-Q4}, or {@code 2020-03-09..2020-09-30}.
   *
   * @param text the text
   * @return the period
   * @throws InvalidValueException (code {@code TREEM-CORE-0551}) when the text is none of these
   */
  public static ReportingPeriod parse(CharSequence text) {
    Objects.requireNonNull(text, "text must not be null");
    String s = text.toString().trim();
    Matcher m = YEARLY.matcher(s);
    if (m.matches()) {
      int year = Integer.parseInt(m.group(1));
      String part = m.group(2);
      if (part == null) {
        return ofYear(year);
      }
      int n = part.charAt(1) - '0';
      return part.charAt(0) == 'H' ? ofHalf(year, n) : ofQuarter(year, n);
    }
    m = SPAN.matcher(s);
    if (m.matches()) {
      try {
        return ofSpan(DateSpan.of(LocalDate.parse(m.group(1)), LocalDate.parse(m.group(2))));
      } catch (DateTimeParseException e) {
        throw new InvalidValueException("TREEM-CORE-0551", "not a period: " + s + " (a date does not exist)");
      }
    }
    throw new InvalidValueException("TREEM-CORE-0551",
        "not a period: " + s + " (expected 2020, 2020-H1, 2020-H2, 2020-Q1..Q4 or 2020-01-01..2020-06-30)");
  }

  /**
   * {@return the period as a Vietnamese report title says it, e.g. "6 tháng đầu năm 2020",
   * "năm 2020", "quý III năm 2020", "từ ngày 09/3/2020 đến ngày 30/9/2020"}
   */
  public String labelVi() {
    int y = getYear();
    return switch (getKind()) {
      case YEAR -> "năm " + y;
      case FIRST_HALF, SECOND_HALF -> getKind().getNameVi() + " " + y;
      case QUARTER -> "quý " + new String[] {"I", "II", "III", "IV"}[(getSpan().getStart().getMonthValue() - 1) / 3] + " năm " + y;
      default -> "từ ngày " + shortDate(getSpan().getStart()) + " đến ngày " + shortDate(getSpan().getEnd());
    };
  }

  /** {@return the period in English, e.g. "first half of 2020", "2020", "Q3 2020", "9 Mar 2020 to 30 Sep 2020"} */
  public String labelEn() {
    int y = getYear();
    return switch (getKind()) {
      case YEAR -> Integer.toString(y);
      case FIRST_HALF -> "first half of " + y;
      case SECOND_HALF -> "second half of " + y;
      case QUARTER -> "Q" + ((getSpan().getStart().getMonthValue() + 2) / 3) + " " + y;
      default -> getSpan().getStart() + " to " + getSpan().getEnd();
    };
  }

  private static String shortDate(LocalDate d) {
    return String.format(java.util.Locale.ROOT, "%02d/%d/%d", d.getDayOfMonth(), d.getMonthValue(), d.getYear());
  }

  @Value.Check
  void check() {
    int y = getYear();
    DateSpan expected;
    switch (getKind()) {
      case YEAR -> expected = DateSpan.ofYear(y);
      case FIRST_HALF -> expected = DateSpan.of(LocalDate.of(y, 1, 1), LocalDate.of(y, 6, 30));
      case SECOND_HALF -> expected = DateSpan.of(LocalDate.of(y, 7, 1), LocalDate.of(y, 12, 31));
      case QUARTER -> {
        LocalDate s = getSpan().getStart();
        expected = s.getDayOfMonth() == 1 && (s.getMonthValue() - 1) % 3 == 0
            ? DateSpan.of(s, s.plusMonths(3).minusDays(1)) : null;
      }
      default -> {
        return;
      }
    }
    if (!getSpan().equals(expected)) {
      throw new InvalidValueException("TREEM-CORE-0552",
          "a " + getKind().getNameEn() + " period cannot cover " + getSpan());
    }
  }

  /** {@return the period as {@link #parse(CharSequence)} reads it, e.g. {@code 2020-H1}} */
  @Override
  public String toString() {
    return switch (getKind()) {
      case YEAR -> Integer.toString(getYear());
      case FIRST_HALF -> getYear() + "-H1";
      case SECOND_HALF -> getYear() + "-H2";
      case QUARTER -> getYear() + "-Q" + ((getSpan().getStart().getMonthValue() + 2) / 3);
      default -> getSpan().toString();
    };
  }

  /** Builds a {@link ReportingPeriod}. */
  static final class Builder extends ImmutableReportingPeriod.Builder {
    Builder() {}
  }
}
