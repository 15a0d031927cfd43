package io.github.treem.core;

import org.apiguardian.api.API;

/**
 * How a child's length or height was measured.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum MeasurePosition {
  /** Recumbent length (WHO code l) (nằm). */
  LYING("nằm", "recumbent length (WHO code l)"),
  /** Standing height (WHO code h) (đứng). */
  STANDING("đứng", "standing height (WHO code h)");

  private final String nameVi;
  private final String nameEn;

  MeasurePosition(String nameVi, String nameEn) {
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

  /** {@return the WHO software's code: "l" or "h"} */
  public String getWhoCode() {
    return this == LYING ? "l" : "h";
  }
}
