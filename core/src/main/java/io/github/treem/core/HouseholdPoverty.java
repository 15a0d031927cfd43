package io.github.treem.core;

import org.apiguardian.api.API;

/**
 * The poverty status of a child's household in a year (hộ nghèo, hộ cận nghèo), by the national multidimensional poverty standard in force that year.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum HouseholdPoverty {
  /** Poor household (nghèo). */
  POOR("nghèo", "poor household"),
  /** Near-poor household (cận nghèo). */
  NEAR_POOR("cận nghèo", "near-poor household"),
  /** Neither poor nor near-poor (không). */
  NONE("không", "neither poor nor near-poor");

  private final String nameVi;
  private final String nameEn;

  HouseholdPoverty(String nameVi, String nameEn) {
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
}
