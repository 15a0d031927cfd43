package io.github.treem.indicators;

import org.apiguardian.api.API;

/**
 * The state of a computed value.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum ValueState {
  /** A value is given. */
  VALUE("có giá trị", "value"),
  /** The denominator is 0: no value, never 0%. */
  NO_DATA("không có dữ liệu", "no data"),
  /** Hidden when published, to protect children (shown as {@link DisclosureControl#SYMBOL}, with its note). */
  SUPPRESSED("ẩn (x)", "hidden (x)");

  private final String nameVi;
  private final String nameEn;

  ValueState(String nameVi, String nameEn) {
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
