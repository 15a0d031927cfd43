package io.github.treem.indicators;

import org.apiguardian.api.API;

/**
 * What an indicator's value measures.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum IndicatorUnit {
  /** A percentage: 100 × numerator / denominator (tỷ lệ phần trăm). */
  PERCENT("%", "percent"),
  /** A count of children (số trẻ em); the numerator is the value and there is no denominator. */
  COUNT("trẻ em", "count of children");

  private final String nameVi;
  private final String nameEn;

  IndicatorUnit(String nameVi, String nameEn) {
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
