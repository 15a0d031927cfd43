package io.github.treem.indicators.cfc;

import org.apiguardian.api.API;

/**
 * Whether a criterion is met (its points reach the criterion's minimum).
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum CriterionStatus {
  /** The points reach the criterion's minimum (đạt). */
  MET("đạt", "met"),
  /** The points fall short of the criterion's minimum (không đạt). */
  NOT_MET("không đạt", "not met"),
  /** A value of an item is missing: the criterion cannot be scored (thiếu số liệu). */
  NO_DATA("thiếu số liệu", "no data");

  private final String nameVi;
  private final String nameEn;

  CriterionStatus(String nameVi, String nameEn) {
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
