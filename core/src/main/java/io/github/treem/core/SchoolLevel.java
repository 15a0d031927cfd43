package io.github.treem.core;

import org.apiguardian.api.API;

/**
 * The level of the school a child is enrolled in for a school year; NURSERY and KINDERGARTEN are preschool (mầm non).
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum SchoolLevel {
  /** Not enrolled (không). */
  NONE("không", "not enrolled"),
  /** Nursery (3 months to 3 years) (nhà trẻ). */
  NURSERY("nhà trẻ", "nursery (3 months to 3 years)"),
  /** Kindergarten (3 to 6 years) (mẫu giáo). */
  KINDERGARTEN("mẫu giáo", "kindergarten (3 to 6 years)"),
  /** Primary, grades 1-5 (tiểu học). */
  PRIMARY("tiểu học", "primary, grades 1-5"),
  /** Lower secondary, grades 6-9 (THCS). */
  LOWER_SECONDARY("THCS", "lower secondary, grades 6-9"),
  /** Upper secondary, grades 10-12 (THPT). */
  UPPER_SECONDARY("THPT", "upper secondary, grades 10-12");

  private final String nameVi;
  private final String nameEn;

  SchoolLevel(String nameVi, String nameEn) {
    this.nameVi = nameVi;
    this.nameEn = nameEn;
  }

  /** {@return the Vietnamese name as the register writes it} */
  public String getNameVi() {
    return nameVi;
  }

  /** {@return the English description} */
  public String getNameEn() {
    return nameEn;
  }

  /** {@return true for NURSERY and KINDERGARTEN (mầm non)} */
  public boolean isPreschool() {
    return this == NURSERY || this == KINDERGARTEN;
  }

  /** {@return the lowest grade of this level, or 0 for levels without grades} */
  public int getFirstGrade() {
    return switch (this) {
      case PRIMARY -> 1;
      case LOWER_SECONDARY -> 6;
      case UPPER_SECONDARY -> 10;
      default -> 0;
    };
  }

  /** {@return the highest grade of this level, or 0 for levels without grades} */
  public int getLastGrade() {
    return switch (this) {
      case PRIMARY -> 5;
      case LOWER_SECONDARY -> 9;
      case UPPER_SECONDARY -> 12;
      default -> 0;
    };
  }

  /**
   * Whether a grade belongs to this level (1-5 primary, 6-9 lower secondary, 10-12 upper
   * secondary; levels without grades accept none).
   *
   * @param grade the grade
   * @return true when consistent
   */
  public boolean hasGrade(int grade) {
    return getFirstGrade() > 0 && grade >= getFirstGrade() && grade <= getLastGrade();
  }
}
