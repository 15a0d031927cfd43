package io.github.treem.indicators.cfc;

import org.apiguardian.api.API;

/**
 * The kinds of commune-level unit for which Quyết định 06/QĐ-TTg sets different total scores for
 * recognition (the thresholds themselves are data of the {@link RecognitionRule}).
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum CommuneType {
  /** A ward of an urban district, town or city of a centrally-run city (900 points under QĐ 06). */
  CITY_WARD("Phường thuộc quận, thị xã, thành phố của thành phố trực thuộc trung ương",
      "Ward of an urban district, town or city of a centrally-run city"),
  /** A commune or township in a mountain or island area, or an extremely disadvantaged commune (800 under QĐ 06). */
  MOUNTAIN_ISLAND_OR_DISADVANTAGED("Xã, thị trấn thuộc miền núi, hải đảo; xã đặc biệt khó khăn",
      "Commune or township in a mountain or island area; extremely disadvantaged commune"),
  /** Every other commune, ward or township (850 under QĐ 06). */
  OTHER("Xã, phường, thị trấn còn lại", "Any other commune, ward or township");

  private final String nameVi;
  private final String nameEn;

  CommuneType(String nameVi, String nameEn) {
    this.nameVi = nameVi;
    this.nameEn = nameEn;
  }

  /** {@return the Vietnamese name, as the decision words it} */
  public String getNameVi() {
    return nameVi;
  }

  /** {@return the English name} */
  public String getNameEn() {
    return nameEn;
  }
}
