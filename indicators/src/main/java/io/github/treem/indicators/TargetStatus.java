package io.github.treem.indicators;

import org.apiguardian.api.API;

/**
 * The outcome of assessing a plan target against a computed value.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum TargetStatus {
  /** The value meets the target (đạt). */
  MET("đạt", "met"),
  /** The value misses the target (không đạt); the gap says by how much. */
  NOT_MET("không đạt", "not met"),
  /** No value (denominator 0, indicator not computed) or no baseline for an INCREASE target. */
  NO_DATA("không có dữ liệu", "no data");

  private final String nameVi;
  private final String nameEn;

  TargetStatus(String nameVi, String nameEn) {
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
