package io.github.treem.indicators;

import org.apiguardian.api.API;

/**
 * The age rule an indicator uses to decide who is in its population, and by which its
 * {@link BreakdownDimension#AGE} breakdown is keyed. Every age is computed at an explicit date
 * (docs/indicators.md §1); nothing uses "today".
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum AgeBasis {
  /**
   * Completed calendar months at the reference date R (a child born 2015-02-28 is 60 months old
   * on 2020-02-28). Age breakdown key: completed years at R ({@code "0"}..{@code "5"}).
   */
  COMPLETED_MONTHS_AT_REFERENCE("số tháng tròn tại ngày tham chiếu", "completed calendar months at the reference date"),
  /**
   * WHO anthropometric age: days from birth to the measurement (at most 1826 days, i.e. under 60
   * months of 30.4375 days). Age breakdown key: the WHO age group in months of
   * days / 30.4375: {@code "0-5"}, {@code "6-11"}, {@code "12-23"}, {@code "24-35"},
   * {@code "36-47"}, {@code "48-59"}.
   */
  WHO_DAYS_AT_MEASUREMENT("tuổi theo ngày tại ngày cân đo (WHO)", "WHO age in days at the measurement"),
  /**
   * School age ("tuổi tính theo năm"): reporting year Y minus the year of birth. Age breakdown
   * key: the school age ({@code "3"}, {@code "6"}, ...).
   */
  SCHOOL_AGE("tuổi tính theo năm (Y − năm sinh)", "school age (Y minus year of birth)"),
  /**
   * Completed calendar years at the reference date R (a child is under 16 at R). Age breakdown
   * key: completed years at R.
   */
  COMPLETED_YEARS_AT_REFERENCE("số tuổi tròn tại ngày tham chiếu", "completed years at the reference date"),
  /**
   * Born in the reporting year, on or before R. Age breakdown key: completed months at R
   * ({@code "0"}..{@code "11"}).
   */
  BORN_IN_YEAR("sinh trong năm Y, đến ngày tham chiếu", "born in the reporting year, on or before the reference date"),
  /**
   * Turned 1 in the reporting year, on or before R (first birthday in [1 January Y, R]): the
   * cohort whose whole first year can be judged, each child counted in one year only. Age
   * breakdown key: completed months at R ({@code "12"}..{@code "23"}).
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  FIRST_BIRTHDAY_IN_YEAR("tròn 1 tuổi trong năm Y, đến ngày tham chiếu",
      "turned 1 in the reporting year, on or before the reference date"),
  /**
   * Protection cases: completed years of the child on the day the information was received. Age
   * breakdown key: {@code "0-5"}, {@code "6-10"}, {@code "11-15"}, {@code "16+"}, or
   * {@code UNKNOWN} without a date of birth.
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  COMPLETED_YEARS_AT_RECEIPT("số tuổi tròn khi tiếp nhận thông tin", "completed years when the information was received");

  private final String nameVi;
  private final String nameEn;

  AgeBasis(String nameVi, String nameEn) {
    this.nameVi = nameVi;
    this.nameEn = nameEn;
  }

  /** {@return the Vietnamese description} */
  public String getNameVi() {
    return nameVi;
  }

  /** {@return the English description} */
  public String getNameEn() {
    return nameEn;
  }
}
