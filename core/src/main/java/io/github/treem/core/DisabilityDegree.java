package io.github.treem.core;

import org.apiguardian.api.API;

/**
 * A degree of disability as certified by the commune Disability Assessment Council (Law on Persons with Disabilities 51/2010/QH12, Art. 3 (2)).
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum DisabilityDegree {
  /** No disability (không). */
  NONE("không", "no disability"),
  /** Mild (nhẹ). */
  MILD("nhẹ", "mild"),
  /** Severe: cannot perform some daily self-care (nặng). */
  SEVERE("nặng", "severe: cannot perform some daily self-care"),
  /** Extremely severe: cannot perform daily self-care (đặc biệt nặng). */
  EXTREMELY_SEVERE("đặc biệt nặng", "extremely severe: cannot perform daily self-care");

  private final String nameVi;
  private final String nameEn;

  DisabilityDegree(String nameVi, String nameEn) {
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

  /** {@return true for any degree other than NONE} */
  public boolean isDisabled() {
    return this != NONE;
  }
}
