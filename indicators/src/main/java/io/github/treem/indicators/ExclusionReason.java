package io.github.treem.indicators;

import org.apiguardian.api.API;

/**
 * Why a child that might belong to an indicator's population was left out of it: the datum that
 * decides membership, or the numerator, is missing or unusable. Exclusions are counted and
 * reported, never silently read as "no" (docs/indicators.md §1, §4). A child who is
 * certainly outside the population (a 10-year-old for {@code HI_U6}) is not an exclusion.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum ExclusionReason {
  /** No date of birth: the age that decides membership cannot be computed. */
  MISSING_DOB("thiếu ngày sinh", "date of birth missing"),
  /** No sex: WHO z-scores are sex-specific and cannot be computed. */
  MISSING_SEX("thiếu giới tính", "sex missing"),
  /**
   * A child under 5 on R (0..1826 days old) with no measurement in [Y-01-01, R]: not weighed.
   */
  NOT_MEASURED("không được cân đo trong năm", "not measured in the reporting year"),
  /**
   * A child under 5 during part of the reporting year who turned 5 before R (more than 1826 days
   * old on R) with no measurement in [Y-01-01, R]: no longer due to be weighed on R, so not counted
   * as "not weighed".
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  AGED_OUT_UNMEASURED("đã quá 5 tuổi, không được cân đo trong năm",
      "turned 5 during the year, not measured"),
  /**
   * The measurement was taken at an age outside 0..1826 days (before birth, or after the child
   * turned 5) although the child was under 5 during part of the reporting year.
   */
  AGE_OUT_OF_RANGE("tuổi khi cân đo ngoài khoảng", "age at measurement out of range"),
  /** Measured, but the weight or the length/height that the index needs is missing. */
  MISSING_MEASUREMENT("thiếu cân nặng hoặc chiều cao", "weight or length/height missing"),
  /**
   * The WHO software computes no z-score for this measurement (e.g. a length outside the
   * weight-for-length table).
   */
  Z_NOT_COMPUTABLE("không tính được chỉ số Z", "z-score cannot be computed"),
  /** The z-score is biologically implausible (WHO flag) and excluded from prevalences. */
  Z_FLAGGED("chỉ số Z bất thường (bị đánh dấu)", "z-score flagged as implausible"),
  /** Bilateral pitting oedema: left out of {@code OVERWEIGHT_U5} by definition. */
  OEDEMA("phù", "oedema"),
  /** No school enrolment recorded for the school year starting in Y. */
  MISSING_ENROLMENT("thiếu thông tin cấp học", "school enrolment missing"),
  /** Enrolled in primary school with no grade recorded. */
  MISSING_GRADE("thiếu thông tin lớp", "grade missing"),
  /** The yes/no answer that decides the numerator is missing. */
  MISSING_ANSWER("thiếu câu trả lời", "answer missing"),
  /**
   * Not registered by R and the registration deadline (60 days after birth, extended over rest
   * days) is after R: the deadline has not passed.
   */
  NOT_YET_DUE("chưa đến hạn đăng ký", "registration not yet due"),
  /**
   * Recorded only by a group letter ({@code A}, {@code C} or {@code D}) whose sub-groups differ in
   * eligibility: whether the child is eligible cannot be decided.
   */
  SUBGROUP_UNKNOWN("không rõ nhóm nhỏ", "sub-group unknown"),
  /** Living with HIV/AIDS ({@code DD1}) with no household poverty status recorded. */
  MISSING_POVERTY("thiếu thông tin hộ nghèo", "household poverty status missing"),
  /**
   * Protection cases: the step is not done and its deadline has not passed at R (the outcome
   * {@code PENDING} of {@code DeadlineRules}): neither in time nor late yet.
   */
  DEADLINE_PENDING("chưa hết thời hạn", "deadline not yet passed"),
  /**
   * Protection cases: the case was closed before the step was due and without it (the outcome
   * {@code NOT_APPLICABLE} of a rule that applies to the case).
   */
  CLOSED_BEFORE_DUE("hồ sơ đóng trước thời hạn", "case closed before the deadline"),
  /**
   * Protection cases: the deadline does not apply to the case (an emergency case has no plan
   * deadline, a case whose assessment found no harm and no risk needs no plan).
   */
  DEADLINE_NOT_APPLICABLE("thời hạn không áp dụng cho hồ sơ", "deadline does not apply to the case"),
  /**
   * Entry into grade 1 lawfully deferred (register column {@code grade1_deferred}: a disabled
   * child, or another child of Thông tư 28/2020/TT-BGDĐT Điều 33) and not in grade 1: out of
   * {@code GRADE1_AT_6}'s denominator.
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  GRADE1_DEFERRED("được hoãn vào lớp 1 theo quy định", "grade-1 entry lawfully deferred");

  private final String nameVi;
  private final String nameEn;

  ExclusionReason(String nameVi, String nameEn) {
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
