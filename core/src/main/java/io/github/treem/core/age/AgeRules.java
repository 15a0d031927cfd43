package io.github.treem.core.age;

import io.github.treem.core.internal.CoreErrorCode;
import io.github.treem.core.validation.InvalidValueException;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The built-in {@link AgeRule age rules}, and helpers for the age limits of the law and the WHO
 * growth standards (docs/indicators.md §1; docs/growth-standards.md §4).
 *
 * <p>Calendar rules use {@link Period#between(LocalDate, LocalDate)}: a child born 2015-02-28 is 5
 * years old on 2020-02-28, and a child born on 29 February reaches a birthday in a common year on
 * 1 March (born 2016-02-29: 0 years on 2017-02-28, 1 year on 2017-03-01; 4 years on 2020-02-29).
 *
 * <p>Implementation requirements: an enum, immutable and thread-safe.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum AgeRules implements AgeRule {
  /**
   * Completed years, by calendar arithmetic: the Law on Children's "child" (under 16, Law on
   * Children 2016, Art. 1).
   */
  COMPLETED_YEARS("Tuổi tròn (năm)", "Age in completed years", ChronoUnit.YEARS) {
    @Override
    long compute(LocalDate birth, LocalDate at) {
      return Period.between(birth, at).getYears();
    }
  },
  /**
   * Completed months, by calendar arithmetic (born 2014-03-15: 71 months on 2020-03-14, 72 on
   * 2020-03-15): the health-insurance card of children under 6 (under 72 months).
   */
  COMPLETED_MONTHS("Tuổi tròn (tháng)", "Age in completed months", ChronoUnit.MONTHS) {
    @Override
    long compute(LocalDate birth, LocalDate at) {
      return Period.between(birth, at).toTotalMonths();
    }
  },
  /**
   * Days between the date of birth and the date (the day of birth is day 0): the WHO growth
   * standards' age. See {@link #whoAgeInMonths(double)}.
   */
  WHO_DAYS("Tuổi tính theo ngày (WHO)", "Age in days (WHO)", ChronoUnit.DAYS) {
    @Override
    long compute(LocalDate birth, LocalDate at) {
      return ChronoUnit.DAYS.between(birth, at);
    }
  },
  /**
   * School age "by year" (tuổi tính theo năm): the year of the date minus the year of birth, with
   * no regard to the day (Law on Education 43/2019/QH14, Art. 28 (1)(a): grade 1 at age 6 "tính
   * theo năm"). Give the first day of the school year (e.g. 1 September of Y) as the date.
   */
  SCHOOL_AGE_BY_BIRTH_YEAR("Tuổi tính theo năm", "School age by year of birth", ChronoUnit.YEARS) {
    @Override
    long compute(LocalDate birth, LocalDate at) {
      return (long) at.getYear() - birth.getYear();
    }
  };

  /** Days per month of the WHO growth standards: 365.25 / 12. */
  public static final double WHO_DAYS_PER_MONTH = 30.4375;

  private final String nameVi;
  private final String nameEn;
  private final ChronoUnit unit;

  AgeRules(String nameVi, String nameEn, ChronoUnit unit) {
    this.nameVi = nameVi;
    this.nameEn = nameEn;
    this.unit = unit;
  }

  abstract long compute(LocalDate birth, LocalDate at);

  @Override
  public long ageAt(LocalDate birth, LocalDate at) {
    Objects.requireNonNull(birth, "birth must not be null");
    Objects.requireNonNull(at, "at must not be null");
    if (at.isBefore(birth)) {
      throw new InvalidValueException(CoreErrorCode.AGE_BEFORE_BIRTH, "an age is asked for at a date before the date of birth");
    }
    return compute(birth, at);
  }

  @Override
  public String getNameVi() {
    return nameVi;
  }

  @Override
  public String getNameEn() {
    return nameEn;
  }

  /** {@return the unit of the ages this rule gives (years, months or days)} */
  public ChronoUnit getUnit() {
    return unit;
  }

  /**
   * The WHO age in months for an age in days: {@code days / 30.4375}, unrounded (730 days are
   * 23.98 months, 731 days 24.016).
   *
   * @param days the age in days
   * @return the age in months
   */
  public static double whoAgeInMonths(double days) {
    return days / WHO_DAYS_PER_MONTH;
  }

  /**
   * Whether a person is a child in the sense of the Law on Children 2016, Art. 1: under 16
   * completed years at the date.
   *
   * @param birth the date of birth
   * @param date the date
   * @return true when born on or before the date and under 16 completed years; false when not yet
   *     born
   */
  public static boolean isUnder16(LocalDate birth, LocalDate date) {
    return COMPLETED_YEARS.isUnder(16, birth, date);
  }

  /**
   * Whether a child is under 72 completed months (under 6) at a date: the health-insurance rule
   * for children under 6.
   *
   * @param birth the date of birth
   * @param date the date
   * @return true when born on or before the date and under 72 completed months; false when not
   *     yet born
   */
  public static boolean isUnder72Months(LocalDate birth, LocalDate date) {
    return COMPLETED_MONTHS.isUnder(72, birth, date);
  }
}
